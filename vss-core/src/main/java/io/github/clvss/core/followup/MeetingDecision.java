package io.github.clvss.core.followup;

import java.util.Objects;
import java.util.Optional;

/**
 * A decision taken in a meeting, and the action it created under a commitment, when it did.
 *
 * @param text the decision, as the minutes word it
 * @param action the action it created, if any
 */
public record MeetingDecision(String text, Optional<ActionId> action) {

    public MeetingDecision {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(action, "action");
    }
}
