package io.github.clvss.core;

import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.contractfile.ContractFiles;
import io.github.clvss.core.contractfile.ImportMode;
import io.github.clvss.core.shared.PageRequest;

/**
 * An in-memory vss holding the demo contract file: Boulogne-Billancourt and its contract.
 *
 * @param vss the library, to close after the test
 * @param territory Boulogne-Billancourt
 * @param contract its contract
 */
public record DemoTerritory(Vss vss, TerritoryId territory, Contract contract) implements AutoCloseable {

    /** Loads the demo file into a new in-memory vss on the fixtures' clock. */
    public static DemoTerritory load() {
        Vss vss = Vss.inMemory(Fixtures.CLOCK);
        TerritoryId territory = vss.contractFiles()
                .importFile(Actor.system(), ContractFiles.demoFile(), ImportMode.CREATE, false).territory().orElseThrow();
        Contract contract = vss.contracts().list(Actor.system(), territory, PageRequest.first(1)).getFirst();
        return new DemoTerritory(vss, territory, contract);
    }

    @Override
    public void close() {
        vss.close();
    }
}
