package io.github.clvss.core;

import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.contractfile.ContractFiles;
import io.github.clvss.core.contractfile.ImportMode;
import io.github.clvss.core.shared.PageRequest;

/**
 * An in-memory vss holding the demo contract file: Boulogne-Billancourt and its contract,
 * without the first year of follow-up the file carries (obligation, actions, meeting, indicators,
 * notes), which each test adds as it needs.
 *
 * @param vss the library, to close after the test
 * @param territory Boulogne-Billancourt
 * @param contract its contract
 */
public record DemoTerritory(Vss vss, TerritoryId territory, Contract contract) implements AutoCloseable {

    /** Loads the demo file, without its follow-up, into a new in-memory vss on the fixtures' clock. */
    public static DemoTerritory load() {
        Vss vss = Vss.inMemory(Fixtures.CLOCK);
        TerritoryId territory = vss.contractFiles()
                .importFile(Actor.system(), withoutFollowUp(ContractFiles.demoFile()), ImportMode.CREATE, false).territory()
                .orElseThrow();
        Contract contract = vss.contracts().list(Actor.system(), territory, PageRequest.first(1)).getFirst();
        return new DemoTerritory(vss, territory, contract);
    }

    /** A contract file without the contracts' follow-up: in a 1.5 file, a list left out means none. */
    public static byte[] withoutFollowUp(byte[] file) {
        var json = tools.jackson.databind.json.JsonMapper.builder().build();
        var root = (tools.jackson.databind.node.ObjectNode) json.readTree(file);
        root.get("contracts").forEach(contract -> ((tools.jackson.databind.node.ObjectNode) contract)
                .remove(java.util.List.of("obligations", "actions", "meetings", "indicators", "diagnosticNotes")));
        return json.writeValueAsBytes(root);
    }

    @Override
    public void close() {
        vss.close();
    }
}
