package io.github.clvss.core.internal.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clvss.core.partner.ReferentId;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class BatchesTest {

    @Test
    void looking_up_more_ids_than_an_h2_array_may_hold_still_answers_in_one_statement() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:batches-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Persistence storage = Persistence.open(h2);
        List<ReferentId> ids = IntStream.range(0, 70_000).mapToObj(i -> new ReferentId(UUID.randomUUID())).toList();

        assertThat(ids.size()).as("H2 refuses an array of more than 65,536 elements").isGreaterThan(65_536);
        assertThat(storage.referents().findAll(ids)).isEmpty();
    }
}
