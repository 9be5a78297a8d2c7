package io.github.clvss.core.journal;

import io.github.clvss.core.access.AccessDecision;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.shared.AccessRefusedException;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.TimeOrderedIds;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * What every service does around an act: refuse it (and journal the refusal) when the access
 * policy says no, and journal it when it is done.
 */
public final class Acts {

    private final Journal journal;
    private final Clock clock;

    /**
     * @param journal where entries go
     * @param clock the time of each entry
     */
    public Acts(Journal journal, Clock clock) {
        this.journal = Objects.requireNonNull(journal, "journal");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Returns when {@code decision} allows the act; otherwise journals the refusal (kept even
     * though the operation fails) and throws {@link AccessRefusedException}.
     */
    public void refuseUnless(AccessDecision decision, Actor actor, Act act) {
        if (decision instanceof AccessDecision.Refused(String reason)) {
            recordRefusal(actor, act, reason);
            throw new AccessRefusedException(Problem.general(reason, act.action()));
        }
    }

    /** Journals a refused act, in a transaction of its own (kept although the operation fails). */
    public void recordRefusal(Actor actor, Act act, String reason) {
        journal.appendIndependently(entry(actor, act, Outcome.REFUSED, Optional.of(reason)));
    }

    /** Journals a done act, in the caller's transaction. */
    public void record(Actor actor, Act act) {
        journal.append(entry(actor, act, Outcome.DONE, Optional.empty()));
    }

    private JournalEntry entry(Actor actor, Act act, Outcome outcome, Optional<String> reason) {
        return new JournalEntry(TimeOrderedIds.next(clock), clock.instant(), actor.id(), act, outcome, reason);
    }
}
