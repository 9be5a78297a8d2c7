package io.github.clvss.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

/** The README's embedding example on PostgreSQL. */
class EmbeddingIT {

    @Test
    void on_postgresql_it_loads_the_demo_town_and_a_second_run_finds_it_again() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            assertThat(Embedding.demoContracts(postgres.getPostgresDatabase())).isEqualTo(EmbeddingTest.DEMO_CONTRACT);
            assertThat(Embedding.demoContracts(postgres.getPostgresDatabase())).isEqualTo(EmbeddingTest.DEMO_CONTRACT);
        }
    }
}
