package io.github.clvss.core.contractfile;

import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.shared.Problem;
import java.util.List;

/** The rule every section applies to a record of the file already stored (by id). */
final class Stored {

    private Stored() {
    }

    /** A record of the file already stored: refused in create mode, and in another territory. */
    static void check(List<Problem> problems, ImportMode mode, TerritoryId owner, TerritoryId territory, String path,
            Object id) {
        if (mode == ImportMode.CREATE) {
            problems.add(Problem.error("import.record.exists", path, id));
        } else if (!owner.equals(territory)) {
            problems.add(Problem.error("import.record.other-territory", path, id));
        }
    }
}
