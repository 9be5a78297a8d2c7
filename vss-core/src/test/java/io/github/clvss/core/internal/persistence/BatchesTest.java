package io.github.clvss.core.internal.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.partner.Referent;
import io.github.clvss.core.partner.ReferentDetails;
import io.github.clvss.core.partner.ReferentId;
import io.github.clvss.core.shared.Provenance;
import java.util.Optional;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.exception.IntegrityConstraintViolationException;
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

    @Test
    void a_batch_the_database_refuses_for_a_constraint_fails_as_a_constraint_violation_and_writes_nothing() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:batches-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Persistence storage = Persistence.open(h2);
        TerritoryId territory = new TerritoryId(UUID.randomUUID());
        PartnerId noSuchPartner = new PartnerId(UUID.randomUUID());
        List<Referent> referents = IntStream.range(0, 3).mapToObj(i -> new Referent(new ReferentId(UUID.randomUUID()), 0,
                noSuchPartner, territory, Optional.of(new ReferentDetails("Référente " + i, "Accueil", Optional.empty(),
                        Optional.empty(), Optional.empty())), Optional.empty(), Optional.empty(), false, Provenance.ENTERED))
                .toList();

        assertThatThrownBy(() -> storage.referents().addAll(referents))
                .isInstanceOf(IntegrityConstraintViolationException.class)
                .hasMessageNotContaining("Référente");
        assertThat(storage.referents().findAll(referents.stream().map(Referent::id).toList())).isEmpty();
    }
}
