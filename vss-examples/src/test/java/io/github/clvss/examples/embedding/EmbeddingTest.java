package io.github.clvss.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's embedding example, run on the H2 data sources a newcomer reaches for. */
class EmbeddingTest {

    static final List<String> DEMO_CONTRACT =
            List.of("Contrat de mobilisation et de coordination locale sur les violences sexistes et sexuelles");

    private static String memory() {
        return "jdbc:h2:mem:readme-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    @Test
    void on_h2s_plain_data_source_it_loads_the_demo_town_and_a_second_run_finds_it_again() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(memory());

        assertThat(Embedding.demoContracts(dataSource)).isEqualTo(DEMO_CONTRACT);
        assertThat(Embedding.demoContracts(dataSource)).as("the database keeps the town: the file replaces it")
                .isEqualTo(DEMO_CONTRACT);
    }

    @Test
    void on_h2s_plain_data_source_in_a_file_kept_between_runs(@TempDir Path folder) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + folder.resolve("town"));

        assertThat(Embedding.demoContracts(dataSource)).isEqualTo(DEMO_CONTRACT);
        assertThat(Embedding.demoContracts(dataSource)).as("the file keeps the town: the file replaces it")
                .isEqualTo(DEMO_CONTRACT);
        assertThat(folder.resolve("town.mv.db")).isRegularFile();
    }

    @Test
    void its_main_prints_the_contracts_of_the_town_it_loaded(@TempDir Path folder) {
        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            Embedding.main(new String[] {"jdbc:h2:file:" + folder.resolve("main")});
        } finally {
            System.setOut(console);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8).strip()).isEqualTo(DEMO_CONTRACT.getFirst());
    }

    @Test
    void on_h2s_own_connection_pool() {
        JdbcConnectionPool pool = JdbcConnectionPool.create(memory(), "sa", "");
        try {
            assertThat(Embedding.demoContracts(pool)).isEqualTo(DEMO_CONTRACT);
        } finally {
            pool.dispose();
        }
    }

    @Test
    void on_a_hikari_pool_that_retires_the_connection_that_migrated() {
        try (HikariDataSource hikari = new HikariDataSource()) {
            hikari.setJdbcUrl(memory());
            hikari.setMaximumPoolSize(2);
            assertThat(Embedding.demoContracts(hikari)).isEqualTo(DEMO_CONTRACT);
            hikari.getHikariPoolMXBean().softEvictConnections();
            assertThat(Embedding.demoContracts(hikari)).isEqualTo(DEMO_CONTRACT);
        }
    }
}
