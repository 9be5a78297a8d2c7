package io.github.clvss.core.path;

import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.referral.Situation;
import io.github.clvss.core.shared.PageRequest;
import java.time.Period;
import java.util.List;
import java.util.Optional;

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
 * override journaled with its rule. A consent withdrawn (or refused) stops further handovers at
 * once and marks the open ones.
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

    /**
     * Not for use: {@code Vss} makes the one register. (The first commit's skeleton; the
     * constructor takes its ports when implemented.)
     */
    public PathRegister() {
    }

    /** A retention period as given, if it is positive and at most ten years; else an invalid-input problem. */
    public static Period retention(Period value) {
        java.util.Objects.requireNonNull(value, "retention");
        if (value.isNegative() || value.isZero() || value.toTotalMonths() > 120) {
            throw new io.github.clvss.core.shared.InvalidInputException(
                    io.github.clvss.core.shared.Problem.general("path.retention.range", value));
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
        throw new UnsupportedOperationException("not yet");
    }

    /** A path by its reference, as the actor's partner sees it ({@link VictimPath#asSeenBy}); journaled. */
    public VictimPath find(Actor actor, PathReference reference) {
        throw new UnsupportedOperationException("not yet");
    }

    /** A path by its id, as the actor's partner sees it ({@link VictimPath#asSeenBy}); journaled. */
    public VictimPath find(Actor actor, PathId path) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * Records the person's answer about a disclosure, by a user of a party to the path. A
     * withdrawal (or a refusal) stops further handovers it covers at once and marks the open ones.
     *
     * @return the path with the consent
     */
    public VictimPath recordConsent(Actor actor, PathId path, ConsentStatus status, ConsentScope scope) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * Hands the path over from its opening partner to {@code to}, a partner of the same
     * territory. Without consent covering {@code to}, it is refused ({@code path.consent.missing})
     * unless {@code exception} names a rule of the decision that needs no consent — then it is sent
     * as an override, journaled ({@code path.handover.override}) with the rule. The receiving
     * partner's users are notified (in the application, and by email without any detail of the person).
     *
     * @param actor a user of the opening partner
     * @return the handover sent
     */
    public Handover handOver(Actor actor, PathId path, PartnerId to, Optional<LegalException> exception) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The receiving partner acknowledges a handover. */
    public Handover receive(Actor actor, HandoverId handover) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The receiving partner accepts a handover: it takes the person in charge. */
    public Handover accept(Actor actor, HandoverId handover) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The receiving partner declines a handover, saying why. */
    public Handover decline(Actor actor, HandoverId handover, DeclineReason reason) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * The receiving partner refers a handover onward to {@code next}: the handover ends as
     * referred onward and a new one goes from the receiving partner to {@code next}, under the
     * same consent rule as {@link #handOver}.
     *
     * @return the new handover, to {@code next}
     */
    public Handover referOnward(Actor actor, HandoverId handover, PartnerId next, Optional<LegalException> exception) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The receiving partner closes an accepted handover with its outcome. */
    public Handover closeHandover(Actor actor, HandoverId handover, HandoverOutcome outcome) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * The opening partner closes the path once no handover is open; its retention period runs
     * from then.
     */
    public VictimPath close(Actor actor, PathId path) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * A partner's inbox: the handovers sent to it, newest first.
     *
     * @param actor a user of {@code partner}
     * @param openOnly only those still open
     */
    public List<Handover> inbox(Actor actor, TerritoryId territory, PartnerId partner, boolean openOnly, PageRequest page) {
        throw new UnsupportedOperationException("not yet");
    }

    /** How many handovers a partner's inbox holds ({@link #inbox}). */
    public long countInbox(Actor actor, TerritoryId territory, PartnerId partner, boolean openOnly) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * The paths a partner opened or received, newest first, each as that partner sees it.
     *
     * @param actor a user of {@code partner}
     */
    public List<VictimPath> list(Actor actor, TerritoryId territory, PartnerId partner, PageRequest page) {
        throw new UnsupportedOperationException("not yet");
    }

    /** How many paths a partner opened or received ({@link #list}). */
    public long count(Actor actor, TerritoryId territory, PartnerId partner) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * The territory's late handovers (not accepted nor declined by their deadline), most
     * overdue first, without any fact of their paths: for the coordinator.
     */
    public List<HandoverDelay> late(Actor actor, TerritoryId territory, PageRequest page) {
        throw new UnsupportedOperationException("not yet");
    }

    /** How many of the territory's handovers are late ({@link #late}). */
    public long countLate(Actor actor, TerritoryId territory) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The territory's path statistics for a year, small counts masked; for anyone with a grant on it. */
    public PathStatistics statistics(Actor actor, TerritoryId territory, int year) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * Purges the paths closed longer ago than the retention period, leaving only anonymous
     * counts (the statistics do not change); for the scheduled job (a platform administrator or
     * {@link Actor#system()}), journaled.
     *
     * @return how many paths were purged
     */
    public int purge(Actor actor) {
        throw new UnsupportedOperationException("not yet");
    }
}
