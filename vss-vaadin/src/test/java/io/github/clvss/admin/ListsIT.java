package io.github.clvss.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The lists, as the coordinator sees them on the demo, at 1280 px and on a phone (375 px): each
 * says how many rows it has and shows them all (no list clipped to a few rows with empty space
 * below), a row just added is selected and in sight, and on a phone the header keeps a menu
 * from which "Se déconnecter" is reached. Every screen passes axe at both widths.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vss.data-dir=./target/it-data/${random.uuid}", "vaadin.devmode.devTools.enabled=false"})
@ActiveProfiles("demo")
class ListsIT {

    /** The screens with a list, and the words of their count line. */
    private static final List<List<String>> LISTS = List.of(
            List.of("/partenaires", "partenaires"), List.of("/ressources", "adresses"), List.of("/actions", "actions"),
            List.of("/referents", "référent"), List.of("/reunions", "réunion"), List.of("/indicateurs", "indicateur"),
            List.of("/deliberations", "délibération"), List.of("/circuits", "circuit"), List.of("/journal", "entrées"));

    /** The lists that read as cards on a phone. */
    private static final List<String> CARDS = List.of("/partenaires", "/ressources", "/actions", "/journal");

    /**
     * Whether the first row reads as a card: a single column shown, its fields one under another,
     * each with its column's name, inside the grid's width.
     */
    private static final String ONE_CARD = """
            const grid = document.querySelector('vaadin-grid.vss-rows-cards');
            const shown = [...grid.querySelectorAll('vaadin-grid-column')].filter(c => !c.hidden);
            const card = grid.querySelector('.vss-card-row');
            if (shown.length !== 1 || !card) { return 'columns: ' + shown.length; }
            const fields = [...card.querySelectorAll('.vss-card-field')];
            const labelled = fields.filter(f => f.querySelector('.vss-card-label'));
            const tops = fields.map(f => f.getBoundingClientRect().top);
            const inside = fields.every(f => f.getBoundingClientRect().right <= grid.getBoundingClientRect().right + 1);
            return fields.length >= 2 && labelled.length >= 2 && tops.every((t, i) => i === 0 || t > tops[i - 1]) && inside
                ? 'stacked' : 'fields ' + fields.length + ', labelled ' + labelled.length + ', inside ' + inside;
            """;

    /** Whether every row of the page's first grid is drawn: none hidden below a scroll. */
    private static final String ALL_ROWS_SHOWN = """
            const grid = document.querySelector('vaadin-grid.vss-rows-counted');
            if (!grid) { return 'no grid'; }
            const scroller = grid.shadowRoot.querySelector('#table');
            return grid.allRowsVisible ? 'all' : (scroller.scrollHeight <= scroller.clientHeight + 1 ? 'fits' : 'scrolls');
            """;

    @LocalServerPort
    int port;

    private Browser browser;

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void at_1280_px_each_list_says_how_many_rows_it_has_and_shows_them_all() {
        browser = new Browser(port, 1280, 900);
        browser.signIn("coordination", "demo-coordination");
        for (List<String> list : LISTS) {
            browser.open(list.get(0));
            WebElement count = browser.waitFor(By.cssSelector(".vss-count"));
            browser.waiting(Duration.ofSeconds(30)).until(d -> !count.getText().isBlank());
            assertThat(count.getText()).as(list.get(0)).containsPattern("^(\\d+|Aucune?) .*" + list.get(1).substring(0, 4));
            if (!list.get(0).equals("/journal")) {
                assertThat(js(ALL_ROWS_SHOWN)).as(list.get(0)).isEqualTo("all");
            }
            assertThat(browser.seriousViolations()).as(list.get(0)).isEmpty();
            browser.screenshot("lists-1280" + list.get(0).replace('/', '-'));
        }
        browser.open("/partenaires");
        browser.waitFor(By.cssSelector(".vss-count"));
        assertThat(browser.waitFor(By.cssSelector(".vss-count")).getText()).isEqualTo("8 partenaires");
    }

