package io.github.clvss.examples.embedding;

import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.Grant;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.contractfile.ContractFiles;
import io.github.clvss.core.contractfile.ImportMode;
import io.github.clvss.core.shared.PageRequest;
import java.time.Clock;

/** Embedding vss-core in plain Java: no Spring, an in-memory H2 database, the demo data. */
public final class PlainJava {

    private PlainJava() {
    }

    /** Loads the demo contract and lists the contracts its coordinator sees. */
    public static void main(String[] args) {
        try (Vss vss = Vss.inMemory(Clock.systemUTC())) {
            var report = vss.contractFiles().importFile(Actor.system(), ContractFiles.demoFile(), ImportMode.CREATE, false);
            var boulogne = report.territory().orElseThrow();
            Actor coordinator = Actor.user("account-1", Grant.coordinator(boulogne));
            for (Contract contract : vss.contracts().list(coordinator, boulogne, PageRequest.first(20))) {
                System.out.println(vss.territories().find(coordinator, boulogne).name() + " : " + contract.title());
            }
        }
    }
}
