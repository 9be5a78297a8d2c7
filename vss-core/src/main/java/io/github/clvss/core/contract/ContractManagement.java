package io.github.clvss.core.contract;

import io.github.clvss.core.access.AccessPolicy;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.journal.Act;
import io.github.clvss.core.journal.Acts;
import io.github.clvss.core.shared.NotFoundException;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Versions;
import io.github.clvss.core.territory.Territories;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps a territory's contracts: its coordinator creates and changes them, anyone with a
 * grant on the territory reads them.
 */
public final class ContractManagement {

    static final String RECORD = "contract";

    private final Contracts contracts;
    private final Territories territories;
    private final Acts acts;

    /**
     * @param contracts where contracts are kept
     * @param territories to check that the owner exists
     * @param acts access checks and journal
     */
    public ContractManagement(Contracts contracts, Territories territories, Acts acts) {
        this.contracts = Objects.requireNonNull(contracts, "contracts");
        this.territories = Objects.requireNonNull(territories, "territories");
        this.acts = Objects.requireNonNull(acts, "acts");
    }

    /** Creates a contract built with {@link Contract#draft}. */
    public Contract create(Actor actor, Contract contract) {
        Act act = Act.on("contract.create", RECORD, contract.id(), contract.territory());
        return acts.perform(actor, act, AccessPolicy.changeTerritory(actor, contract.territory()), () -> {
            if (territories.find(contract.territory()).isEmpty()) {
                throw new NotFoundException(Problem.general("territory.not-found", contract.territory()));
            }
            Contract stored = contracts.add(contract);
            return stored;
        });
    }

    /** Renames a contract, if nobody changed it since {@code expectedVersion}. */
    public Contract retitle(Actor actor, ContractId id, long expectedVersion, String title) {
        return change(actor, id, expectedVersion, "contract.retitle", contract -> contract.retitle(title));
    }

    /** Sets a contract's period, if nobody changed it since {@code expectedVersion}. */
    public Contract reschedule(Actor actor, ContractId id, long expectedVersion,
            Optional<LocalDate> startDate, Optional<LocalDate> endDate) {
        return change(actor, id, expectedVersion, "contract.reschedule",
                contract -> contract.reschedule(startDate, endDate));
    }

    /** The contract, for anyone with a grant on its territory. */
    public Contract find(Actor actor, ContractId id) {
        Contract contract = contracts.find(id).orElseThrow(() -> notFound(id));
        acts.refuseUnless(AccessPolicy.readTerritory(actor, contract.territory()), actor,
                Act.on("contract.read", RECORD, id, contract.territory()));
        return contract;
    }

    /** A page of a territory's contracts, newest first. */
    public List<Contract> list(Actor actor, TerritoryId territory, PageRequest page) {
        acts.refuseUnless(AccessPolicy.readTerritory(actor, territory), actor,
                Act.onTerritory("contract.list", RECORD, territory));
        return contracts.list(territory, page);
    }

    /** How many contracts a territory has. */
    public long count(Actor actor, TerritoryId territory) {
        acts.refuseUnless(AccessPolicy.readTerritory(actor, territory), actor,
                Act.onTerritory("contract.list", RECORD, territory));
        return contracts.count(territory);
    }

    private Contract change(Actor actor, ContractId id, long expectedVersion, String action,
            java.util.function.UnaryOperator<Contract> change) {
        return acts.performOn(actor, () -> contracts.find(id).orElseThrow(() -> notFound(id)),
                current -> Act.on(action, RECORD, id, current.territory()),
                current -> AccessPolicy.changeTerritory(actor, current.territory()), current -> {
            Versions.expect(current.version(), expectedVersion, RECORD, id);
            Contract stored = contracts.update(change.apply(current));
            return stored;
        });
    }

    private static NotFoundException notFound(ContractId id) {
        return new NotFoundException(Problem.general("contract.not-found", id));
    }
}
