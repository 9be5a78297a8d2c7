package io.github.clvss.admin;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The residents' help page and the public data, logged out, in a real headless Chromium. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vss.data-dir=./target/it-data/${random.uuid}", "vaadin.devmode.devTools.enabled=false",
            "vss.help.exit-url=about:blank"})
@ActiveProfiles("demo")
class HelpPageIT {

    private static final List<String> NUMBERS = List.of("17", "15", "112", "3919", "119", "3977", "116 006", "115",
            "01 99 00 11 99");

    @LocalServerPort
    int port;

    @Test
    void without_javascript_the_page_holds_every_number_and_sets_no_cookie_under_a_strict_policy() {
        try (Browser http = new Browser(port)) {
            HttpResponse<byte[]> page = http.fetch("/aide/92012");
            String html = new String(page.body(), StandardCharsets.UTF_8);

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Set-Cookie")).isEmpty();
            assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                    .contains("default-src 'none'", "script-src 'self'", "style-src 'sha256-").doesNotContain("unsafe"));
            assertThat(page.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
            NUMBERS.forEach(number -> assertThat(html).contains(">Appeler le " + number + "<"));
            assertThat(html).contains(">SMS au 114<");
            assertThat(html).contains("Quitter rapidement").contains("lang=\"fr\"");
            assertThat(new String(http.fetch("/aide/92012?lang=en").body(), StandardCharsets.UTF_8))
                    .contains("lang=\"en\"", "Leave quickly", "Call 3919");
        }
    }

    @Test
    void on_a_phone_and_on_a_desktop_the_page_passes_the_audit_and_asks_nothing_outside_localhost() {
        for (int[] size : new int[][] {{375, 812}, {1280, 900}}) {
            try (Browser browser = new Browser(port, size[0], size[1])) {
                browser.open("/aide/92012");
                browser.waitFor(By.id("quick-exit"));
                browser.screenshot("help-" + size[0]);

                assertThat(browser.seriousViolations()).as(size[0] + " px").isEmpty();
                List<?> requested = (List<?>) ((JavascriptExecutor) browser.driver()).executeScript(
                        "return performance.getEntries().map(e => e.name).filter(n => n.startsWith('http'));");
                assertThat(requested).isNotEmpty().allSatisfy(url -> assertThat(url.toString()).startsWith("http://localhost:" + port + "/"));
                assertThat(browser.driver().manage().getCookies()).isEmpty();
            }
        }
    }

    @Test
    void the_quick_exit_works_with_the_mouse_and_the_keyboard_and_cannot_be_gone_back_to() {
        try (Browser browser = new Browser(port)) {
            browser.open("/aide/92012");
            browser.waitFor(By.id("quick-exit")).click();
            waitForExit(browser);

            browser.open("/aide/92012");
            browser.waitFor(By.id("quick-exit"));
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("quick-exit");
            browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
            waitForExit(browser);

            browser.open("/aide/92012");
            WebElement body = browser.waitFor(By.tagName("body"));
            body.sendKeys(Keys.ESCAPE);
            waitForExit(browser);
            browser.driver().navigate().back();
            assertThat(browser.driver().getCurrentUrl()).as("the help page was replaced in the history").doesNotEndWith("/aide/92012");
        }
    }

    @Test
    void a_resource_edited_in_the_admin_app_shows_at_once_on_the_help_page_and_in_the_open_data() {
        try (Browser browser = new Browser(port)) {
            browser.signIn("coordination", "demo-coordination");
            browser.open("/ressources");
            browser.waitForText("Allô Enfance en Danger");
            // the list shows all its rows: the page scrolls to the one to change
            WebElement edit = browser.waitFor(By.xpath("//vaadin-button[@aria-label='Modifier Permanence d’accueil des victimes (démo)']"));
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", edit);
            edit.click();
            WebElement phone = browser.waitFor(By.xpath(
                    "//vaadin-text-field[label[normalize-space()='Téléphone']]//input"));
            phone.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, "01 99 00 12 34");
            browser.driver().findElement(By.xpath("//vaadin-button[normalize-space()='Enregistrer']")).click();
            browser.waitForText("Modification enregistrée");

            assertThat(new String(browser.fetch("/aide/92012").body(), StandardCharsets.UTF_8)).contains("Appeler le 01 99 00 12 34");
            assertThat(new String(browser.fetch("/public/92012/ressources.json").body(), StandardCharsets.UTF_8))
                    .contains("\"phone\" : \"+33199001234\"");
            assertThat(new String(browser.fetch("/public/92012/ressources.csv").body(), StandardCharsets.UTF_8))
                    .startsWith("id,scope,department,kind,name").contains("+33199001234");
        }
    }

    @Test
    void the_calendar_shows_the_demo_campaigns_and_its_feed_parses() {
        try (Browser browser = new Browser(port)) {
            browser.signIn("coordination", "demo-coordination");
            browser.open("/communication");
            browser.waitForText("Interventions dans les collèges (démo)");
            browser.screenshot("communication");
            assertThat(browser.seriousViolations()).isEmpty();

            HttpResponse<byte[]> feed = browser.fetch("/public/92012/communication.ics");
            ICalendar calendar = Biweekly.parse(new String(feed.body(), StandardCharsets.UTF_8)).first();
            assertThat(feed.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
            assertThat(calendar.getEvents()).extracting(e -> e.getSummary().getValue())
                    .contains("Interventions dans les collèges (démo)", "Affichage du 3919 chez les commerçants (démo)");
        }
    }

    private static void waitForExit(Browser browser) {
        browser.waiting(java.time.Duration.ofSeconds(10))
                .until(driver -> "about:blank".equals(driver.getCurrentUrl()));
    }
}
