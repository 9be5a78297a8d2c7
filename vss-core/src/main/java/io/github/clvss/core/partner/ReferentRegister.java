package io.github.clvss.core.partner;

import io.github.clvss.core.access.AccessPolicy;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.territory.Territories;
import io.github.clvss.core.journal.Act;
import io.github.clvss.core.journal.Acts;
import io.github.clvss.core.shared.InvalidInputException;
import io.github.clvss.core.shared.NotFoundException;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Transactions;
import io.github.clvss.core.shared.Versions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The référents of each partner — personal data. The coordinator or the partner's own users
 * appoint, correct, replace and end them (never another partner's); every read is journaled,
 * and so is every export. A coordinator erases a référent on
 * request: only "former référent" remains.
 */
public final class ReferentRegister {

    static final String RECORD = "referent";

    private final Referents referents;
    private final Partners partners;
    private final Territories territories;
    private final Transactions transactions;
    private final Acts acts;
    private final Clock clock;

    /**
     * @param referents where référents are kept
     * @param partners to find each référent's partner
     * @param territories to know each territory's date
     * @param transactions the transaction boundary
     * @param acts access checks and journal
     * @param clock today's date
     */
    public ReferentRegister(Referents referents, Partners partners, Territories territories, Transactions transactions,
            Acts acts, Clock clock) {
        this.referents = Objects.requireNonNull(referents, "referents");
        this.partners = Objects.requireNonNull(partners, "partners");
        this.territories = Objects.requireNonNull(territories, "territories");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.acts = Objects.requireNonNull(acts, "acts");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Appoints a référent made with {@link Referent#appoint}; a new main contact replaces the previous one. */
    public Referent appoint(Actor actor, Referent referent) {
        return appointAll(actor, List.of(referent)).getFirst();
    }

    /**
     * Appoints several référents at once, all or none (an import): the actor must be allowed
     * to change every partner concerned.
     */
    public List<Referent> appointAll(Actor actor, List<Referent> appointed) {
        return acts.performAll(actor, appointed, r -> Act.on("referent.appoint", RECORD, r.id(), r.territory()),
                r -> AccessPolicy.changePartner(actor, r.territory(), r.partner()), all -> {
                    Map<PartnerId, Partner> found = partners.findAll(all.stream().map(Referent::partner).toList());
                    Map<PartnerId, Referent> lastMain = new HashMap<>();
                    for (Referent referent : all) {
                        Optional.ofNullable(found.get(referent.partner()))
                                .filter(p -> p.territory().equals(referent.territory()))
                                .orElseThrow(() -> new NotFoundException(Problem.general("partner.not-found", referent.partner())));
                        if (referent.main()) {
                            lastMain.put(referent.partner(), referent);
                        }
                    }
                    // a new main contact replaces the previous one: the last of each partner's stays
                    lastMain.keySet().forEach(this::demoteMain);
                    return referents.addAll(all.stream()
                            .map(r -> r.main() && lastMain.get(r.partner()) != r ? r.withMain(false) : r).toList());
                });
    }

    /** Corrects a référent's details and period. */
    public Referent correct(Actor actor, ReferentId id, long expectedVersion, ReferentDetails details,
            Optional<LocalDate> from, Optional<LocalDate> until) {
        return change(actor, id, expectedVersion, "referent.correct",
                current -> referents.update(current.correct(details, from, until)));
    }

    /**
     * Replaces a référent by another person from {@code day}: the former record ends the day
     * before (the history stays), the new one takes over, main contact included.
     */
    public Referent replace(Actor actor, ReferentId id, long expectedVersion, ReferentDetails successor, LocalDate day) {
        return transactions.inTransaction(() -> {
            Referent current = changeable(actor, id, expectedVersion, "referent.replace");
            referents.update(current.end(day.minusDays(1)));
            Referent next = referents.add(Referent.appoint(clock, current.partner(), current.territory(), successor,
                    Optional.of(day), current.main(), io.github.clvss.core.shared.Provenance.ENTERED));
            acts.record(actor, Act.on("referent.replace", RECORD, id, current.territory()));
            acts.record(actor, Act.on("referent.appoint", RECORD, next.id(), next.territory()));
            return next;
        });
    }

    /** Ends a référent's period on {@code day}. */
    public Referent end(Actor actor, ReferentId id, long expectedVersion, LocalDate day) {
        return change(actor, id, expectedVersion, "referent.end", current -> referents.update(current.end(day)));
    }

    /** Makes a référent its partner's main contact (the previous one no longer is). */
    public Referent makeMain(Actor actor, ReferentId id, long expectedVersion) {
        return change(actor, id, expectedVersion, "referent.main", current -> {
            demoteMain(current.partner());
            return referents.update(referents.find(id).orElseThrow().withMain(true));
        });
    }

    /**
     * A page of référents. Anyone with a grant on the territory reads them (they are the
     * contract's annex); every read is journaled, the coordinator's too.
     */
    public List<Referent> list(Actor actor, ReferentQuery query, PageRequest page) {
        acts.performRead(actor, Act.onTerritory("referent.list", RECORD, query.territory()),
                AccessPolicy.readTerritory(actor, query.territory()));
        return referents.list(query, today(query.territory()), page);
    }

    /**
     * Every référent matching {@code query}, in the list's order, handed to {@code each} as the
     * database gives them (one query read as a cursor, in one transaction: memory stays flat
     * whatever the number), for a spreadsheet export or a document. An export of personal data,
     * journaled once whoever makes it, before the first référent is read.
     */
    public void exportEach(Actor actor, ReferentQuery query, java.util.function.Consumer<Referent> each) {
        acts.performRead(actor, Act.onTerritory("referent.export-list", RECORD, query.territory()),
                AccessPolicy.readTerritory(actor, query.territory()));
        LocalDate today = today(query.territory());
        transactions.runInTransaction(() -> referents.each(query, today, each));
    }

    /** How many référents match. */
    public long count(Actor actor, ReferentQuery query) {
        checkRead(actor, query, "referent.count");
        return referents.count(query, today(query.territory()));
    }

    /**
     * Everything vss holds about a référent, for their right of access; the export is
     * journaled. The territory's coordinator or the partner's users may export.
     */
    public Referent export(Actor actor, ReferentId id) {
        Referent referent = referents.find(id).orElseThrow(() -> notFound(id));
        Act act = Act.on("referent.export", RECORD, id, referent.territory());
        acts.performRun(actor, act, AccessPolicy.changePartner(actor, referent.territory(), referent.partner()), () -> {
            // nothing changes: the export is the act journaled
        });
        return referent;
    }

    /**
     * Erases a référent's personal data for their right to erasure (the territory's
     * coordinator): the record stays in the history as a "former référent", with nothing else.
     */
    public Referent erase(Actor actor, ReferentId id) {
        Referent referent = referents.find(id).orElseThrow(() -> notFound(id));
        Act act = Act.on("referent.erase", RECORD, id, referent.territory());
        return acts.perform(actor, act, AccessPolicy.changeTerritory(actor, referent.territory()), () -> {
            Referent current = referents.find(id).orElseThrow(() -> notFound(id));
            Referent stored = referents.update(current.erase());
            return stored;
        });
    }

    /** The act recipe on a référent the actor may change: one still holding personal data, at the expected version. */
    private Referent change(Actor actor, ReferentId id, long expectedVersion, String action,
            java.util.function.UnaryOperator<Referent> change) {
        return acts.performOn(actor, () -> referents.find(id).orElseThrow(() -> notFound(id)),
                current -> Act.on(action, RECORD, id, current.territory()),
                current -> AccessPolicy.changePartner(actor, current.territory(), current.partner()), current -> {
                    Versions.expect(current.version(), expectedVersion, RECORD, id);
                    if (current.isErased()) {
                        throw new InvalidInputException(Problem.general("referent.erased", id));
                    }
                    return change.apply(current);
                });
    }

    private Referent changeable(Actor actor, ReferentId id, long expectedVersion, String action) {
        Referent current = referents.find(id).orElseThrow(() -> notFound(id));
        acts.refuseUnless(AccessPolicy.changePartner(actor, current.territory(), current.partner()), actor,
                Act.on(action, RECORD, id, current.territory()));
        Versions.expect(current.version(), expectedVersion, RECORD, id);
        if (current.isErased()) {
            throw new InvalidInputException(Problem.general("referent.erased", id));
        }
        return current;
    }

    private void checkRead(Actor actor, ReferentQuery query, String action) {
        acts.refuseUnless(AccessPolicy.readTerritory(actor, query.territory()), actor,
                Act.onTerritory(action, RECORD, query.territory()));
    }

    private void demoteMain(PartnerId partner) {
        PageRequest page = PageRequest.first(PageRequest.MAX_LIMIT);
        Partner found = partners.find(partner).orElseThrow();
        for (Referent other : referents.list(new ReferentQuery(found.territory(), Optional.of(partner), Optional.empty(), false),
                today(found.territory()), page)) {
            if (other.main()) {
                referents.update(other.withMain(false));
            }
        }
    }

    /** Today in the territory's legal time (overseas territories are not on Paris time). */
    private LocalDate today(TerritoryId territory) {
        return territories.today(territory, clock);
    }

    private static NotFoundException notFound(ReferentId id) {
        return new NotFoundException(Problem.general("referent.not-found", id));
    }
}
