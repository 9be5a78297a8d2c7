package io.github.clvss.core;

import static io.github.clvss.core.BulkFiles.DEMO_REFERENTS;
import static io.github.clvss.core.BulkFiles.count;
import static io.github.clvss.core.Fixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.clvss.core.contractfile.ImportMode;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The contract-file import at scale, on every database vss supports: 10,000 référents, then
 * 20,000, written in the same bounded number of statements as a file of 1,000 (each kind of
 * record looked up once, written and journaled in batches), with every row and every journal
 * entry.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ImportContract {

    private static final int N = 10_000;

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
    void a_file_of_ten_thousand_referents_is_written_in_as_many_statements_as_one_of_a_thousand_with_its_journal()
            throws SQLException {
        // a dry run writes everything, then rolls back: the statements of the import, for any size
        List<String> dryOfAThousand = database.during(() -> files.imported(vss, 1_000, ImportMode.CREATE, true));
        List<String> dryOfTwoThousand = database.during(() -> files.imported(vss, 2_000, ImportMode.CREATE, true));
        assertThat(dryOfTwoThousand).hasSameSizeAs(dryOfAThousand);
        assertThat(count(database, "select count(*) from vss_referent")).isZero();

        long start = System.nanoTime();
        List<String> created = database.during(() -> files.imported(vss, N, ImportMode.CREATE, false));
        long createdIn = System.nanoTime() - start;

        assertThat(created).hasSize(dryOfAThousand.size() + 1); // and the import's own journal entry
        assertThat(count(database, "select count(*) from vss_referent")).isEqualTo(N + DEMO_REFERENTS);
        assertThat(count(database, "select count(*) from vss_referent where email like 'bulk-%@demo.example'")).isEqualTo(N);
        assertThat(journaled("referent.import")).isEqualTo(N + DEMO_REFERENTS);

        // replace: the stored ones updated, the new ones added, in as many statements for 1,000 new as for 10,000
        List<String> dryReplace = database.during(() -> files.imported(vss, N + 1_000, ImportMode.REPLACE, true));
        start = System.nanoTime();
        List<String> replaced = database.during(() -> files.imported(vss, 2 * N, ImportMode.REPLACE, false));
        long replacedIn = System.nanoTime() - start;

        assertThat(replaced).hasSize(dryReplace.size() + 1);
        assertThat(count(database, "select count(*) from vss_referent")).isEqualTo(2 * N + DEMO_REFERENTS);
        assertThat(count(database, "select count(*) from vss_referent where version = 2")).isEqualTo(N + DEMO_REFERENTS);
        assertThat(journaled("referent.import")).isEqualTo(N + DEMO_REFERENTS + 2 * N + DEMO_REFERENTS);
        assertThat(journaled("referent.remove")).isZero();

        // replace by a file of 1,000: the 19,000 others are removed, and each removal journaled
        files.imported(vss, 1_000, ImportMode.REPLACE, false);

        assertThat(count(database, "select count(*) from vss_referent")).isEqualTo(1_000 + DEMO_REFERENTS);
        assertThat(journaled("referent.remove")).isEqualTo(2 * N - 1_000);
        System.out.printf("%s: import of %d référents %d ms, replace by %d %d ms (%d and %d statements)%n",
                getClass().getSimpleName(), N, createdIn / 1_000_000, 2 * N, replacedIn / 1_000_000, created.size(),
                replaced.size());
    }

    private long journaled(String action) throws SQLException {
        return count(database, "select count(*) from vss_journal where action = '" + action + "'");
    }
}
