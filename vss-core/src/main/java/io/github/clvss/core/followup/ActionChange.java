package io.github.clvss.core.followup;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One change of an action, as its history keeps it: who (an actor id, never a name), when,
 * and each field changed. The first change of an action is its addition.
 *
 * @param action the action
 * @param sequence its place in the action's history, from 1
 * @param at when the change was made
 * @param actor the id of the actor who made it (an account id, or {@code system})
 * @param fields the fields changed, in {@link Action#FIELDS} order
 */
public record ActionChange(ActionId action, int sequence, Instant at, String actor, List<FieldChange> fields) {

    public ActionChange {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        fields = List.copyOf(fields);
    }
}
