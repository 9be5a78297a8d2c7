package io.github.clvss.core.indicator;

import io.github.clvss.core.access.Actor;
import io.github.clvss.core.contract.ContractId;
import java.util.List;
import java.util.Objects;

/**
 * Hook for the diagnostic's "state of actions" section: how many follow-up actions of each
 * commitment are in each status at the end of the year. The follow-up of actions provides it
 * (and checks the actor's rights to read them); until it is plugged in, {@link #NONE} says
 * there is nothing to show, and the section is left out.
 *
 * <p>Counts of actions are not counts of people: they are never masked.
 */
@FunctionalInterface
public interface ActionStates {

    /** No follow-up plugged in: no section. */
    ActionStates NONE = (actor, contract, year) -> List.of();

    /**
     * The actions of a contract by commitment and status, as they stood at the end of {@code year}.
     *
     * @param actor who reads the diagnostic
     * @param contract the contract
     * @param year the diagnostic's year
     * @return one tally per commitment and status that has actions, in any order
     */
    List<Tally> of(Actor actor, ContractId contract, int year);

    /**
     * How many actions of a commitment are in a status.
     *
     * @param commitment the commitment's id
     * @param status the status's stable code: {@code PLANNED}, {@code IN_PROGRESS}, {@code DONE},
     *     {@code LATE}, {@code ABANDONED} (an unknown code is shown as it is)
     * @param count how many, zero or more
     */
    record Tally(String commitment, String status, int count) {
        public Tally {
            Objects.requireNonNull(commitment, "commitment");
            Objects.requireNonNull(status, "status");
            if (count < 0) {
                throw new IllegalArgumentException("a count of actions is zero or more");
            }
        }
    }
}
