package io.github.clvss.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clvss.core.access.Actor;
import io.github.clvss.core.contractfile.ContractFiles;
import io.github.clvss.core.contractfile.ImportMode;
import io.github.clvss.core.contractfile.ImportReport;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.TimeOrderedIds;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import javax.sql.DataSource;

/** Large contract files for the tests at scale: the demo file, its first partner given many more référents. */
final class BulkFiles {

    /** The référents of the demo file. */
    static final int DEMO_REFERENTS = 8;

    private final List<UUID> ids;

    /** Files that may hold up to {@code most} extra référents, always the same ones in the same order. */
    BulkFiles(int most) {
        this.ids = IntStream.range(0, most).mapToObj(i -> TimeOrderedIds.next(Fixtures.CLOCK)).toList();
    }

    /** The demo file with the first {@code extra} référents (emails {@code bulk-<i>@demo.example}). */
    byte[] demoWith(int extra) {
        String demo = new String(ContractFiles.demoFile(), StandardCharsets.UTF_8);
        StringBuilder added = new StringBuilder();
        for (int i = 0; i < extra; i++) {
            added.append("{\"id\": \"").append(ids.get(i)).append("\", \"name\": \"Référent ").append(i)
                    .append(" (démo)\", \"function\": \"Accueil des victimes\", \"email\": \"bulk-").append(i)
                    .append("@demo.example\", \"main\": false, \"provenance\": \"DEMO\"},");
        }
        int at = demo.indexOf("\"referents\": [") + "\"referents\": [".length();
        return (demo.substring(0, at) + added + demo.substring(at)).getBytes(StandardCharsets.UTF_8);
    }

    /** Imports the demo file with {@code extra} référents and checks it was accepted. */
    ImportReport imported(Vss vss, int extra, ImportMode mode, boolean dryRun) {
        ImportReport report = vss.contractFiles().importFile(Actor.system(), demoWith(extra), mode, dryRun);
        assertThat(report.problems()).filteredOn(Problem::isError).isEmpty();
        assertThat(report.accepted()).isTrue();
        return report;
    }

    /** The number a {@code select count(*)} gives. */
    static long count(DataSource database, String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
