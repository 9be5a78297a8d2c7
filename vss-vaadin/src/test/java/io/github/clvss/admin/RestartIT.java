package io.github.clvss.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.account.Account;
import io.github.clvss.core.account.Login;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.territory.InseeCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The embedded default keeps its data in a file: stop the application, start it again, the data is there. */
class RestartIT {

    @Test
    void data_entered_before_a_restart_is_still_there_after_it() {
        Path dataDir = Path.of("target", "it-data", "restart-" + UUID.randomUUID());
        String[] settings = {"--vss.data-dir=./" + dataDir, "--server.port=0", "--vaadin.devmode.devTools.enabled=false"};

        try (ConfigurableApplicationContext first = new SpringApplicationBuilder(VssAdminApplication.class)
                .profiles("demo").run(settings)) {
            first.getBean(Vss.class).accounts().open(Actor.system(), Account.open(first.getBean(Vss.class).clock(),
                    new Login("entree.avant.arret"), "Saisie avant l’arrêt", Optional.empty(), Language.FR, Set.of()),
                    Optional.empty());
        }
        assertThat(Files.exists(dataDir.resolve("vss.mv.db"))).isTrue();

        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(VssAdminApplication.class).run(settings)) {
            Vss vss = second.getBean(Vss.class);
            assertThat(vss.accounts().idOf(Actor.system(), new Login("entree.avant.arret"))).isPresent();
            assertThat(vss.territories().findByInseeCode(Actor.system(), new InseeCode("92012"))).isPresent();
        }
    }
}
