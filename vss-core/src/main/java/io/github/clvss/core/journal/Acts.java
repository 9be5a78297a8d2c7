package io.github.clvss.core.journal;

import io.github.clvss.core.access.AccessDecision;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.shared.AccessRefusedException;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.TimeOrderedIds;
import io.github.clvss.core.shared.Transactions;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What every service does around an act: refuse it (and journal the refusal) when the access
 * policy says no, and journal it when it is done. {@link #perform} is the whole recipe in one
 * call: check the grant, run the change in a transaction, journal it in that transaction.
 */
public final class Acts {

    private final Journal journal;
    private final Clock clock;
    private final Transactions transactions;

    /**
     * Acts whose {@link #perform} runs in the caller's transaction (it opens none of its own).
     *
     * @param journal where entries go
     * @param clock the time of each entry
     */
    public Acts(Journal journal, Clock clock) {
        this(journal, clock, CALLERS);
    }

    /**
     * @param journal where entries go
     * @param clock the time of each entry
     * @param transactions the transaction each performed act runs in, with its journal entry
     */
    public Acts(Journal journal, Clock clock, Transactions transactions) {
        this.journal = Objects.requireNonNull(journal, "journal");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /** No transaction of its own: the work runs in the caller's, which it does not know. */
    private static final Transactions CALLERS = new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }

        @Override
        public void afterCommit(Runnable work) {
            work.run();
        }
    };

    /**
     * The act recipe: refuses {@code act} unless {@code decision} allows it (the refusal
     * journaled on its own, kept although the operation fails), then runs {@code change} in one
     * transaction with the act's journal entry.
     *
     * @return what the change gives back
     */
    public <T> T perform(Actor actor, Act act, AccessDecision decision, Supplier<T> change) {
        refuseUnless(decision, actor, act);
        return transactions.inTransaction(() -> {
            T done = change.get();
            record(actor, act);
            return done;
        });
    }

    /** The act recipe ({@link #perform}) for a change that gives nothing back. */
    public void performRun(Actor actor, Act act, AccessDecision decision, Runnable change) {
        perform(actor, act, decision, () -> {
            change.run();
            return Boolean.TRUE;
        });
    }

    /**
     * The act recipe on a stored record, all in one transaction: reads the record, names the act
     * and asks the access policy from it, then refuses (journaled on its own) or changes and
     * journals.
     *
     * @param current reads the record (throws when it is not found)
     * @param act the act, from the record
     * @param decision the access policy's answer, from the record
     * @param change the change, from the record
     * @return what the change gives back
     */
    public <R, T> T performOn(Actor actor, Supplier<R> current, Function<R, Act> act,
            Function<R, AccessDecision> decision, Function<R, T> change) {
        return transactions.inTransaction(() -> {
            R record = current.get();
            Act done = act.apply(record);
            refuseUnless(decision.apply(record), actor, done);
            T result = change.apply(record);
            record(actor, done);
            return result;
        });
    }

    /**
     * The act recipe for several records at once, all or none (an import): refuses the whole
     * batch unless the act on each record is allowed (the refusal journaled on its own), then
     * changes each record and journals its act, all in one transaction.
     *
     * @param act the act on a record
     * @param decision the access policy's answer for a record
     * @param change the change of a record
     * @return what each change gives back, in order
     */
    public <R, T> List<T> performEach(Actor actor, List<R> records, Function<R, Act> act,
            Function<R, AccessDecision> decision, Function<R, T> change) {
        return performAll(actor, records, act, decision, all -> all.stream().map(change).toList());
    }

    /**
     * The act recipe for several records changed together, all or none (an import written in
     * batches): refuses the whole batch unless the act on each record is allowed (the refusal
     * journaled on its own), then runs {@code change} on them all and journals every record's act
     * in one batch, all in one transaction.
     *
     * @param act the act on a record
     * @param decision the access policy's answer for a record
     * @param change the change of all the records
     * @return what {@code change} gives back
     */
    public <R, T> T performAll(Actor actor, List<R> records, Function<R, Act> act,
            Function<R, AccessDecision> decision, Function<List<R>, T> change) {
        records.forEach(item -> refuseUnless(decision.apply(item), actor, act.apply(item)));
        return transactions.inTransaction(() -> {
            T done = change.apply(records);
            recordAll(actor, records.stream().map(act).toList());
            return done;
        });
    }

    /**
     * The act recipe for a read of personal data the caller makes next: refuses it unless
     * {@code decision} allows it (the refusal journaled on its own), otherwise journals it in a
     * transaction of its own.
     */
    public void performRead(Actor actor, Act act, AccessDecision decision) {
        performRun(actor, act, decision, () -> { });
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

    /** Journals done acts, in the caller's transaction, in one batch (an import's records). */
    public void recordAll(Actor actor, List<Act> done) {
        journal.appendAll(done.stream().map(act -> entry(actor, act, Outcome.DONE, Optional.empty())).toList());
    }

    /**
     * Journals a done act with the ground it rests on, in the caller's transaction: a handover
     * sent without consent names the legal exception's rule ({@code fr.226-14-3}). A code, never
     * free text: the journal holds no content.
     */
    public void record(Actor actor, Act act, String ground) {
        journal.append(entry(actor, act, Outcome.DONE, Optional.of(ground)));
    }

    private JournalEntry entry(Actor actor, Act act, Outcome outcome, Optional<String> reason) {
        return new JournalEntry(TimeOrderedIds.next(clock), clock.instant(), actor.id(), act, outcome, reason);
    }
}
