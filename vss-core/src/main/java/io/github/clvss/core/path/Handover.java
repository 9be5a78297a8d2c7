package io.github.clvss.core.path;

import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.referral.Urgency;
import io.github.clvss.core.shared.ConflictException;
import io.github.clvss.core.shared.Problem;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A path handed over from one partner to another — an <em>adressage</em>, named apart from
 * {@link io.github.clvss.core.referral.Referral}, which is an orientation a decision advises:
 * the handover is what one partner actually sends another about one person, followed from sent
 * to closed (the HL7 FHIR referral task's lifecycle). Every step is dated, with who took it.
 *
 * <p><b>Deadline.</b> The receiving partner must accept (or decline) within a time set by the
 * urgency of the decision's first referral ({@link #timeFor}): immediate — 1 hour; within 24
 * hours — 24 hours; within days — 7 days; when the person wishes — 30 days. A handover still
 * sent or received after its deadline is {@link #late late}.
 *
 * @param id the handover's id
 * @param path the path it hands over
 * @param reference the path's reference
 * @param territory the path's territory
 * @param from the partner that sends it
 * @param to the partner that receives it
 * @param urgency how soon the receiving partner must act
 * @param deadline when it becomes late if not accepted or declined
 * @param status where it stands
 * @param steps its steps, oldest first (the first is {@link HandoverStatus#SENT})
 * @param override the legal exception it was sent on, when no consent covered {@code to}
 * @param declineReason why it was declined, when it was
 * @param onwardTo the partner it was referred onward to, when it was
 * @param outcome how it ended, when closed
 * @param consentWithdrawn when the person withdrew consent while it was open: the receiving
 *     partner must not share further
 * @param version the stored version, for optimistic locking (0 before it is stored)
 */
public record Handover(HandoverId id, PathId path, PathReference reference, TerritoryId territory, PartnerId from,
        PartnerId to, Urgency urgency, Instant deadline, HandoverStatus status, List<HandoverStep> steps,
        Optional<ConsentOverride> override, Optional<DeclineReason> declineReason, Optional<PartnerId> onwardTo,
        Optional<HandoverOutcome> outcome, Optional<Instant> consentWithdrawn, long version) {

    public Handover {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(territory, "territory");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(urgency, "urgency");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(status, "status");
        steps = List.copyOf(steps);
        if (steps.isEmpty() || steps.getFirst().status() != HandoverStatus.SENT || steps.getLast().status() != status) {
            throw new IllegalArgumentException("a handover's steps start with SENT and end with its status");
        }
        Objects.requireNonNull(override, "override");
        Objects.requireNonNull(declineReason, "declineReason");
        Objects.requireNonNull(onwardTo, "onwardTo");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(consentWithdrawn, "consentWithdrawn");
        if (declineReason.isPresent() != (status == HandoverStatus.DECLINED)
                || onwardTo.isPresent() != (status == HandoverStatus.REFERRED_ONWARD)
                || outcome.isPresent() != (status == HandoverStatus.CLOSED)) {
            throw new IllegalArgumentException("a reason, an onward partner or an outcome goes with its status only");
        }
        if (from.equals(to)) {
            throw new IllegalArgumentException("a partner does not hand a path over to itself");
        }
    }

    /** How long the receiving partner has to accept or decline, by urgency. */
    public static Duration timeFor(Urgency urgency) {
        return switch (urgency) {
            case IMMEDIATE -> Duration.ofHours(1);
            case WITHIN_24_HOURS -> Duration.ofHours(24);
            case WITHIN_DAYS -> Duration.ofDays(7);
            case WHEN_THE_PERSON_WISHES -> Duration.ofDays(30);
        };
    }

    /** A handover sent now. */
    public static Handover send(HandoverId id, VictimPath path, PartnerId from, PartnerId to, Urgency urgency,
            Optional<ConsentOverride> override, Instant at, String by) {
        return new Handover(id, path.id(), path.reference(), path.territory(), from, to, urgency, at.plus(timeFor(urgency)),
                HandoverStatus.SENT, List.of(new HandoverStep(HandoverStatus.SENT, at, by, from)), override, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), 0);
    }

    /** When it was sent. */
    public Instant sentAt() {
        return steps.getFirst().at();
    }

    /** Whether it is still going on. */
    public boolean open() {
        return status.open();
    }

    /** Whether the receiving partner has not accepted nor declined it by its deadline. */
    public boolean late(Instant now) {
        return (status == HandoverStatus.SENT || status == HandoverStatus.RECEIVED) && now.isAfter(deadline);
    }

    /** When it was accepted, if it was. */
    public Optional<Instant> acceptedAt() {
        return steps.stream().filter(s -> s.status() == HandoverStatus.ACCEPTED).map(HandoverStep::at).findFirst();
    }

    /** How long from sent to accepted, if it was accepted. */
    public Optional<Duration> timeToAcceptance() {
        return acceptedAt().map(at -> Duration.between(sentAt(), at));
    }

    /** Whether it went out without consent, on a legal exception. */
    public boolean overridden() {
        return override.isPresent();
    }

    /** The receiving partner acknowledges it. */
    public Handover receive(Instant at, String by) {
        expect(HandoverStatus.SENT);
        return step(HandoverStatus.RECEIVED, at, by, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The receiving partner takes the person in charge (acknowledging it on the way when not yet done). */
    public Handover accept(Instant at, String by) {
        Handover received = status == HandoverStatus.SENT ? receive(at, by) : this;
        received.expect(HandoverStatus.RECEIVED);
        return received.step(HandoverStatus.ACCEPTED, at, by, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The receiving partner declines it. */
    public Handover decline(DeclineReason reason, Instant at, String by) {
        Handover received = status == HandoverStatus.SENT ? receive(at, by) : this;
        received.expect(HandoverStatus.RECEIVED, HandoverStatus.ACCEPTED);
        return received.step(HandoverStatus.DECLINED, at, by, Optional.of(reason), Optional.empty(), Optional.empty());
    }

    /** The receiving partner hands it on to {@code next} (a new handover goes to it). */
    public Handover referOnward(PartnerId next, Instant at, String by) {
        Handover received = status == HandoverStatus.SENT ? receive(at, by) : this;
        received.expect(HandoverStatus.RECEIVED, HandoverStatus.ACCEPTED);
        return received.step(HandoverStatus.REFERRED_ONWARD, at, by, Optional.empty(), Optional.of(next), Optional.empty());
    }

    /** The receiving partner closes an accepted handover with its outcome. */
    public Handover close(HandoverOutcome how, Instant at, String by) {
        expect(HandoverStatus.ACCEPTED);
        return step(HandoverStatus.CLOSED, at, by, Optional.empty(), Optional.empty(), Optional.of(how));
    }

    /** Marks an open handover: the person withdrew consent at {@code at}. */
    public Handover consentWithdrawnAt(Instant at) {
        if (!open() || consentWithdrawn.isPresent()) {
            return this;
        }
        return new Handover(id, path, reference, territory, from, to, urgency, deadline, status, steps, override,
                declineReason, onwardTo, outcome, Optional.of(at), version);
    }

    private Handover step(HandoverStatus next, Instant at, String by, Optional<DeclineReason> reason,
            Optional<PartnerId> onward, Optional<HandoverOutcome> how) {
        List<HandoverStep> more = new ArrayList<>(steps);
        more.add(new HandoverStep(next, at, by, to));
        return new Handover(id, path, reference, territory, from, to, urgency, deadline, next, more, override, reason, onward,
                how, consentWithdrawn, version);
    }

    private void expect(HandoverStatus... allowed) {
        for (HandoverStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw new ConflictException(Problem.general("path.handover.already." + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
    }
}
