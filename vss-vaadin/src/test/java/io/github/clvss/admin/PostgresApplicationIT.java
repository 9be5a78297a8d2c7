package io.github.clvss.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.account.Login;
import io.github.clvss.core.territory.InseeCode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The application on PostgreSQL, by configuration only (the README's settings). */
class PostgresApplicationIT {

    @Test
    void the_application_runs_on_postgresql_when_configured_to() throws IOException {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
                ConfigurableApplicationContext app = new SpringApplicationBuilder(VssAdminApplication.class)
                        .profiles("demo")
                        .run("--spring.datasource.url=jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
                                "--spring.datasource.username=postgres", "--spring.datasource.password=",
                                "--server.port=0", "--vaadin.devmode.devTools.enabled=false")) {
            Vss vss = app.getBean(Vss.class);

            assertThat(vss.territories().findByInseeCode(Actor.system(), new InseeCode("92012"))).isPresent();
            assertThat(vss.accounts().idOf(Actor.system(), new Login("coordination"))).isPresent();
        }
    }
}
