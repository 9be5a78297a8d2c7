package io.github.clvss.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A smoke run of the benchmark with tiny sizes, so that every measure still runs against the
 * code it measures; the figures themselves are not checked (the bench proper never runs in the build).
 */
class BenchIT {

    @TempDir
    Path work;

    @Test
    void every_measure_runs_through_vss_on_h2_and_postgresql_and_reports_its_baseline() throws Exception {
        Report report = Bench.run(Bench.Options.parse("--import", "120", "--rows", "300", "--export", "100,200",
                "--document", "15", "--warmups", "1", "--repetitions", "1", "--work", work.toString()));

        List<String> measures = report.rows().stream().map(Report.Row::measure).toList();
        assertThat(measures).anyMatch(m -> m.startsWith("contract-file import, 120 référents"));
        for (String database : List.of("H2 file", "PostgreSQL")) {
            assertThat(measures).filteredOn(m -> m.contains(database))
                    .anyMatch(m -> m.startsWith("référents list, first page of 50, "))
                    .anyMatch(m -> m.startsWith("référents list, page at offset "))
                    .anyMatch(m -> m.startsWith("journal, first page of 50,"))
                    .anyMatch(m -> m.startsWith("journal, page at offset"));
        }
        assertThat(measures).contains("CSV export of référents, 100 rows (H2 file)", "CSV export of référents, 200 rows (H2 file)",
                "document unique (HTML + PDF), 15 référents");
        // the baseline writes the very rows the import wrote, every table's (checked by row counts
        // in the bench): the demo's 8 référents and the 120 added, their journal entries and the others
        for (String database : List.of("H2 file", "PostgreSQL")) {
            assertThat(report.rows()).filteredOn(row -> row.measure().startsWith("contract-file import, 120 référents")
                            && row.measure().contains(database))
                    .singleElement()
                    .satisfies(row -> assertThat(row.baseline()).contains("128 vss_referent + ").containsPattern(
                            "\\+ [1-9][0-9]{2,} vss_journal \\+ [1-9][0-9]* rows of [1-9][0-9]* other tables"));
        }
        assertThat(report.rows()).filteredOn(row -> row.vssMs() >= 0).allMatch(row -> row.vssMs() > 0);
        assertThat(report.markdown()).contains("| measure | vss |", "cores", "Admin application rows not measured");
    }
}
