package io.github.clvss.core.internal.persistence;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The work waiting for a commit, per thread: one list per unit running on the thread, the
 * innermost on top. A nested unit that commits hands its work to the enclosing one; one that rolls
 * back drops it; the outermost one's commit releases it all.
 */
final class AfterCommit {

    private static final System.Logger LOG = System.getLogger(AfterCommit.class.getName());

    private final ThreadLocal<Deque<List<Runnable>>> units = new ThreadLocal<>();

    /** A unit begins on the calling thread. */
    void begin() {
        Deque<List<Runnable>> running = units.get();
        if (running == null) {
            running = new ArrayDeque<>();
            units.set(running);
        }
        running.push(new ArrayList<>());
    }

    /**
     * Keeps {@code work} for the commit of the innermost running unit.
     *
     * @return false when no unit runs on the calling thread (nothing kept)
     */
    boolean keep(Runnable work) {
        Deque<List<Runnable>> running = units.get();
        if (running == null || running.isEmpty()) {
            return false;
        }
        running.peek().add(work);
        return true;
    }

    /**
     * The innermost unit committed.
     *
     * @return the work to run now that the outermost unit committed, or empty when an enclosing
     *     unit still runs (it took the work over)
     */
    Optional<List<Runnable>> committed() {
        Deque<List<Runnable>> running = units.get();
        List<Runnable> work = running.pop();
        if (running.isEmpty()) {
            units.remove();
            return Optional.of(work);
        }
        running.peek().addAll(work);
        return Optional.empty();
    }

    /** The innermost unit rolled back (or failed to commit): its work is dropped. */
    void rolledBack() {
        Deque<List<Runnable>> running = units.get();
        running.pop();
        if (running.isEmpty()) {
            units.remove();
        }
    }

    /** Runs each work in turn; one that throws is logged by its type and stops none of the others. */
    static void runEach(List<Runnable> work) {
        work.forEach(AfterCommit::run);
    }

    /** Runs {@code work}; an exception is logged by its type only (its message may name a person). */
    static void run(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Work after a commit failed: {0}", e.getClass().getName());
        }
    }
}
