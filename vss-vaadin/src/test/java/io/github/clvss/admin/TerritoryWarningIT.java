package io.github.clvss.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.shared.Provenance;
import io.github.clvss.core.territory.DepartmentCode;
import io.github.clvss.core.territory.InseeCode;
import io.github.clvss.core.territory.Siren;
import io.github.clvss.core.territory.TerritoryFacts;
import io.github.clvss.core.territory.TerritoryKind;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The territories screen in a real headless Chromium: a commune nouvelle whose SIREN does not
 * follow its INSEE code is listed with vss-core's warning in words, and the screen passes axe.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vss.data-dir=./target/it-data/${random.uuid}", "vaadin.devmode.devTools.enabled=false"})
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TerritoryWarningIT {

    @LocalServerPort
    int port;

    @Autowired
    Vss vss;

    private Browser admin;

    @BeforeAll
    void start() {
        vss.territories().register(Actor.system(), new TerritoryFacts(TerritoryKind.COMMUNE, "Commune nouvelle d’essai",
                Optional.of(new InseeCode("01998")), new DepartmentCode("01"), new Siren("200000172"), Optional.empty(),
                Optional.empty(), ZoneId.of("Europe/Paris")), Provenance.ENTERED);
        admin = new Browser(port, 1280, 900);
        admin.signIn("admin", "demo-admin-vss");
    }

    @AfterAll
    void stop() {
        admin.close();
    }

    @Test
    void a_siren_that_does_not_follow_the_insee_code_is_said_in_words_beside_the_commune_and_the_screen_passes_axe() {
        admin.open("/territoires");
        admin.waitFor(By.id("territory-create"));
        admin.waitForText("Commune nouvelle d’essai");
        admin.waitForText("À vérifier : Le SIREN 200000172 ne suit pas le code INSEE 01998");

        assertThat(admin.driver().findElements(By.cssSelector(".vss-warning"))).hasSize(1);
        assertThat(admin.seriousViolations()).isEmpty();
        admin.screenshot("territories-siren-warning");
    }
}
