package io.github.clvss.core;

import static io.github.clvss.core.Fixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.clvss.core.access.Actor;
import io.github.clvss.core.shared.Provenance;
import io.github.clvss.core.territory.InseeCode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VssTest {

    @Test
    void an_h2_file_database_keeps_its_data_when_vss_is_closed_and_opened_again(@TempDir Path directory) {
        Path file = directory.resolve("vss");
        try (Vss vss = Vss.builder().h2File(file).clock(CLOCK).build()) {
            vss.territories().register(Actor.system(), Fixtures.boulogne(), Provenance.SEED);
        }

        assertThat(Files.exists(directory.resolve("vss.mv.db"))).isTrue();
        try (Vss reopened = Vss.builder().h2File(file).clock(CLOCK).build()) {
            assertThat(reopened.territories().findByInseeCode(Actor.system(), new InseeCode("92012")))
                    .hasValueSatisfying(t -> assertThat(t.name()).isEqualTo("Boulogne-Billancourt"));
        }
    }

    @Test
    void two_in_memory_instances_do_not_share_data() {
        try (Vss one = Vss.inMemory(CLOCK); Vss other = Vss.inMemory(CLOCK)) {
            one.territories().register(Actor.system(), Fixtures.boulogne(), Provenance.SEED);

            assertThat(one.territories().count(Actor.system())).isEqualTo(1);
            assertThat(other.territories().count(Actor.system())).isZero();
        }
    }
}
