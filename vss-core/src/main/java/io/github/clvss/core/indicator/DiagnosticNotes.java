package io.github.clvss.core.indicator;

import io.github.clvss.core.contract.ContractId;
import java.util.List;
import java.util.Optional;

/** Port: where the diagnostic's qualitative notes are kept. */
public interface DiagnosticNotes {

    /**
     * Stores a note against the version it was read at: a note of version 0 is added (a conflict
     * if one on the same contract, year and subject exists); otherwise the stored one is replaced
     * only if it still has that version, else a conflict ({@code ConflictException}).
     *
     * @return the note as stored, with its new version
     */
    DiagnosticNote put(DiagnosticNote note);

    /** The note on this contract, year and subject, if there is one. */
    Optional<DiagnosticNote> find(ContractId contract, int year, Optional<String> commitment);

    /**
     * Removes the note on this contract, year and subject if it still has {@code version};
     * a note with another version is a conflict; no note, nothing to do.
     */
    void remove(ContractId contract, int year, Optional<String> commitment, long version);

    /** A contract's notes of a year: the general one first, then by commitment id. */
    List<DiagnosticNote> of(ContractId contract, int year);

    /** All of a contract's notes: by year, the general one first, then by commitment id. */
    List<DiagnosticNote> all(ContractId contract);

    /** Removes every note of a contract (a contract file replaces them with its own). */
    void removeAll(ContractId contract);
}
