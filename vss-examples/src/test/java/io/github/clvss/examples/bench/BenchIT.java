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
            List<Report.GridRow> grids = report.grids().stream().filter(g -> g.database().startsWith(database)).toList();
            assertThat(grids).extracting(g -> g.grid().substring(0, g.grid().indexOf(' ')).replace(",", "")).containsExactly(
                    "journal", "journal", "journal", "référents", "partners", "institutions", "resources", "actions",
                    "deliberations", "meetings", "indicators", "institution", "territories", "accounts", "notifications");
            // every grid holds what was written in its scope, and the deep page sought after the row
            // before it is the very page the offset gives
            assertThat(grids).allSatisfy(g -> {
                assertThat(g.rows()).as(g.grid()).isGreaterThanOrEqualTo(g.grid().contains("small territory") ? 3 : 300);
                assertThat(g.deepOffset()).as(g.grid()).isEqualTo((int) (g.rows() * 99 / 100));
                assertThat(g.sameRows()).as(g.grid()).isTrue();
                assertThat(g.firstMs()).isPositive();
                assertThat(g.deepMs()).isPositive();
                assertThat(g.jumpMs()).isPositive();
            }).filteredOn(g -> g.grid().startsWith("notifications")).singleElement()
                    .satisfies(g -> assertThat(g.countMs()).isEmpty());
            assertThat(grids).filteredOn(g -> g.grid().contains("small territory")).singleElement()
                    .satisfies(g -> assertThat(g.rows()).isEqualTo(3));
            assertThat(grids).filteredOn(g -> g.grid().contains("whole platform")).singleElement()
                    .satisfies(g -> assertThat(g.rows()).isGreaterThanOrEqualTo(600));
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
        assertThat(report.markdown()).contains("| measure | vss |", "| admin grid | database |", "cores",
                "Admin application rows not measured");
    }
}