    @Test
    void an_action_just_added_is_selected_and_in_sight() {
        browser = new Browser(port, 1280, 900);
        browser.signIn("coordination", "demo-coordination");
        browser.open("/actions");
        browser.waitFor(By.id("actions-add")).click();
        WebElement title = browser.waitFor(By.xpath("//vaadin-text-field[.//label[normalize-space()='Action']]//input"));
        title.sendKeys("Former les agents d’accueil de la mairie");
        browser.driver().findElement(By.xpath("//vaadin-select[.//label[normalize-space()='Partenaire pilote']]")).click();
        browser.waiting(Duration.ofSeconds(10)).until(d -> {
            List<WebElement> items = d.findElements(By.tagName("vaadin-select-item")).stream()
                    .filter(item -> !String.valueOf(item.getAttribute("id")).startsWith("value-"))
                    .filter(WebElement::isDisplayed).toList();
            if (items.size() < 2) {
                return false;
            }
            items.get(1).click();
            return true;
        });
        browser.driver().findElements(By.xpath("//vaadin-button[normalize-space()='Enregistrer']")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElseThrow().click();
        browser.waiting(Duration.ofSeconds(30)).until(d -> "1".equals(js(
                "const g = document.querySelector('vaadin-grid.vss-rows-counted'); return String(g.selectedItems.length);")));
        String selected = js("""
                const grid = document.querySelector('vaadin-grid.vss-rows-counted');
                const row = [...grid.shadowRoot.querySelectorAll('tr[selected]')][0];
                if (!row) { return 'none'; }
                const box = row.getBoundingClientRect();
                const text = [...row.querySelectorAll('slot')].map(s => s.assignedNodes().map(n => n.textContent).join(' ')).join(' ');
                return (box.top >= 0 && box.bottom <= window.innerHeight ? 'in sight: ' : 'out of sight: ') + text;
                """);
        browser.screenshot("lists-action-added");
        assertThat(selected).startsWith("in sight: ").contains("Former les agents d’accueil de la mairie");
    }

    @Test
    void on_a_phone_the_header_folds_into_a_menu_that_reaches_sign_out_and_lists_stay_readable() {
        browser = new Browser(port, 375, 812);
        // headless Chromium keeps windows at least 500 px wide: the phone's 375 px are emulated
        ((org.openqa.selenium.chromium.HasCdp) browser.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", 375, "height", 812, "deviceScaleFactor", 1, "mobile", true));
        browser.signIn("coordination", "demo-coordination");
        assertThat(js("return String(window.innerWidth)")).isEqualTo("375");
        for (List<String> list : LISTS) {
            browser.open(list.get(0));
            browser.waitFor(By.cssSelector(".vss-count"));
            assertThat(js("return String(document.documentElement.scrollWidth <= window.innerWidth + 1)"))
                    .as("no sideways scroll of the page on " + list.get(0)).isEqualTo("true");
            assertThat(browser.seriousViolations()).as(list.get(0)).isEmpty();
            browser.screenshot("lists-375" + list.get(0).replace('/', '-'));
        }
        for (String cards : CARDS) {
            browser.open(cards);
            browser.waitFor(By.cssSelector("vaadin-grid.vss-rows-cards .vss-card-label"));
            assertThat(js(ONE_CARD)).as(cards).isEqualTo("stacked");
            assertThat(js("return String(document.documentElement.scrollWidth <= window.innerWidth + 1)"))
                    .as("no sideways scroll of the page on " + cards).isEqualTo("true");
            assertThat(browser.seriousViolations()).as(cards).isEmpty();
            browser.screenshot("lists-375-cards" + cards.replace('/', '-'));
        }
        // an action's card names its commitment in words ("objectif 3"), never by its id ("obj-3")
        browser.open("/actions");
        browser.waitFor(By.cssSelector("vaadin-grid.vss-rows-cards .vss-card-label"));
        String actionCards = js("return [...document.querySelectorAll('vaadin-grid.vss-rows-cards .vss-card-row')]"
                + ".map(c => c.textContent).join(' | ')");
        assertThat(actionCards).containsPattern("(?i)objectif \\d").doesNotContainPattern("obj-\\d");
        // the logigramme is drawn for the phone's width: nothing scrolls sideways, no text under 12 px
        browser.open("/logigramme");
        WebElement narrow = browser.waitFor(By.cssSelector("#logigramme-picture svg.vss-logigramme-narrow"));
        @SuppressWarnings("unchecked")
        List<String> unreadable = (List<String>) ((JavascriptExecutor) browser.driver()).executeScript("""
                const svg = arguments[0], region = svg.parentElement, box = svg.getBoundingClientRect(), out = [];
                if (box.width === 0) out.push('the phone drawing is not shown');
                if (region.querySelector('svg.vss-logigramme-wide').getBoundingClientRect().width !== 0) out.push('the wide drawing is shown');
                if (region.scrollWidth > region.clientWidth + 1) out.push('the drawing scrolls sideways');
                if (document.documentElement.scrollWidth > window.innerWidth + 1) out.push('the page scrolls sideways');
                if (box.right > window.innerWidth + 1) out.push('the drawing ends at ' + box.right + ' px');
                for (const t of svg.querySelectorAll('text')) {
                  const px = parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a;
                  if (px < 12) out.push(px + ' px: ' + t.textContent);
                }
                return out;""", narrow);
        assertThat(unreadable).isEmpty();
        assertThat(browser.seriousViolations()).as("/logigramme").isEmpty();
        browser.screenshot("lists-375-logigramme");
        browser.open("/partenaires");
        browser.waitFor(By.cssSelector(".vss-count"));
        browser.driver().findElement(By.cssSelector("vaadin-drawer-toggle")).click();
        WebElement signOut = browser.waiting(Duration.ofSeconds(10)).until(d -> d.findElements(
                By.xpath("//vaadin-button[normalize-space()='Se déconnecter']")).stream().filter(WebElement::isDisplayed)
                .findFirst().orElse(null));
        assertThat(browser.seriousViolations()).isEmpty();
        browser.screenshot("lists-375-menu");
        signOut.click();
        browser.waiting(Duration.ofSeconds(30)).until(d -> browser.showsSignIn());
    }

    private String js(String script) {
        return String.valueOf(((JavascriptExecutor) browser.driver()).executeScript(
                script.contains("return") ? script : "return " + script));
    }
}
