package io.github.clvss.core.indicator;

import io.github.clvss.core.contract.Commitment;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.shared.InvalidInputException;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Provenance;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A qualitative note of the yearly diagnostic (the "qualitatif" of the shared diagnostic): on
 * the year in general, or on one commitment. One note per contract, year and subject.
 *
 * @param contract the contract
 * @param year the diagnostic's year
 * @param commitment the commitment it is about; empty for the general note
 * @param text the note, plain text (paragraphs separated by blank lines)
 * @param provenance where it comes from
 * @param version the stored version it was read at: 0 for a note not stored yet, then 1, 2…
 *     (a note is written against the version its writer saw, as other records are)
 */
public record DiagnosticNote(ContractId contract, int year, Optional<String> commitment, String text, Provenance provenance,
        long version) {

    /** Longest accepted note. */
    public static final int TEXT_MAX = 10_000;

    public DiagnosticNote {
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(commitment, "commitment");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(provenance, "provenance");
        if (version < 0) {
            throw new IllegalArgumentException("version " + version);
        }
        text = text.strip();
        List<Problem> problems = new ArrayList<>();
        if (year < Period.FIRST_YEAR || year > Period.LAST_YEAR) {
            problems.add(Problem.error("indicator.year.invalid", "$.year", year));
        }
        commitment.filter(c -> !Commitment.wellFormed(c))
                .ifPresent(c -> problems.add(Problem.error("indicator.commitment.invalid", "$.commitment", c)));
        if (text.isEmpty()) {
            problems.add(Problem.error("text.required", "$.text"));
        } else if (text.length() > TEXT_MAX) {
            problems.add(Problem.error("text.too-long", "$.text", text.length(), TEXT_MAX));
        } else if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            problems.add(Problem.error("text.control-character", "$.text"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** A note not stored yet (version 0): writing it is refused if a note on the same subject exists. */
    public DiagnosticNote(ContractId contract, int year, Optional<String> commitment, String text, Provenance provenance) {
        this(contract, year, commitment, text, provenance, 0);
    }
}
