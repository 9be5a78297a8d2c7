package io.github.clvss.core.indicator;

import io.github.clvss.core.contract.ContractId;
import java.util.List;
import java.util.Optional;

/** Port: where the diagnostic's qualitative notes are kept. */
public interface DiagnosticNotes {

    /** Stores a note, replacing the one on the same contract, year and subject. */
    void put(DiagnosticNote note);

    /** Removes the note on this contract, year and subject, if there is one. */
    void remove(ContractId contract, int year, Optional<String> commitment);

    /** A contract's notes of a year: the general one first, then by commitment id. */
    List<DiagnosticNote> of(ContractId contract, int year);

    /** All of a contract's notes: by year, the general one first, then by commitment id. */
    List<DiagnosticNote> all(ContractId contract);

    /** Removes every note of a contract (a contract file replaces them with its own). */
    void removeAll(ContractId contract);
}
