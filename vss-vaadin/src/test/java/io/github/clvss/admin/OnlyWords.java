package io.github.clvss.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.territory.InseeCode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.test.context.ActiveProfiles;

/**
 * People read words, never a code: every screen of the application (every {@code @Route},
 * found on the class path), opened by the administrator, the coordinator and a partner, in
 * French and in English, shows no missing translation key ({@code !record.campaign}), no JSON
 * path, no exception, no ISO date and no year grouped like a number — in its visible text and in
 * the text inside its components' shadow roots. The pages a wrong address leads to too. Each
 * person's walk is its own class, so that the test forks share the walks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vss.data-dir=./target/it-data/${random.uuid}", "vaadin.devmode.devTools.enabled=false"})
@ActiveProfiles("demo")
abstract class OnlyWords {

    private static final Map<String, Pattern> TECHNICAL = Map.of(
            "missing translation key", Pattern.compile("(?<![\\w!])![a-z][a-z0-9-]*(\\.[a-z0-9-]+)+"),
            "JSON path", Pattern.compile("\\$\\.[a-z]"),
            "exception class", Pattern.compile("\\b[a-z]+(\\.[a-z]+)+\\.[A-Z]\\w*(Exception|Error)\\b|Exception:"),
            "code", Pattern.compile("(?<![\\w./@:-])(account|campaign|circuit|contract|deliberation|indicator|institution|journal"
                    + "|partner|referent|resource|territory|meeting|action|obligation|branding|notification|document)"
                    + "\\.[a-z][a-z-]*(\\.[a-z-]+)*(?![\\w/@-])"),
            "ISO date", Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b"),
            "grouped year", Pattern.compile("\\b(1[\\s\\u00a0\\u202f]9|2[\\s\\u00a0\\u202f]0)\\d{2}\\b"));

    /** Every text of the page, the shadow roots of its components included. */
    private static final String TEXT = """
            const parts = [];
            const walk = (root) => {
              const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
              let node = walker.currentNode;
              while (node) {
                if (node.nodeType === Node.TEXT_NODE) {
                  const parent = node.parentElement;
                  if (!parent || !['STYLE', 'SCRIPT', 'TEMPLATE'].includes(parent.tagName)) { parts.push(node.textContent); }
                } else if (node.shadowRoot) {
                  walk(node.shadowRoot);
                }
                node = walker.nextNode();
              }
            };
            walk(document.body);
            return document.title + '\\n' + parts.join(' ');
            """;

    @LocalServerPort
    int port;

    @Autowired
    Vss vss;

    Browser browser;

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    /** Walks every screen as {@code login}, in French and in English, and checks the words and axe. */
    void walk(String login, String password) {
        browser = new Browser(port);
        browser.signIn(login, password);
        List<String> found = new ArrayList<>();
        List<String> inaccessible = new ArrayList<>();
        Actor system = Actor.system();
        String otherTownsContract = "contrats/" + vss.contracts().list(system,
                vss.territories().findByInseeCode(system, new InseeCode("92040")).orElseThrow().id(), PageRequest.first(1))
                .getFirst().id();
        for (String language : List.of("Français", "English")) {
            choose(language);
            for (String path : paths()) {
                browser.open("/" + path);
                settle();
                List<String> words = technical(language + " /" + path, text());
                List<String> axe = language.equals("Français")
                        ? browser.seriousViolations().stream().map(violation -> "/" + path + ": " + violation).toList()
                        : List.of();
                if (!words.isEmpty() || !axe.isEmpty()) { // a picture of a page at fault only: one of each costs minutes
                    browser.screenshot("words-" + login + "-" + language + "-" + path.replaceAll("[^a-z0-9-]", "_"));
                }
                found.addAll(words);
                inaccessible.addAll(axe);
                // the page's main dialog: the form its "add" button opens
                List<WebElement> adds = browser.driver().findElements(By.cssSelector("vaadin-button[id$='-add']")).stream()
                        .filter(WebElement::isDisplayed).toList();
                if (!adds.isEmpty()) {
                    adds.getFirst().click();
                    settle();
                    found.addAll(technical(language + " /" + path + " (dialog)", text()));
                    browser.driver().findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.ESCAPE);
                }
                if (browser.driver().getTitle().isBlank()) {
                    found.add(language + " /" + path + ": no title");
                }
                boolean french = language.equals("Français");
                if (path.startsWith("nimporte")) {
                    // a mistyped address: not found, in words, inside the menu — never "access denied"
                    found.addAll(errorPage(language + " /" + path, french ? "Page introuvable" : "Page not found", 404));
                }
                if (path.equals(otherTownsContract) && login.equals("coordination")) {
                    // another town's contract: not found, as if it did not exist (the address is a screen: 200)
                    found.addAll(errorPage(language + " /" + path, french ? "Page introuvable" : "Page not found", 200));
                }
                if (path.equals("comptes") && !login.equals("admin")) {
                    // a screen the role does not open: refused, still
                    found.addAll(errorPage(language + " /" + path, french ? "Accès refusé" : "Access denied", 403));
                }
            }
        }
        assertThat(new TreeSet<>(found)).as("technical text shown to " + login).isEmpty();
        assertThat(inaccessible).as("serious or critical axe violations on the screens of " + login).isEmpty();
    }

    /** What an error page must show: its heading as title and first heading, the menu, the HTTP status. */
    private List<String> errorPage(String where, String heading, int status) {
        List<String> wrong = new ArrayList<>();
        List<String> headings = browser.driver().findElements(By.tagName("h1")).stream().map(WebElement::getText).toList();
        if (!headings.equals(List.of(heading))) {
            wrong.add(where + ": headings " + headings + " instead of «" + heading + "»");
        }
        if (!browser.driver().getTitle().startsWith(heading)) {
            wrong.add(where + ": title «" + browser.driver().getTitle() + "» instead of «" + heading + "»");
        }
        if (browser.driver().findElements(By.tagName("vaadin-side-nav")).isEmpty()) {
            wrong.add(where + ": no menu around the page");
        }
        var response = browser.fetch(where.substring(where.indexOf(' ') + 1));
        if (response.statusCode() != status) {
            wrong.add(where + ": HTTP status " + response.statusCode() + " instead of " + status);
        }
        return wrong;
    }

    private static List<String> technical(String where, String text) {
        List<String> found = new ArrayList<>();
        TECHNICAL.forEach((what, pattern) -> {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                found.add(where + ": " + what + " «" + around(text, matcher) + "»");
            }
        });
        return found;
    }

    /** Every route of the application, parameters filled from the demo, and wrong addresses. */
    private List<String> paths() {
        Actor system = Actor.system();
        var boulogne = vss.territories().findByInseeCode(system, new InseeCode("92012")).orElseThrow();
        var issy = vss.territories().findByInseeCode(system, new InseeCode("92040")).orElseThrow();
        Contract contract = vss.contracts().list(system, boulogne.id(), PageRequest.first(1)).getFirst();
        Contract other = vss.contracts().list(system, issy.id(), PageRequest.first(1)).getFirst();
        List<String> paths = new ArrayList<>();
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        for (var candidate : scanner.findCandidateComponents("io.github.clvss.admin")) {
            try {
                Class<?> view = Class.forName(candidate.getBeanClassName());
                String path = view.getAnnotation(Route.class).value();
                if (path.startsWith("login")) {
                    continue; // the sign-in pages: the signed-in person is sent on
                }
                paths.add(path);
                if (path.equals("avenant") || path.equals("texte-contrat") || path.equals("versions-contrat")) {
                    paths.remove(path);
                    paths.add(path + "/" + contract.id()); // a contract's text: without its id, the page only says it is missing
                }
                if (path.equals("contrats")) {
                    paths.remove(path);
                    paths.add(path + "/" + contract.id());
                    paths.add(path + "/" + other.id());
                }
                if (path.equals("deliberation")) {
                    vss.deliberations().list(system, boulogne.id(), PageRequest.first(1)).stream().findFirst()
                            .ifPresent(d -> paths.add(path + "/" + d.id()));
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        assertThat(paths).hasSizeGreaterThan(15);
        paths.add("nimporte");
        paths.add("nimporte/quoi");
        return paths;
    }

    private void choose(String language) {
        browser.open("/");
        settle();
        WebElement select = browser.waitFor(By.cssSelector("vaadin-app-layout vaadin-select"));
        if (select.getText().contains(language)
                || language.equals(((JavascriptExecutor) browser.driver()).executeScript(
                        "return arguments[0].querySelector('vaadin-select-value-button')?.textContent?.trim()", select))) {
            return;
        }
        select.click();
        browser.waitFor(By.xpath("//vaadin-select-item[normalize-space()='" + language + "']")).click();
        browser.waiting(Duration.ofSeconds(30)).until(d -> {
            Object lang = ((JavascriptExecutor) d).executeScript("return document.documentElement.lang");
            return (language.equals("English") ? "en" : "fr").equals(lang);
        });
        settle();
    }

    /** Waits until Vaadin has answered every request of the page. */
    private void settle() {
        browser.waiting(Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("""
                        if (document.readyState !== 'complete') { return false; }
                        if (!window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients) { return true; }
                        return Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive());
                        """)));
    }

    String text() {
        return String.valueOf(((JavascriptExecutor) browser.driver()).executeScript(TEXT));
    }

    private static String around(String text, Matcher matcher) {
        return text.substring(Math.max(0, matcher.start() - 40), Math.min(text.length(), matcher.end() + 20))
                .replaceAll("\\s+", " ");
    }
}
