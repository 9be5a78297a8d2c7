package io.github.clvss.admin;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import io.github.clvss.admin.config.ObligationReminders;
import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.followup.ComplianceStatus;
import io.github.clvss.core.followup.DemoFollowUp;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
 * The coordinator's dashboard in headless Chromium on the demo follow-up (a first year marked
 * as demo data), with the clock 13 months after the last yearly meeting of the signatories
 * (13 June 2024): overdue on screen and in the service, a notification out; the diagnostic
 * masks the small count; the invitation's iCalendar file carries the local times.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vss.data-dir=./target/it-data/${random.uuid}", "vaadin.devmode.devTools.enabled=false",
            "vss.reminders.initial-delay=PT24H"})
@ActiveProfiles("demo")
@Import(FollowUpJourneyIT.Time.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FollowUpJourneyIT {

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        MutableClock followUpClock() {
            // the demo data starts on the day its file's story describes (its first year, no later years)
            return new MutableClock(Instant.parse("2024-07-01T08:00:00Z"));
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    Vss vss;

    @Autowired
    MutableClock clock;

    @Autowired
    ObligationReminders reminders;

    private Browser browser;

    @BeforeAll
    void start() {
        clock.set(Instant.parse("2025-07-14T08:00:00Z"));
        browser = new Browser(port, 1400, 1000);
        browser.signIn("coordination", "demo-coordination");
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    @Test
    void thirteen_months_after_the_last_yearly_meeting_the_dashboard_and_the_service_say_overdue_and_a_notice_goes_out()
            throws IOException {
        assertThat(vss.obligations().compliance(Actor.system(), DemoFollowUp.CONTRACT))
                .extracting(c -> c.status()).containsExactly(ComplianceStatus.OVERDUE);

        browser.open("/");
        browser.waitFor(By.id("dashboard"));
        assertThat(browser.waitFor(By.id("dashboard-obligations")).getText()).contains("En retard").contains("13 juin 2024");
        assertThat(browser.driver().findElement(By.id("dashboard-late-count")).getText()).doesNotStartWith("0 ");
        browser.waitFor(By.cssSelector(".vss-chart svg"));
        assertThat(browser.seriousViolations()).isEmpty();
        browser.screenshot("dashboard");

        reminders.remind();
        reminders.remind();
        browser.open("/notifications");
        browser.waitForText("réunion des signataires en retard");
        String page = browser.driver().getPageSource();
        assertThat(page.split("réunion des signataires en retard", -1)).as("one notice, however often it runs").hasSize(2);

        browser.open("/");
        HttpResponse<byte[]> pdf = browser.fetch("/" + browser.waitFor(By.id("dashboard-diagnostic-pdf")).getDomAttribute("href"));
        assertThat(pdf.statusCode()).isEqualTo(200);
        Files.write(Path.of("target/screenshots/diagnostic.pdf"), pdf.body());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("12").contains("< 5");
        }

        HttpResponse<byte[]> ics = browser.fetch("/documents/meetings/" + DemoFollowUp.STEERING_COMMITTEE_2024
                + "/invitation.ics");
        assertThat(ics.statusCode()).isEqualTo(200);
        ICalendar calendar = Biweekly.parse(new String(ics.body(), StandardCharsets.UTF_8)).first();
        VEvent event = calendar.getEvents().getFirst();
        assertThat(ZonedDateTime.ofInstant(event.getDateStart().getValue().toInstant(), ZoneId.of("Europe/Paris")))
                .isEqualTo(ZonedDateTime.of(2024, 6, 13, 18, 0, 0, 0, ZoneId.of("Europe/Paris")));
    }
}
