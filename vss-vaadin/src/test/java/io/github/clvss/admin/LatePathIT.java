package io.github.clvss.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.Grant;
import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.path.ConsentScope;
import io.github.clvss.core.path.ConsentStatus;
import io.github.clvss.core.path.Handover;
import io.github.clvss.core.path.VictimPath;
import io.github.clvss.core.scenario.ScenarioFiles;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;

/**
 * A referral the CIDFF does not acknowledge before its deadline (seven days, the decision
 * asking to act within days), in headless Chromium on the demo data: on time it is not marked;
 * once the clock has passed the deadline, it shows as late in the CIDFF's inbox, on the
 * hospital's path page and on the coordinator's dashboard tile (counts only).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vss.data-dir=./target/it-data/${random.uuid}", "vaadin.devmode.devTools.enabled=false",
            "vss.reminders.initial-delay=PT24H"})
@ActiveProfiles("demo")
@Import(LatePathIT.Time.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LatePathIT {

    private static final Instant SENT = Instant.parse("2026-12-01T09:00:00Z");
    private static final String HOSPITAL = "Centre hospitalier Ambroise-Paré";
    private static final String CIDFF = "CIDFF des Hauts-de-Seine Sud";

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        MutableClock pathClock() {
            return new MutableClock(SENT);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    Vss vss;

    @Autowired
    MutableClock clock;

    private Browser cidff;
    private Browser hospital;
    private Browser coordinator;
    private VictimPath path;
    private Handover sent;

    @BeforeAll
    void start() {
        TerritoryId boulogne = DemoPartners.boulogne(vss);
        PartnerId hospitalId = DemoPartners.named(vss, boulogne, HOSPITAL);
        Actor doctor = Actor.user("hopital-late-it", Grant.partner(boulogne, hospitalId));
        path = vss.paths().open(doctor, boulogne, hospitalId, ScenarioFiles.readSituation("""
                {"age": "ADULT", "relation": "PARTNER", "violences": ["PSYCHOLOGICAL"], "recency": "WITHIN_MONTH",
                 "consent": "GIVEN", "asker": ["HEALTH_PROFESSIONAL"]}
                """.getBytes(StandardCharsets.UTF_8)).asOptional().orElseThrow(), Optional.empty());
        vss.paths().recordConsent(doctor, path.id(), ConsentStatus.GIVEN, ConsentScope.anyHandover());
        sent = vss.paths().handOver(doctor, path.id(), DemoPartners.named(vss, boulogne, CIDFF), Optional.empty());
        cidff = new Browser(port);
        cidff.signIn("cidff", "demo-cidff-vss");
        hospital = new Browser(port);
        hospital.signIn("hopital", "demo-hopital-vss");
        coordinator = new Browser(port);
        coordinator.signIn("coordination", "demo-coordination");
    }

    @AfterAll
    void stop() {
        cidff.close();
        hospital.close();
        coordinator.close();
    }

    @Test
    void a_referral_not_acknowledged_by_its_deadline_shows_as_late_to_the_receiver_the_opener_and_the_coordinator() {
        assertThat(sent.deadline()).isEqualTo(SENT.plus(Duration.ofDays(7)));
        String reference = path.reference().readable();

        cidff.open("/adressages");
        cidff.waitFor(By.xpath("//a[normalize-space()='" + reference + "']"));
        assertThat(lateTags(cidff)).isZero();
        hospital.open("/parcours/" + reference.replace("-", ""));
        hospital.waitForText("De " + HOSPITAL + " à " + CIDFF);
        assertThat(lateTags(hospital)).isZero();
        coordinator.open("/");
        assertThat(coordinator.waitFor(By.id("dashboard-late-handovers-count")).getText()).startsWith("0 adressage");

        clock.set(sent.deadline().plus(Duration.ofHours(26)));

        cidff.open("/adressages");
        cidff.waitFor(By.xpath("//a[normalize-space()='" + reference + "']"));
        assertThat(lateTags(cidff)).isEqualTo(1);
        assertThat(cidff.seriousViolations()).isEmpty();
        cidff.screenshot("path-late-inbox");

        hospital.open("/parcours/" + reference.replace("-", ""));
        hospital.waitForText("De " + HOSPITAL + " à " + CIDFF);
        assertThat(lateTags(hospital)).isEqualTo(1);
        assertThat(hospital.seriousViolations()).isEmpty();
        hospital.screenshot("path-late-page");

        coordinator.open("/");
        var tileElement = coordinator.waitFor(By.id("dashboard-late-handovers"));
        ((org.openqa.selenium.JavascriptExecutor) coordinator.driver()).executeScript("arguments[0].scrollIntoView()", tileElement);
        String tile = tileElement.getText();
        assertThat(coordinator.waitFor(By.id("dashboard-late-handovers-count")).getText())
                .isEqualTo("1 adressage(s) en retard");
        assertThat(tile).contains("dont 1 jamais lu(s)").contains("le plus ancien : 1 jour(s) et 2 heure(s) après son échéance")
                .doesNotContain(reference).doesNotContain(HOSPITAL);
        assertThat(coordinator.seriousViolations()).isEmpty();
        coordinator.screenshot("path-late-dashboard");
    }

    /** How many "En retard" tags the page shows. */
    private static int lateTags(Browser browser) {
        return browser.driver().findElements(By.xpath("//span[contains(@class,'vss-tag-urgent')][normalize-space()='En retard']"))
                .size();
    }

}
