package io.github.clvss.core.path;

import io.github.clvss.core.access.AccessDecision;
import io.github.clvss.core.access.AccessPolicy;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.account.AccountId;
import io.github.clvss.core.account.Accounts;
import io.github.clvss.core.indicator.Disclosure;
import io.github.clvss.core.journal.Act;
import io.github.clvss.core.journal.Acts;
import io.github.clvss.core.notification.Notifier;
import io.github.clvss.core.partner.Partner;
import io.github.clvss.core.partner.Partners;
import io.github.clvss.core.referral.Decision;
import io.github.clvss.core.referral.LocalCircuits;
import io.github.clvss.core.referral.ReportingOutcome;
import io.github.clvss.core.referral.Situation;
import io.github.clvss.core.shared.ConflictException;
import io.github.clvss.core.shared.InvalidInputException;
import io.github.clvss.core.shared.NotFoundException;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Transactions;
import io.github.clvss.core.territory.Territories;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * Victims' paths: opening one from a situation's decision, recording consent, handing it over to
 * partners and following each handover to its end, with retention and statistics.
 *
 * <p><b>Who sees what.</b> A path is read and changed by the users of the partner that opened it;
 * a partner it was handed over to reads it and acts on its handover while the handover is open,
 * and reads it only once it has ended; no other partner, no coordinator (unless they are also a
 * user of a party), no observer and no platform administrator reads a path. Coordinators see
 * late handovers' delays ({@link #late}) and, like observers and partners, the masked yearly
 * statistics. Every read of a path is journaled, and so is every refusal.
 *
 * <p><b>Consent.</b> A handover to a partner needs the person's consent covering that partner
 * ({@link ConsentScope}), unless a {@link LegalException} the decision gives is named — an
 * override journaled with its rule. A consent refused leaves that exception open; a consent
 * withdrawn stops further handovers at once, exception or not (a report the law allows without
 * consent goes to its addressee outside the path). Either marks the open handovers it covers, and
 * their receiving partners' users are notified.
 *
 * <p><b>Retention.</b> A closed path is purged after the retention period ({@code Vss.Builder#pathRetention},
 * 12 months by default) by {@link #purge}, leaving only anonymous counts.
 */
public final class PathRegister {

    /** The record type paths are journaled under. */
    public static final String RECORD = "victim-path";
    /** The record type handovers are journaled under. */
    public static final String HANDOVER = "path-handover";

    /** How long after its closure a path is kept by default. */
    public static final Period DEFAULT_RETENTION = Period.ofMonths(12);
    /** The notification a receiving partner's users get (its email names no detail of the person). */
    public static final String NOTIFICATION = "notification.path.handover";
    /**
     * The notification a receiving partner's users get when the person withdraws (or refuses) the
     * consent an open handover to it went on (its email names no detail of the person either).
     */
    public static final String CONSENT_WITHDRAWN = "notification.path.consent-withdrawn";

    /** How many references are drawn before giving up (a clash is a one in 10¹³ chance). */
    private static final int DRAWS = 20;
    /** How many paths a purge removes per transaction. */
    private static final int PURGE_BATCH = 100;
    /** The legal time of a territory not kept here (as {@link Territories#today}). */
    private static final ZoneId METROPOLITAN_TIME = ZoneId.of("Europe/Paris");

    private final VictimPaths paths;
    private final PathTallies tallies;
    private final Partners partners;
    private final Territories territories;
    private final Accounts accounts;
    private final Notifier notifier;
    private final LocalCircuits circuits;
    private final Transactions transactions;
    private final Acts acts;
    private final Clock clock;
    private final Disclosure disclosure;
    private final Period retention;
    private final RandomGenerator random;

    /**
     * @param paths where paths are kept
     * @param tallies the anonymous counts purged paths leave
     * @param partners to check the partners handed over to
     * @param territories each territory's legal time
     * @param accounts to find the receiving partner's users
     * @param notifier to notify them
     * @param circuits the territory's rules, which decide on a path's situation
     * @param transactions the transaction boundary
     * @param acts access checks and journal
     * @param clock the time
     * @param disclosure the small-count masking of the statistics
     * @param retention how long after closure a path is kept ({@link #retention})
     * @param random where references are drawn from (a {@link java.security.SecureRandom})
     */
    public PathRegister(VictimPaths paths, PathTallies tallies, Partners partners, Territories territories, Accounts accounts,
            Notifier notifier, LocalCircuits circuits, Transactions transactions, Acts acts, Clock clock, Disclosure disclosure,
            Period retention, RandomGenerator random) {
        this.paths = Objects.requireNonNull(paths, "paths");
        this.tallies = Objects.requireNonNull(tallies, "tallies");
        this.partners = Objects.requireNonNull(partners, "partners");
        this.territories = Objects.requireNonNull(territories, "territories");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.notifier = Objects.requireNonNull(notifier, "notifier");
        this.circuits = Objects.requireNonNull(circuits, "circuits");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.acts = Objects.requireNonNull(acts, "acts");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.disclosure = Objects.requireNonNull(disclosure, "disclosure");
        this.retention = retention(retention);
        this.random = Objects.requireNonNull(random, "random");
    }

    /** A retention period as given, if it is positive and at most ten years; else an invalid-input problem. */
    public static Period retention(Period value) {
        Objects.requireNonNull(value, "retention");
        if (value.isNegative() || value.isZero() || value.toTotalMonths() > 120) {
            throw new InvalidInputException(Problem.general("path.retention.range", value));
        }
        return value;
    }

    /**
     * Opens a path from a situation: the territory's rules decide on it (the decision is kept
     * with its rule set's version), and a new random reference is drawn.
     *
     * @param actor a user of {@code opener}
     * @param territory the territory
     * @param opener the partner the actor acts for
     * @param situation the facts (as in the simulator)
     * @param note a short note, with no identifying details
     * @return the new path
     */
    public VictimPath open(Actor actor, TerritoryId territory, PartnerId opener, Situation situation, Optional<PathNote> note) {
        PathId id = PathId.next(clock);
        return acts.perform(actor, Act.on("path.open", RECORD, id, territory), PathAccess.actFor(actor, territory, opener), () -> {
            partnerOf(territory, opener, "opener");
            Decision decision = circuits.decide(territory, situation, territories.today(territory, clock));
            return paths.add(VictimPath.open(id, newReference(), territory, opener, actor.id(), clock.instant(), situation,
                    decision, note));
        });
    }

    /** A path by its reference, as the actor's partner sees it ({@link VictimPath#asSeenBy}); journaled. */
    public VictimPath find(Actor actor, PathReference reference) {
        return read(actor, () -> paths.find(reference).orElseThrow(() -> notFound("path.not-found", reference)));
    }

    /** A path by its id, as the actor's partner sees it ({@link VictimPath#asSeenBy}); journaled. */
    public VictimPath find(Actor actor, PathId path) {
        return read(actor, () -> stored(path));
    }

    private VictimPath read(Actor actor, Supplier<VictimPath> current) {
        return acts.performOn(actor, current, p -> Act.on("path.read", RECORD, p.id(), p.territory()),
                p -> PathAccess.read(actor, p), p -> p.asSeenBy(PathAccess.partnersOf(actor, p.territory())));
    }

    /**
     * Records the person's answer about a disclosure, by a user of a party to the path. A
     * withdrawal (or a refusal) stops further handovers it covers at once and marks the open ones;
     * their receiving partners' users are notified ({@link #CONSENT_WITHDRAWN}, naming nothing of
     * the person).
     *
     * @return the path with the consent
     */
    public VictimPath recordConsent(Actor actor, PathId path, ConsentStatus status, ConsentScope scope) {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(scope, "scope");
        List<Handover> marked = new ArrayList<>();
        VictimPath recorded = acts.performOn(actor, () -> stored(path), p -> status == ConsentStatus.WITHDRAWN
                ? Act.on("path.consent.withdraw", RECORD, p.id(), p.territory()) : Act.on("path.consent.record", RECORD, p.id(), p.territory()),
                p -> PathAccess.recordConsent(actor, p), p -> {
                    open(p);
                    scope.partner().ifPresent(partner -> partnerOf(p.territory(), partner, "partner"));
                    PartnerId by = PathAccess.partnersOf(actor, p.territory()).contains(p.opener()) ? p.opener()
                            : p.openHandovers().stream().map(Handover::to)
                                    .filter(PathAccess.partnersOf(actor, p.territory())::contains).findFirst().orElseThrow();
                    VictimPath changed = paths.update(p.record(new Consent(status, scope, clock.instant(), actor.id(), by)));
                    p.openHandovers().stream().filter(h -> h.consentWithdrawn().isEmpty())
                            .flatMap(h -> changed.handover(h.id()).stream()).filter(h -> h.consentWithdrawn().isPresent())
                            .forEach(marked::add);
                    return changed.asSeenBy(PathAccess.partnersOf(actor, p.territory()));
                });
        marked.forEach(h -> notifyReceivers(h, CONSENT_WITHDRAWN));
        return recorded;
    }

    /**
     * Hands the path over from its opening partner to {@code to}, a partner of the same
     * territory. Without consent covering {@code to}, it is refused ({@code path.consent.missing})
     * and the refusal journaled, unless {@code exception} names a rule of the decision that needs no
     * consent — then it is sent as an override, journaled ({@code path.handover.override}) with the
     * rule. Once the person withdrew consent covering {@code to}, it is refused
     * ({@code path.consent.withdrawn}) even with an exception: withdrawal stops further sharing at once. The receiving
     * partner's users are notified (in the application, and by email without any detail of the person).
     *
     * @param actor a user of the opening partner
     * @return the handover sent
     */
    public Handover handOver(Actor actor, PathId path, PartnerId to, Optional<LegalException> exception) {
        Objects.requireNonNull(exception, "exception");
        Handover sent = transactions.inTransaction(() -> {
            VictimPath current = stored(path);
            acts.refuseUnless(PathAccess.open(actor, current), actor, Act.on("path.handover.send", RECORD, path,
                    current.territory()));
            return send(actor, current, current.opener(), to, exception, Optional.empty());
        });
        notifyReceivers(sent);
        return sent;
    }

    /** The receiving partner acknowledges a handover. */
    public Handover receive(Actor actor, HandoverId handover) {
        return onHandover(actor, handover, p -> Act.on("path.handover.receive", HANDOVER, handover, p.territory()), h -> h.receive(clock.instant(), actor.id()));
    }

    /** The receiving partner accepts a handover: it takes the person in charge. */
    public Handover accept(Actor actor, HandoverId handover) {
        return onHandover(actor, handover, p -> Act.on("path.handover.accept", HANDOVER, handover, p.territory()), h -> h.accept(clock.instant(), actor.id()));
    }

    /** The receiving partner declines a handover, saying why. */
    public Handover decline(Actor actor, HandoverId handover, DeclineReason reason) {
        Objects.requireNonNull(reason, "reason");
        return onHandover(actor, handover, p -> Act.on("path.handover.decline", HANDOVER, handover, p.territory()), h -> h.decline(reason, clock.instant(), actor.id()));
    }

    /**
     * The receiving partner refers a handover onward to {@code next}: the handover ends as
     * referred onward and a new one goes from the receiving partner to {@code next}, under the
     * same consent rule as {@link #handOver}.
     *
     * @return the new handover, to {@code next}
     */
    public Handover referOnward(Actor actor, HandoverId handover, PartnerId next, Optional<LegalException> exception) {
        Objects.requireNonNull(exception, "exception");
        Handover sent = transactions.inTransaction(() -> {
            VictimPath current = paths.findByHandover(handover).orElseThrow(() -> notFound("path.handover.not-found", handover));
            Handover received = current.handover(handover).orElseThrow();
            acts.refuseUnless(PathAccess.receive(actor, received, current), actor,
                    Act.on("path.handover.refer-onward", HANDOVER, handover, current.territory()));
            Handover ended = received.referOnward(next, clock.instant(), actor.id());
            Handover onward = send(actor, current, received.to(), next, exception, Optional.of(ended));
            acts.record(actor, Act.on("path.handover.refer-onward", HANDOVER, handover, current.territory()));
            return onward;
        });
        notifyReceivers(sent);
        return sent;
    }

    /** The receiving partner closes an accepted handover with its outcome. */
    public Handover closeHandover(Actor actor, HandoverId handover, HandoverOutcome outcome) {
        Objects.requireNonNull(outcome, "outcome");
        return onHandover(actor, handover, p -> Act.on("path.handover.close", HANDOVER, handover, p.territory()), h -> h.close(outcome, clock.instant(), actor.id()));
    }

    /**
     * The opening partner closes the path once no handover is open; its retention period runs
     * from then.
     */
    public VictimPath close(Actor actor, PathId path) {
        return acts.performOn(actor, () -> stored(path), p -> Act.on("path.close", RECORD, p.id(), p.territory()),
                p -> PathAccess.open(actor, p), p -> {
                    open(p);
                    if (!p.openHandovers().isEmpty()) {
                        throw new ConflictException(Problem.general("path.close.handovers-open", p.openHandovers().size()));
                    }
                    return paths.update(p.close(clock.instant()));
                });
    }

    /**
     * A partner's inbox: the handovers sent to it, newest first.
     *
     * @param actor a user of {@code partner}
     * @param openOnly only those still open
     */
    public List<Handover> inbox(Actor actor, TerritoryId territory, PartnerId partner, boolean openOnly, PageRequest page) {
        return acts.perform(actor, Act.onTerritory("path.inbox.list", HANDOVER, territory),
                PathAccess.actFor(actor, territory, partner), () -> paths.inbox(territory, partner, openOnly, page));
    }

    /** How many handovers a partner's inbox holds ({@link #inbox}). */
    public long countInbox(Actor actor, TerritoryId territory, PartnerId partner, boolean openOnly) {
        acts.refuseUnless(PathAccess.actFor(actor, territory, partner), actor,
                Act.onTerritory("path.inbox.count", HANDOVER, territory));
        return paths.countInbox(territory, partner, openOnly);
    }

    /**
     * The paths a partner opened or received, newest first, each as that partner sees it. The list
     * is journaled, and so is the read of each path it gives ({@code path.read}, as {@link #find}).
     *
     * @param actor a user of {@code partner}
     */
    public List<VictimPath> list(Actor actor, TerritoryId territory, PartnerId partner, PageRequest page) {
        return acts.perform(actor, Act.onTerritory("path.list", RECORD, territory), PathAccess.actFor(actor, territory, partner),
                () -> {
                    List<VictimPath> listed = paths.list(territory, partner, page).stream()
                            .map(p -> p.asSeenBy(PathAccess.partnersOf(actor, territory))).toList();
                    acts.recordAll(actor, listed.stream().map(p -> Act.on("path.read", RECORD, p.id(), p.territory())).toList());
                    return listed;
                });
    }

    /** How many paths a partner opened or received ({@link #list}). */
    public long count(Actor actor, TerritoryId territory, PartnerId partner) {
        acts.refuseUnless(PathAccess.actFor(actor, territory, partner), actor, Act.onTerritory("path.count", RECORD, territory));
        return paths.count(territory, partner);
    }

    /**
     * The territory's late handovers (not accepted nor declined by their deadline), most
     * overdue first, without any fact of their paths: for the coordinator.
     */
    public List<HandoverDelay> late(Actor actor, TerritoryId territory, PageRequest page) {
        acts.refuseUnless(PathAccess.readDelays(actor, territory), actor, Act.onTerritory("path.late.list", HANDOVER, territory));
        return paths.late(territory, clock.instant(), page);
    }

    /** How many of the territory's handovers are late ({@link #late}). */
    public long countLate(Actor actor, TerritoryId territory) {
        acts.refuseUnless(PathAccess.readDelays(actor, territory), actor, Act.onTerritory("path.late.count", HANDOVER, territory));
        return paths.countLate(territory, clock.instant());
    }

    /** The territory's path statistics for a year, small counts masked; for anyone with a grant on it. */
    public PathStatistics statistics(Actor actor, TerritoryId territory, int year) {
        acts.refuseUnless(AccessPolicy.readTerritory(actor, territory), actor,
                Act.onTerritory("path.statistics.read", RECORD, territory));
        if (year < 2000 || year > 9999) {
            throw new InvalidInputException(Problem.error("path.statistics.year", "year", year));
        }
        ZoneId zone = zone(territory);
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant();
        Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant();
        List<PathTally> counted = new ArrayList<>(paths.tally(territory, from, to));
        counted.addAll(tallies.of(territory, year));
        return PathStatistics.of(territory, year, disclosure, counted);
    }

    /**
     * Purges the paths closed longer ago than the retention period, leaving only anonymous
     * counts (the statistics do not change); for the scheduled job (a platform administrator or
     * {@link Actor#system()}), journaled.
     *
     * @return how many paths were purged
     */
    public int purge(Actor actor) {
        acts.refuseUnless(AccessPolicy.administerPlatform(actor), actor, Act.general("path.purge", RECORD));
        Instant cutoff = clock.instant().atZone(ZoneOffset.UTC).minus(retention).toInstant();
        int purged = 0;
        while (true) {
            int done = transactions.inTransaction(() -> {
                List<VictimPath> due = paths.closedBefore(cutoff, PURGE_BATCH);
                for (VictimPath path : due) {
                    ZoneId zone = zone(path.territory());
                    Map<Integer, List<PathTally>> byYear = path.handovers().stream().collect(Collectors.groupingBy(
                            h -> h.sentAt().atZone(zone).getYear(), TreeMap::new,
                            Collectors.mapping(PathTally::of, Collectors.toList())));
                    byYear.forEach((year, counts) -> tallies.add(path.territory(), year, counts));
                    paths.remove(path.id());
                    acts.record(actor, Act.on("path.purge", RECORD, path.id(), path.territory()));
                }
                return due.size();
            });
            purged += done;
            if (done < PURGE_BATCH) {
                return purged;
            }
        }
    }

    /** Sends a handover from {@code from}, consent or its legal exception checked, in the caller's transaction. */
    private Handover send(Actor actor, VictimPath path, PartnerId from, PartnerId to, Optional<LegalException> exception,
            Optional<Handover> ending) {
        open(path);
        partnerOf(path.territory(), to, "to");
        if (to.equals(from)) {
            throw new InvalidInputException(Problem.error("path.handover.to-self", "to"));
        }
        if (path.openHandoverTo(to).isPresent()) {
            throw new ConflictException(Problem.general("path.handover.already-open"));
        }
        HandoverId id = HandoverId.next(clock);
        Act send = Act.on("path.handover.send", HANDOVER, id, path.territory());
        Optional<ConsentOverride> override = Optional.empty();
        if (!path.consentCovers(to)) {
            Act overriding = Act.on("path.handover.override", HANDOVER, id, path.territory());
            // a withdrawal stops further sharing at once: no legal exception overrides it (a report the law
            // allows without consent is made to its addressee, outside the path)
            boolean withdrawn = path.consentFor(to, ConsentPurpose.HANDOVER)
                    .filter(c -> c.status() == ConsentStatus.WITHDRAWN).isPresent();
            if (withdrawn) {
                acts.refuseUnless(new AccessDecision.Refused("path.consent.withdrawn"), actor,
                        exception.isPresent() ? overriding : send);
            }
            if (exception.isEmpty()) {
                acts.refuseUnless(new AccessDecision.Refused("path.consent.missing"), actor, send);
            }
            LegalException named = exception.orElseThrow();
            ReportingOutcome ground = path.legalException(named.rule()).orElseGet(() -> {
                acts.refuseUnless(new AccessDecision.Refused("path.exception.not-in-decision"), actor, overriding);
                throw new IllegalStateException("refused above");
            });
            override = Optional.of(new ConsentOverride(ground.rule(), ground.legalBasis(), named.reason(), actor.id(),
                    clock.instant()));
        }
        Handover sent = Handover.send(id, path, from, to, path.urgency(), override, clock.instant(), actor.id());
        VictimPath changed = path.with(sent);
        if (ending.isPresent()) {
            changed = changed.with(ending.get());
        }
        VictimPath stored = paths.update(changed);
        if (override.isPresent()) {
            acts.record(actor, Act.on("path.handover.override", HANDOVER, id, path.territory()), override.get().rule());
        } else {
            acts.record(actor, send);
        }
        return stored.handover(id).orElseThrow();
    }

    private Handover onHandover(Actor actor, HandoverId handover, Function<VictimPath, Act> act, UnaryOperator<Handover> change) {
        return acts.performOn(actor,
                () -> paths.findByHandover(handover).orElseThrow(() -> notFound("path.handover.not-found", handover)),
                act,
                p -> PathAccess.receive(actor, p.handover(handover).orElseThrow(), p),
                p -> paths.update(p.with(change.apply(p.handover(handover).orElseThrow()))).handover(handover).orElseThrow());
    }

    private void notifyReceivers(Handover sent) {
        notifyReceivers(sent, NOTIFICATION);
    }

    private void notifyReceivers(Handover handover, String code) {
        for (AccountId account : accounts.holding(PathAccess.partnerGrant(handover.territory(), handover.to()))) {
            notifier.notify(Actor.system(), account, code, List.of());
        }
    }

    private PathReference newReference() {
        for (int i = 0; i < DRAWS; i++) {
            PathReference reference = PathReference.random(random);
            if (!paths.taken(reference)) {
                return reference;
            }
        }
        throw new IllegalStateException("no free path reference after " + DRAWS + " draws");
    }

    private VictimPath stored(PathId id) {
        return paths.find(id).orElseThrow(() -> notFound("path.not-found", id));
    }

    private static void open(VictimPath path) {
        if (path.closed()) {
            throw new ConflictException(Problem.general("path.closed"));
        }
    }

    private Partner partnerOf(TerritoryId territory, PartnerId id, String field) {
        return partners.find(id).filter(p -> p.territory().equals(territory))
                .orElseThrow(() -> new InvalidInputException(Problem.error("path.partner.unknown", field)));
    }

    private ZoneId zone(TerritoryId territory) {
        return territories.find(territory).map(t -> t.facts().timeZone()).orElse(METROPOLITAN_TIME);
    }

    private static NotFoundException notFound(String code, Object id) {
        return new NotFoundException(Problem.general(code, id));
    }
}
