package io.github.clvss.core.contract;

import io.github.clvss.core.Fixtures;
import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.deliberation.DeliberationId;
import io.github.clvss.core.shared.Provenance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Builds a contract's lifecycle act by act, for pure tests. */
final class LifecycleFixture {

    static final LocalDate COUNCIL = LocalDate.of(2023, 6, 1);
    static final DeliberationId DELIBERATION = new DeliberationId(UUID.fromString("018875f8-8001-7000-8000-000000000001"));
    static final PartnerId MAYOR = new PartnerId(UUID.fromString("018875f8-8001-7000-8000-0000000000a1"));
    static final PartnerId PREFECT = new PartnerId(UUID.fromString("018875f8-8001-7000-8000-0000000000a2"));
    static final PartnerId ASSOCIATION = new PartnerId(UUID.fromString("018875f8-8001-7000-8000-0000000000a3"));

    private final Contract contract;
    private final List<ContractAct> acts = new ArrayList<>();
    private final Set<PartnerId> required;

    private LifecycleFixture(Optional<LocalDate> start, Optional<LocalDate> end, Set<PartnerId> required) {
        this.contract = new Contract(ContractId.next(Fixtures.CLOCK), 1, new TerritoryId(UUID.randomUUID()), "Contrat local",
                start, end, Provenance.ENTERED);
        this.required = required;
    }

    /** A draft running from 1 July 2023 to 30 June 2026, signed by the mayor and the prefect. */
    static LifecycleFixture draft() {
        return new LifecycleFixture(Optional.of(LocalDate.of(2023, 7, 1)), Optional.of(LocalDate.of(2026, 6, 30)),
                Set.of(MAYOR, PREFECT));
    }

    /** A draft without dates, signed by the mayor and the prefect. */
    static LifecycleFixture undated() {
        return new LifecycleFixture(Optional.empty(), Optional.empty(), Set.of(MAYOR, PREFECT));
    }

    /** A draft nobody is required to sign. */
    static LifecycleFixture withoutSignatories() {
        return new LifecycleFixture(Optional.empty(), Optional.empty(), Set.of());
    }

    LifecycleFixture approved() {
        acts.add(new ContractAct.Approved(DELIBERATION, COUNCIL));
        return this;
    }

    LifecycleFixture signedBy(PartnerId partner, LocalDate on) {
        acts.add(new ContractAct.Signed(partner, on, 1 + (int) acts.stream().filter(ContractAct.Amended.class::isInstance).count()));
        return this;
    }

    /** Approved, then signed by the mayor on 5 June and the prefect on 12 June 2023. */
    LifecycleFixture signed() {
        return approved().signedBy(MAYOR, LocalDate.of(2023, 6, 5)).signedBy(PREFECT, LocalDate.of(2023, 6, 12));
    }

    LifecycleFixture amended(DeliberationId deliberation, LocalDate on) {
        int version = 2 + (int) acts.stream().filter(ContractAct.Amended.class::isInstance).count();
        acts.add(new ContractAct.Amended(deliberation, on, version));
        return this;
    }

    LifecycleFixture terminated(LocalDate on) {
        acts.add(new ContractAct.Terminated(on, "Fusion des communes"));
        return this;
    }

    LifecycleFixture renewed() {
        acts.add(new ContractAct.Renewed(ContractId.next(Fixtures.CLOCK), LocalDate.of(2026, 5, 1)));
        return this;
    }

    Lifecycle lifecycle() {
        return new Lifecycle(contract, acts, required, Optional.empty());
    }
}
