package io.github.clvss.core.deliberation;

import io.github.clvss.core.access.AccessPolicy;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.journal.Act;
import io.github.clvss.core.journal.Acts;
import io.github.clvss.core.shared.ConflictException;
import io.github.clvss.core.shared.InvalidInputException;
import io.github.clvss.core.shared.NotFoundException;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Provenance;
import io.github.clvss.core.shared.Transactions;
import io.github.clvss.core.shared.Versions;
import io.github.clvss.core.territory.Territories;
import io.github.clvss.core.territory.Territory;
import io.github.clvss.core.territory.TerritoryFacts;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A territory's register of council deliberations (registre des délibérations): its
 * coordinator records and corrects them, anyone with a grant on the territory reads them.
 *
 * <p>The legal check is advisory: a deliberation is stored as the act records it, even when
 * {@link DeliberationCheck} finds errors in it — the register keeps what the council decided,
 * and a finding is something for the coordinator to look at (or to have the act corrected),
 * not a reason to lose the record. Recording and correcting return the findings with the
 * stored value. Only what cannot be stored is refused: a text longer than vss keeps, a stale
 * version, an id or a @ctes identifier already stored.
 */
public final class DeliberationRegister {

    static final String RECORD = "deliberation";

    private final Deliberations deliberations;
    private final Territories territories;
    private final Transactions transactions;
    private final Acts acts;

    /**
     * @param deliberations where deliberations are kept
     * @param territories the territory's facts, for the check
     * @param transactions the transaction boundary
     * @param acts access checks and journal
     */
    public DeliberationRegister(Deliberations deliberations, Territories territories, Transactions transactions, Acts acts) {
        this.deliberations = Objects.requireNonNull(deliberations, "deliberations");
        this.territories = Objects.requireNonNull(territories, "territories");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.acts = Objects.requireNonNull(acts, "acts");
    }

    /** Records a deliberation (the territory's coordinator), whatever the check finds; returns the findings with it. */
    public CheckedDeliberation record(Actor actor, Deliberation deliberation) {
        Act act = Act.on("deliberation.record", RECORD, deliberation.id(), deliberation.territory());
        return acts.perform(actor, act, AccessPolicy.changeTerritory(actor, deliberation.territory()), () -> {
            storable(deliberation);
            TerritoryFacts facts = facts(deliberation.territory());
            if (deliberations.find(deliberation.id()).isPresent()) {
                throw new ConflictException(Problem.general("deliberation.id.taken", deliberation.id()));
            }
            refuseTakenActesId(deliberation);
            Deliberation stored = deliberations.add(deliberation);
            return new CheckedDeliberation(stored, DeliberationCheck.check(stored, facts));
        });
    }

    /**
     * Stores corrected facts of a recorded deliberation (the territory's coordinator), if nobody
     * changed it since {@code corrected.version()}; the facts are then entered by a user. It stays
     * in its territory. Returns the findings with it.
     */
    public CheckedDeliberation correct(Actor actor, Deliberation corrected) {
        return acts.performOn(actor,
                () -> deliberations.find(corrected.id()).orElseThrow(() -> notFound(corrected.id())),
                current -> Act.on("deliberation.correct", RECORD, current.id(), current.territory()),
                current -> AccessPolicy.changeTerritory(actor, current.territory()), current -> {
            Versions.expect(current.version(), corrected.version(), RECORD, current.id());
            Deliberation next = corrected.toBuilder().territory(current.territory()).provenance(Provenance.ENTERED).build();
            storable(next);
            refuseTakenActesId(next);
            Deliberation stored = deliberations.update(next);
            return new CheckedDeliberation(stored, DeliberationCheck.check(stored, facts(stored.territory())));
        });
    }

    /** A deliberation, for anyone with a grant on its territory. */
    public Deliberation find(Actor actor, DeliberationId id) {
        Deliberation deliberation = transactions.inTransaction(() -> deliberations.find(id)).orElseThrow(() -> notFound(id));
        acts.refuseUnless(AccessPolicy.readTerritory(actor, deliberation.territory()), actor,
                Act.on("deliberation.read", RECORD, id, deliberation.territory()));
        return deliberation;
    }

    /** A page of a territory's deliberations, latest session first. */
    public List<Deliberation> list(Actor actor, TerritoryId territory, PageRequest page) {
        acts.refuseUnless(AccessPolicy.readTerritory(actor, territory), actor, Act.onTerritory("deliberation.list", RECORD, territory));
        return transactions.inTransaction(() -> deliberations.list(territory, page));
    }

    /** How many deliberations a territory has. */
    public long count(Actor actor, TerritoryId territory) {
        acts.refuseUnless(AccessPolicy.readTerritory(actor, territory), actor, Act.onTerritory("deliberation.list", RECORD, territory));
        return deliberations.count(territory);
    }

    /**
     * What the check finds in a deliberation, recorded or not (a form's current state), for
     * anyone with a grant on its territory; nothing is stored.
     */
    public List<Finding> check(Actor actor, Deliberation deliberation) {
        acts.refuseUnless(AccessPolicy.readTerritory(actor, deliberation.territory()), actor,
                Act.onTerritory("deliberation.check", RECORD, deliberation.territory()));
        return DeliberationCheck.check(deliberation, transactions.inTransaction(() -> facts(deliberation.territory())));
    }

    /**
     * The territory's council as its latest recorded session lists the members in office, in
     * the act's order — to offer them in a form; empty when no dated deliberation is recorded.
     */
    public List<String> councilOf(Actor actor, TerritoryId territory) {
        acts.refuseUnless(AccessPolicy.readTerritory(actor, territory), actor, Act.onTerritory("deliberation.list", RECORD, territory));
        return transactions.inTransaction(() -> deliberations.latest(territory).map(Deliberation::membersInOffice).orElse(List.of()));
    }

    private TerritoryFacts facts(TerritoryId territory) {
        return territories.find(territory).map(Territory::facts)
                .orElseThrow(() -> new NotFoundException(Problem.general("territory.not-found", territory)));
    }

    private static void storable(Deliberation deliberation) {
        List<Problem> oversized = deliberation.oversized();
        if (!oversized.isEmpty()) {
            throw new InvalidInputException(oversized);
        }
    }

    private void refuseTakenActesId(Deliberation deliberation) {
        deliberations.actesIdTaken(deliberation, Optional.empty()).ifPresent(problem -> {
            throw new ConflictException(problem);
        });
    }

    private static NotFoundException notFound(DeliberationId id) {
        return new NotFoundException(Problem.general("deliberation.not-found", id));
    }
}
