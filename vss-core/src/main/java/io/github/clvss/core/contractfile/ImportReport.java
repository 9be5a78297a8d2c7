package io.github.clvss.core.contractfile;

import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.shared.Problem;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an import did, or would do (dry run), or why it was refused. An import is
 * all-or-nothing: when {@link #problems()} has an error, nothing was written.
 *
 * @param territory the file's territory, when the file could be read
 * @param problems every problem found, each with its JSON path: errors refuse the file; warnings
 *     (a commune whose SIREN does not follow its INSEE code, circuits that overlap) do not
 * @param written whether the data was stored (false for a refusal and for a dry run)
 * @param changes what was (or, for a dry run, would be) written
 */
public record ImportReport(Optional<TerritoryId> territory, List<Problem> problems, boolean written, Changes changes) {

    /**
     * Counts of records written by an import.
     *
     * @param territoriesCreated territories added
     * @param territoriesReplaced territories whose facts were replaced
     * @param contractsCreated contracts added
     * @param contractsReplaced contracts replaced
     * @param contractsRemoved contracts removed because the file no longer has them
     * @param institutionsAdded shared institutions the installation did not have yet
     * @param partnersWritten partners added or replaced
     * @param referentsWritten référents added or replaced
     * @param resourcesWritten resources added or replaced
     * @param recordsRemoved partners, référents and resources removed because the file no longer has them
     * @param deliberationsWritten deliberations added or updated (format 1.4)
     * @param textVersionsWritten contract text versions written (format 1.4: they replace the stored ones)
     * @param actsWritten contract acts written (format 1.4: they replace the stored ones)
     */
    public record Changes(int territoriesCreated, int territoriesReplaced, int contractsCreated,
            int contractsReplaced, int contractsRemoved, int institutionsAdded, int partnersWritten,
            int referentsWritten, int resourcesWritten, int recordsRemoved, int deliberationsWritten,
            int textVersionsWritten, int actsWritten) {

        static final Changes NONE = new Changes(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    public ImportReport {
        Objects.requireNonNull(territory, "territory");
        problems = List.copyOf(problems);
        Objects.requireNonNull(changes, "changes");
    }

    /** Whether the file was accepted (written, or would be in a dry run). */
    public boolean accepted() {
        return problems.stream().noneMatch(Problem::isError);
    }

    static ImportReport refused(Optional<TerritoryId> territory, List<Problem> problems) {
        return new ImportReport(territory, problems, false, Changes.NONE);
    }
}
