package io.github.clvss.core.contractfile;

import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.contract.ContractActs;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.contract.ContractTexts;
import io.github.clvss.core.contract.Contracts;
import io.github.clvss.core.journal.Act;
import io.github.clvss.core.journal.Acts;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Problem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The contracts' section: each contract, and from format 1.4 its texts and acts. */
final class ContractSection {

    private final Contracts contracts;
    private final ContractTexts texts;
    private final ContractActs history;
    private final Acts acts;

    ContractSection(Contracts contracts, ContractTexts texts, ContractActs history, Acts acts) {
        this.contracts = contracts;
        this.texts = texts;
        this.history = history;
        this.acts = acts;
    }

    /** The file's contract {@code i}: new in create mode, the territory's own in replace mode. */
    void check(ContractData data, int i, ImportMode mode, List<Problem> problems) {
        Contract contract = data.contracts().get(i);
        String path = "$.contracts[" + i + "].id";
        contracts.find(contract.id()).ifPresent(stored -> {
            if (mode == ImportMode.CREATE) {
                problems.add(Problem.error("import.contract.exists", path, contract.id()));
            } else if (!stored.territory().equals(data.territory().id())) {
                problems.add(Problem.error("import.contract.other-territory", path, contract.id()));
            }
        });
    }

    void create(Actor actor, ContractData data) {
        for (Contract contract : data.contracts()) {
            contracts.add(contract);
            acts.record(actor, Act.on("contract.create", "contract", contract.id(), data.territory().id()));
        }
    }

    /** What replacing the contracts did: how many were created and replaced, and the stored ones the file leaves out. */
    record Replaced(int created, int replaced, List<ContractId> gone) {
    }

    Replaced replace(Actor actor, ContractData data) {
        TerritoryId id = data.territory().id();
        Map<ContractId, Contract> stored = new HashMap<>();
        all(id).forEach(contract -> stored.put(contract.id(), contract));
        int created = 0;
        int replaced = 0;
        for (Contract contract : data.contracts()) {
            Contract previous = stored.remove(contract.id());
            if (previous == null) {
                contracts.add(contract);
                acts.record(actor, Act.on("contract.create", "contract", contract.id(), id));
                created++;
            } else {
                contracts.update(new Contract(contract.id(), previous.version(), id, contract.title(),
                        contract.startDate(), contract.endDate(), contract.provenance()));
                acts.record(actor, Act.on("contract.replace", "contract", contract.id(), id));
                replaced++;
            }
        }
        return new Replaced(created, replaced, List.copyOf(stored.keySet()));
    }

    void remove(Actor actor, ContractId gone, TerritoryId territory) {
        contracts.remove(gone);
        acts.record(actor, Act.on("contract.remove", "contract", gone, territory));
    }

    /** How many texts and acts an import wrote. */
    record Lives(int texts, int acts) {
    }

    /** Each contract's texts and acts become the file's (from format 1.4; an older file leaves them alone). */
    Lives writeLives(Actor actor, ContractData data) {
        int textsWritten = 0;
        int actsWritten = 0;
        for (ContractData.ContractLife life : data.lives().orElse(List.of())) {
            texts.removeAll(life.contract());
            history.removeAll(life.contract());
            life.texts().forEach((version, text) -> texts.put(life.contract(), version, text));
            life.acts().forEach(act -> history.append(life.contract(), act));
            textsWritten += life.texts().size();
            actsWritten += life.acts().size();
            acts.record(actor, Act.on("contract.history.import", "contract", life.contract(), data.territory().id()));
        }
        return new Lives(textsWritten, actsWritten);
    }

    List<Contract> all(TerritoryId territory) {
        return PageRequest.readAll(page -> contracts.list(territory, page), x -> x.id().value());
    }

    List<ContractData.ContractLife> lives(List<Contract> all) {
        return all.stream().map(c -> new ContractData.ContractLife(c.id(), texts.all(c.id()), history.of(c.id()))).toList();
    }
}
