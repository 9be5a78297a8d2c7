package io.github.clvss.core.contract;

import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.shared.InvalidInputException;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Provenance;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A contrat local sur les violences sexistes et sexuelles (CLVSS) of one territory. Its text,
 * lifecycle acts, deliberation and signatories come with later features; this is its
 * identity, title and period.
 *
 * @param id the contract's id
 * @param version the stored version this value was read at (0 before it is first saved)
 * @param territory the territory that owns it
 * @param title the contract's title as written on it
 * @param startDate when it takes effect, when known
 * @param endDate when it ends, when known; not before the start
 * @param provenance where the facts come from
 */
public record Contract(
        ContractId id,
        long version,
        TerritoryId territory,
        String title,
        Optional<LocalDate> startDate,
        Optional<LocalDate> endDate,
        Provenance provenance) {

    /** Longest accepted title. */
    public static final int TITLE_MAX = 300;

    public Contract {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(territory, "territory");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(endDate, "endDate");
        Objects.requireNonNull(provenance, "provenance");
        List<Problem> problems = inconsistencies(title, startDate, endDate, "contract");
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** A contract about to be created. */
    public static Contract draft(Clock clock, TerritoryId territory, String title,
            Optional<LocalDate> startDate, Optional<LocalDate> endDate, Provenance provenance) {
        return new Contract(ContractId.next(clock), 0, territory, title, startDate, endDate, provenance);
    }

    /**
     * The rules between the fields, each problem pointing at {@code path} plus the field's
     * name.
     */
    public static List<Problem> inconsistencies(String title, Optional<LocalDate> startDate,
            Optional<LocalDate> endDate, String path) {
        List<Problem> problems = new ArrayList<>();
        if (title.isBlank() || title.length() > TITLE_MAX || !title.strip().equals(title)) {
            problems.add(Problem.error("contract.title.invalid", path + ".title", TITLE_MAX));
        }
        if (startDate.isPresent() && endDate.isPresent() && endDate.get().isBefore(startDate.get())) {
            problems.add(Problem.error("contract.period.reversed", path + ".endDate", endDate.get(), startDate.get()));
        }
        return problems;
    }

    /** The same contract under a new title. */
    public Contract retitle(String newTitle) {
        return new Contract(id, version, territory, newTitle, startDate, endDate, Provenance.ENTERED);
    }

    /** The same contract over a new period. */
    public Contract reschedule(Optional<LocalDate> newStart, Optional<LocalDate> newEnd) {
        return new Contract(id, version, territory, title, newStart, newEnd, Provenance.ENTERED);
    }
}
