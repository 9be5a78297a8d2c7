package io.github.clvss.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

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
