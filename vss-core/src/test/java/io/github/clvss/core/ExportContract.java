package io.github.clvss.core;

import static io.github.clvss.core.BulkFiles.DEMO_REFERENTS;
import static io.github.clvss.core.Fixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.contractfile.ImportMode;
import io.github.clvss.core.journal.JournalQuery;
import io.github.clvss.core.partner.ReferentQuery;
import io.github.clvss.core.shared.PageRequest;
import java.io.StringWriter;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Exports at scale, on every database vss supports: the référents' and the journal's
 * spreadsheets are read in one query (a cursor), never in pages, whatever their length, and hold
 * every row.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class ExportContract {

    private static final int N = 5_000;

    private final Actor system = Actor.system();
    private final BulkFiles files = new BulkFiles(2 * N);
    private CountedStatements database;
    private Vss vss;

    /** The suite's database, empty when the suite starts. */
    abstract DataSource database();

    @BeforeAll
    void open() {
        database = new CountedStatements(database());
        vss = Vss.builder().dataSource(database).secretsKey(StorageContract.KEY).clock(CLOCK).build();
    }

    @AfterAll
    void close() {
        vss.close();
    }

    @Test
    @Order(1)
    void the_referents_spreadsheet_of_n_or_2n_referents_is_read_in_one_query_and_holds_every_one() {
        files.imported(vss, N, ImportMode.CREATE, false);
        long start = System.nanoTime();
        Export first = referents();
        long firstIn = System.nanoTime() - start;
        files.imported(vss, 2 * N, ImportMode.REPLACE, false);

        start = System.nanoTime();
        Export second = referents();
        long secondIn = System.nanoTime() - start;

        assertThat(first.rows).isEqualTo(N + DEMO_REFERENTS);
        assertThat(second.rows).isEqualTo(2 * N + DEMO_REFERENTS);
        assertThat(second.text).contains(";Référent " + (2 * N - 1) + " (démo);", "bulk-" + (2 * N - 1) + "@demo.example");
        assertThat(second.statements).hasSameSizeAs(first.statements);
        assertThat(first.statements).filteredOn(sql -> sql.contains("from vss_referent")).hasSize(1);
        assertThat(second.statements).filteredOn(sql -> sql.contains("from vss_referent")).hasSize(1);
        System.out.printf("%s: référents export %d rows %d ms, %d rows %d ms%n", getClass().getSimpleName(), first.rows,
                firstIn / 1_000_000, second.rows, secondIn / 1_000_000);
    }

    @Test
    @Order(2)
    void the_journal_spreadsheet_is_read_in_one_query_whatever_its_length() {
        JournalQuery query = JournalQuery.territory(territory());
        long before = vss.auditTrail().count(system, query);
        Export first = journal(query);
        files.imported(vss, N, ImportMode.REPLACE, false); // journals N removals and N + 8 imports
        long after = vss.auditTrail().count(system, query);

        Export second = journal(query);

        assertThat(first.rows).isEqualTo(before + 1); // the export journals itself first
        assertThat(after).isGreaterThan(before + 2 * N);
        assertThat(second.rows).isEqualTo(after + 1);
        assertThat(second.statements).hasSameSizeAs(first.statements);
        assertThat(second.statements).filteredOn(sql -> sql.startsWith("select") && sql.contains("from vss_journal"))
                .hasSize(1);
    }

    @Test
    @Order(3)
    void the_contract_file_reads_each_partners_referents_in_one_query_while_it_writes_them() throws java.sql.SQLException {
        files.imported(vss, N, ImportMode.REPLACE, false);
        Export first = contractFile();
        files.imported(vss, 2 * N, ImportMode.REPLACE, false);

        Export second = contractFile();

        assertThat(first.rows).isEqualTo(N);
        assertThat(second.rows).isEqualTo(2 * N);
        assertThat(second.text).contains("\"bulk-" + (2 * N - 1) + "@demo.example\"");
        assertThat(second.statements).hasSameSizeAs(first.statements);
        long partners = BulkFiles.count(database, "select count(*) from vss_partner");
        assertThat(second.statements).filteredOn(sql -> sql.startsWith("select") && sql.contains("from vss_referent"))
                .as("one cursor per partner").hasSize((int) partners);
        try (Vss copy = Vss.inMemory(CLOCK)) {
            byte[] file = second.text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(copy.contractFiles().importFile(system, file, ImportMode.CREATE, false).accepted()).isTrue();
            assertThat(copy.contractFiles().export(system, territory())).as("the same file again").isEqualTo(file);
        }
    }

    /** The territory's contract file, with how many bulk référents it holds. */
    private Export contractFile() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        List<String> statements = database.during(() -> vss.contractFiles().export(system, territory(), out));
        String text = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        return new Export(text.split("\"name\": \"Référent ", -1).length - 1L, text, statements);
    }

    private record Export(long rows, String text, List<String> statements) {
    }

    private Export referents() {
        StringWriter out = new StringWriter();
        ReferentQuery everyone = new ReferentQuery(territory(), Optional.empty(), Optional.empty(), false);
        List<String> statements = database.during(() -> vss.referentsCsv().export(system, everyone, out));
        return new Export(out.toString().lines().count() - 1, out.toString(), statements);
    }

    private Export journal(JournalQuery query) {
        StringWriter out = new StringWriter();
        List<String> statements = database.during(() -> vss.journalCsv().export(system, query, ZoneId.of("Europe/Paris"), out));
        return new Export(out.toString().lines().count() - 1, out.toString(), statements);
    }

    private TerritoryId territory() {
        return vss.territories().list(system, PageRequest.first(10)).getFirst().id();
    }
}
