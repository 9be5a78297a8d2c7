package io.github.clvss.core.followup;

import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.shared.PageRequest;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Port: where meetings are kept, with their agenda, invitees, guests and decisions. Lists are per contract and paged. */
public interface Meetings {

    /** Stores a new meeting; its version becomes 1. */
    Meeting add(Meeting meeting);

    /** Stores a changed meeting if its version is still the stored one, else conflicts. */
    Meeting update(Meeting meeting);

    /** The meeting with this id. */
    Optional<Meeting> find(MeetingId id);

    /** A page of a contract's meetings, latest start first. */
    List<Meeting> list(ContractId contract, PageRequest page);

    /** How many meetings a contract has. */
    long count(ContractId contract);

    /** A page of a contract's meetings that started at {@code until} (local time) or before, latest first. */
    List<Meeting> startedBy(ContractId contract, LocalDateTime until, PageRequest page);

    /** Removes every meeting of a contract (a contract file replaces them with its own). */
    void removeAll(ContractId contract);
}
