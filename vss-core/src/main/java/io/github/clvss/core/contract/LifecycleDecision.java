package io.github.clvss.core.contract;

import io.github.clvss.core.shared.Problem;
import java.util.List;
import java.util.Objects;

/** Whether {@link LifecyclePolicy} lets an act be recorded, and if not, why. */
public sealed interface LifecycleDecision {

    /** Whether the act may be recorded. */
    default boolean allowed() {
        return this instanceof Allowed;
    }

    /** The act may be recorded. */
    record Allowed() implements LifecycleDecision {
    }

    /**
     * The act may not be recorded.
     *
     * @param reason the reason's code, e.g. {@code contract.sign.twice}
     * @param arguments the values the reason's text refers to
     * @param cause whether the contract's state or the act's own facts stand in the way
     */
    record Refused(String reason, List<String> arguments, Cause cause) implements LifecycleDecision {
        public Refused {
            Objects.requireNonNull(reason, "reason");
            arguments = List.copyOf(arguments);
            Objects.requireNonNull(cause, "cause");
        }

        /** The reason as a problem to report. */
        public Problem problem() {
            return Problem.general(reason, arguments.toArray());
        }
    }

    /** What stands in the way of a refused act. */
    enum Cause {
        /** The contract is not in a state that allows the act (a conflict). */
        STATE,
        /** The act's own facts are wrong: a date, a partner, a reason (invalid input). */
        INPUT
    }
}
