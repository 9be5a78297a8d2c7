package io.github.clvss.core.followup;

import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.shared.PageRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Port: where actions and the history of their changes are kept. Lists are per contract and paged. */
public interface Actions {

    /** Stores a new action; its version becomes 1. */
    Action add(Action action);

    /** Stores a changed action if its version is still the stored one, else conflicts. */
    Action update(Action action);

    /** The action with this id. */
    Optional<Action> find(ActionId id);

    /**
     * A page of a contract's actions (only those under {@code commitment} when given), by
     * deadline (those without one last), then by id.
     */
    List<Action> list(ContractId contract, Optional<String> commitment, PageRequest page);

    /** How many actions {@link #list} would give in all. */
    long count(ContractId contract, Optional<String> commitment);

    /** A page of a contract's open actions (planned, in progress) whose deadline is before {@code today}, oldest deadline first. */
    List<Action> late(ContractId contract, LocalDate today, PageRequest page);

    /** How many of a contract's actions are late on {@code today}. */
    long countLate(ContractId contract, LocalDate today);

    /** A page of a contract's open actions whose deadline is {@code today} or later, nearest first. */
    List<Action> upcoming(ContractId contract, LocalDate today, PageRequest page);

    /** Appends a change to the action's history; it gets the next sequence number. */
    ActionChange appendChange(ActionId action, Instant at, String actor, List<FieldChange> fields);

    /** A page of the action's history, oldest change first. */
    List<ActionChange> history(ActionId action, PageRequest page);

    /** Removes every action of a contract and its history (a contract file replaces them with its own). */
    void removeAll(ContractId contract);
}
