package io.github.clvss.core.followup;

import java.util.Objects;
import java.util.Optional;

/**
 * One field of an action as it was before a change and as it is after, in its canonical text
 * form (ids, ISO dates, status names): what the history of the action shows.
 *
 * @param field the field's name, one of {@link Action#FIELDS}
 * @param before its value before the change; empty when it had none (or the action was added)
 * @param after its value after the change; empty when it has none any more
 */
public record FieldChange(String field, Optional<String> before, Optional<String> after) {

    public FieldChange {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }
}
