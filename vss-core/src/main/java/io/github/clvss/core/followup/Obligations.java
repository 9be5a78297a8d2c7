package io.github.clvss.core.followup;

import io.github.clvss.core.contract.ContractId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Port: where the recurring obligations of each contract's commitments are kept, with the
 * overdue notices already sent (one per obligation and due date).
 */
public interface Obligations {

    /** Stores the obligation of its commitment, replacing the one it carried. */
    void put(Obligation obligation);

    /** Removes the obligation a commitment carries, and its notices. */
    void remove(ContractId contract, String commitment);

    /** The obligation a commitment carries. */
    Optional<Obligation> find(ContractId contract, String commitment);

    /** A contract's obligations, by commitment id (at most one per commitment of its text). */
    List<Obligation> of(ContractId contract);

    /**
     * Notes that the coordinators were told that the obligation was overdue for the period due
     * on {@code due}.
     *
     * @return false when that was noted already (nothing is written then)
     */
    boolean noteOverdueNotice(ContractId contract, String commitment, LocalDate due, Instant at);

    /** Removes every obligation of a contract and its notices (a contract file replaces them with its own). */
    void removeAll(ContractId contract);
}
