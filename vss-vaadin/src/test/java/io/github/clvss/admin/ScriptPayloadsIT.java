package io.github.clvss.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.github.clvss.admin.ScriptPayloads.Kind;
import io.github.clvss.admin.ScriptPayloads.Outcome;
import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.Grant;
import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.account.Account;
import io.github.clvss.core.account.Login;
import io.github.clvss.core.branding.Branding;
import io.github.clvss.core.communication.Campaign;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.contract.ContractText;
import io.github.clvss.core.deliberation.Deliberation;
import io.github.clvss.core.followup.Action;
import io.github.clvss.core.followup.Meeting;
import io.github.clvss.core.indicator.DiagnosticNote;
import io.github.clvss.core.indicator.Indicator;
import io.github.clvss.core.institution.Institution;
import io.github.clvss.core.partner.Partner;
import io.github.clvss.core.path.ConsentOverride;
import io.github.clvss.core.path.LegalException;
import io.github.clvss.core.path.PathNote;
import io.github.clvss.core.path.PathReference;
import io.github.clvss.core.path.VictimPath;
import io.github.clvss.core.referral.Facts.AgeGroup;
import io.github.clvss.core.referral.Facts.Capacity;
import io.github.clvss.core.referral.Facts.Flag;
import io.github.clvss.core.referral.Facts.Relation;
import io.github.clvss.core.referral.Situation;
import io.github.clvss.core.referral.Facts.Violence;
import io.github.clvss.core.partner.Referent;
import io.github.clvss.core.partner.ReferentQuery;
import io.github.clvss.core.referral.Circuit;
import io.github.clvss.core.resource.Resource;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.territory.InseeCode;
import io.github.clvss.core.territory.Territory;
import io.github.clvss.core.territory.TerritoryFacts;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Check (9) of the fifteen: a script payload written into every text field a person can write
 * stays inert text on every screen, in every document and in every export. The fields are not
 * listed by hand: for each kind of record vss-core's services store, an existing record of the
 * demo data (Boulogne-Billancourt, on an H2 file) has each of its text components — found by
 * reflection, inside optionals, lists, maps and nested records too — replaced with a payload and
 * written through the service ({@link ScriptPayloads}). Then, in a headless Chromium, the
 * coordinator and the platform administrator open every {@code @Route} and the record dialogs, and
 * every document and export endpoint of the application (and every download a screen offers) is
 * fetched: no payload may run or create an element, and the payload shows as text.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vss.data-dir=./target/it-data/${random.uuid}", "vaadin.devmode.devTools.enabled=false",
            "vss.test.context=script-payloads"})
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScriptPayloadsIT {

    private static final String BOULOGNE = "92012";

    /** What a page holds once rendered: whether a payload ran, elements it created, its text, its links. */
    private static final String SCAN = """
            const r = {imgs: 0, handlers: 0, scripts: 0, addresses: 0, text: [], links: []};
            const walk = root => {
              r.addresses += root.querySelectorAll('[href^="javascript:" i], [src^="javascript:" i]').length;
              r.imgs += root.querySelectorAll('img[src="x"]').length;
              r.handlers += root.querySelectorAll('[onerror]').length;
              root.querySelectorAll('script').forEach(s => { if (s.textContent.includes('__xss')) r.scripts++; });
              root.querySelectorAll('a[href]').forEach(a => r.links.push(a.href));
              const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
              let n;
              while ((n = w.nextNode())) {
                const p = n.parentElement;
                if (!p || (p.tagName !== 'SCRIPT' && p.tagName !== 'STYLE')) { r.text.push(n.nodeValue); }
              }
              root.querySelectorAll('*').forEach(e => { if (e.shadowRoot) { walk(e.shadowRoot); } });
            };
            walk(document);
            return {ran: typeof window.__xss !== 'undefined', imgs: r.imgs, handlers: r.handlers, scripts: r.scripts,
                    addresses: r.addresses, text: r.text.join('\\n'), links: r.links};
            """;

    /** Makes every grid render all its rows, so that no record is left out of the scan for being below the fold. */
    private static final String ALL_ROWS = """
            let grids = 0;
            const walk = root => {
              root.querySelectorAll('vaadin-grid').forEach(g => { g.allRowsVisible = true; grids++; });
              root.querySelectorAll('*').forEach(e => { if (e.shadowRoot) { walk(e.shadowRoot); } });
            };
            walk(document);
            return grids;
            """;

    /** Clicks the first button whose accessible name starts with arguments[0] and holds arguments[1]. */
    private static final String CLICK = """
            let found = null;
            const walk = root => {
              root.querySelectorAll('vaadin-button[aria-label]').forEach(b => {
                const label = b.getAttribute('aria-label');
                if (!found && label.startsWith(arguments[0]) && label.includes(arguments[1])) { found = b; }
              });
              root.querySelectorAll('*').forEach(e => { if (e.shadowRoot) { walk(e.shadowRoot); } });
            };
            walk(document);
            if (found) { found.click(); }
            return found !== null;
            """;

    private static final String SETTLED = "return document.readyState === 'complete' && !!(window.Vaadin && window.Vaadin.Flow"
            + " && window.Vaadin.Flow.clients) && Object.values(window.Vaadin.Flow.clients)"
            + ".every(c => !c.isActive || !c.isActive());";

    @LocalServerPort
    int port;

    @Autowired
    Vss vss;

    @Autowired
    RequestMappingHandlerMapping mappings;

    private final Actor system = Actor.system();
    private final List<Outcome> outcomes = new ArrayList<>();
    private Territory boulogne;
    private Contract contract;
    private Contract renewal;
    private Meeting meeting;
    /** The references of the paths that hold the last payloads planted: the one the hospital opened, the one handed to it. */
    private final AtomicReference<PathReference> notePath = new AtomicReference<>();
    private final AtomicReference<PathReference> exceptionPath = new AtomicReference<>();

    @BeforeAll
    void plant_payloads_in_every_text_field() {
        boulogne = vss.territories().findByInseeCode(system, new InseeCode(BOULOGNE)).orElseThrow();
        TerritoryId territory = boulogne.id();
        contract = vss.contracts().list(system, territory, PageRequest.first(1)).getFirst();
        ContractId contractId = contract.id();
        renewal = vss.contractLifecycle().renew(system, contractId, "Renouvellement du contrat", Optional.empty(), Optional.empty());
        Referent referent = vss.referents().list(system, ReferentQuery.current(territory), PageRequest.first(1)).getFirst();
        Partner partner = vss.partners().find(system, referent.partner());
        Resource resource = PageRequest.readAll(page -> vss.resources().serving(system, territory, page), x -> x.id().value()).stream()
                .filter(r -> r.territory().isPresent()).findFirst().orElseThrow();
        Deliberation deliberation = vss.deliberations().list(system, territory, PageRequest.first(1)).getFirst();
        Action action = vss.actions().list(system, contractId, Optional.empty(), PageRequest.first(1)).getFirst();
        meeting = vss.meetings().list(system, contractId, PageRequest.first(1)).getFirst();
        Indicator indicator = vss.indicators().list(system, contractId, PageRequest.first(1)).getFirst();
        DiagnosticNote note = vss.indicators().notes(system, contractId, 2023).getFirst();
        Campaign campaign = campaigns(contractId).getFirst();
        String circuit = vss.circuits().plan(system, territory).circuits().getFirst().name();
        Account model = Account.open(vss.clock(), new Login("payload.0"), "Compte à charge utile", Optional.empty(),
                Language.FR, Set.of(Grant.observer(territory)));
        Account[] opened = {vss.accounts().open(system, model, Optional.empty())};
        AtomicInteger accounts = new AtomicInteger();
        // the path records (the note of a path, the reason of a legal exception): the hospital opens paths, the CIDFF
        // hands paths over to the hospital without consent, under the legal exception its decision names
        Account hospitalUser = account("hopital");
        Account cidffUser = account("cidff");
        PartnerId hospital = partnerOf(hospitalUser);
        PartnerId cidff = partnerOf(cidffUser);
        notePath.set(vss.paths().open(hospitalUser.actor(), territory, hospital, dangerAtHome(), Optional.of(new PathNote("Orientée par les urgences.")))
                .reference());
        exceptionPath.set(handedOverWithoutConsent(cidffUser.actor(), territory, cidff, hospital, null));

        List<Kind> kinds = List.of(
                new Kind("territory", () -> vss.territories().find(system, territory).facts(),
                        facts -> vss.territories().correct(system, territory, vss.territories().find(system, territory).version(),
                                (TerritoryFacts) facts)),
                new Kind("institution", () -> vss.institutions().find(system, partner.institution()),
                        i -> vss.institutions().correct(system, (Institution) i)),
                new Kind("partner", () -> vss.partners().find(system, partner.id()),
                        p -> vss.partners().correct(system, (Partner) p)),
                new Kind("referent", () -> referent(territory, referent),
                        r -> vss.referents().correct(system, ((Referent) r).id(), ((Referent) r).version(),
                                ((Referent) r).details().orElseThrow(), ((Referent) r).from(), ((Referent) r).until())),
                new Kind("resource", () -> PageRequest.readAll(page -> vss.resources().serving(system, territory, page), x -> x.id().value()).stream()
                        .filter(r -> r.id().equals(resource.id())).findFirst().orElseThrow(),
                        r -> vss.resources().correct(system, (Resource) r)),
                new Kind("action", () -> vss.actions().find(system, action.id()), a -> vss.actions().update(system, (Action) a)),
                new Kind("meeting", () -> vss.meetings().find(system, meeting.id()), m -> vss.meetings().update(system, (Meeting) m)),
                new Kind("deliberation", () -> vss.deliberations().find(system, deliberation.id()),
                        d -> vss.deliberations().correct(system, (Deliberation) d)),
                new Kind("indicator", () -> vss.indicators().find(system, indicator.id()),
                        i -> vss.indicators().correct(system, (Indicator) i)),
                new Kind("diagnostic note", () -> vss.indicators().notes(system, contractId, note.year()).stream()
                        .filter(n -> n.commitment().equals(note.commitment())).findFirst().orElseThrow(),
                        n -> vss.indicators().writeNote(system, (DiagnosticNote) n)),
                new Kind("communication campaign", () -> campaigns(contractId).stream()
                        .filter(c -> c.id().equals(campaign.id())).findFirst().orElseThrow(),
                        c -> vss.communication().update(system, (Campaign) c)),
                new Kind("circuit", () -> vss.circuits().plan(system, territory).circuits().stream()
                        .filter(c -> c.name().equals(circuit)).findFirst().orElseThrow(),
                        c -> vss.circuits().define(system, territory, (Circuit) c)),
                new Kind("branding", () -> vss.branding().of(system, territory), b -> vss.branding().save(system, (Branding) b)),
                new Kind("contract", () -> vss.contracts().find(system, contractId),
                        c -> vss.contracts().retitle(system, contractId, ((Contract) c).version(), ((Contract) c).title())),
                // the demo contract is in force, so its text changes only by an amendment: plant into its renewal's draft
                new Kind("contract text", () -> vss.contractLifecycle().text(system, renewal.id()),
                        t -> vss.contractLifecycle().writeText(system, renewal.id(), vss.contracts().find(system, renewal.id()).version(),
                                (ContractText) t)),
                new Kind("path note", () -> vss.paths().find(hospitalUser.actor(), notePath.get()).note().orElseThrow(),
                        n -> notePath.getAndSet(vss.paths().open(hospitalUser.actor(), territory, hospital, dangerAtHome(),
                                Optional.of((PathNote) n)).reference())),
                new Kind("legal exception", () -> {
                    ConsentOverride override = vss.paths().find(cidffUser.actor(), exceptionPath.get()).handovers().getFirst()
                            .override().orElseThrow();
                    return new LegalException(override.rule(), override.reason());
                }, e -> exceptionPath.getAndSet(handedOverWithoutConsent(cidffUser.actor(), territory, cidff, hospital,
                        ((LegalException) e).reason())),
                        Map.of("rule", "a rule of the path's decision, chosen from a list, never typed")),
                new Kind("account", () -> vss.accounts().find(system, opened[0].id()),
                        a -> opened[0] = vss.accounts().open(system, Account.open(vss.clock(),
                                new Login("payload." + accounts.incrementAndGet()), ((Account) a).displayName(), ((Account) a).email(),
                                ((Account) a).language(), ((Account) a).grants()), Optional.empty()),
                        Map.of("passwordHash.?", "the hash of a password, never typed as text")));

        for (Kind kind : kinds) {
            outcomes.add(ScriptPayloads.plant(kind));
        }
        System.out.println("Script payloads planted:\n  " + String.join("\n  ", outcomes.stream().map(Outcome::toString).toList()));
    }

    private Account account(String login) {
        return vss.accounts().find(system, vss.accounts().idOf(system, new Login(login)).orElseThrow());
    }

    private static PartnerId partnerOf(Account account) {
        return account.grants().stream().flatMap(g -> g.partner().stream()).findFirst().orElseThrow();
    }

    /** A situation whose decision names a legal exception to consent (a doctor learns of a life in danger under emprise). */
    private static Situation dangerAtHome() {
        return Situation.builder(AgeGroup.ADULT, Set.of(Capacity.DOCTOR)).relation(Relation.PARTNER).violences(Violence.PHYSICAL)
                .consent(io.github.clvss.core.referral.Facts.Consent.REFUSED).yes(Flag.LIFE_IN_DANGER, Flag.EMPRISE, Flag.LEARNED_IN_FUNCTIONS).build();
    }

    /** A new path of {@code from}'s, handed over to {@code to} without consent under its decision's legal exception. */
    private PathReference handedOverWithoutConsent(Actor actor, TerritoryId territory, PartnerId from, PartnerId to,
            PathNote reason) {
        VictimPath path = vss.paths().open(actor, territory, from, dangerAtHome(), Optional.empty());
        String rule = path.legalExceptions().getFirst().rule();
        vss.paths().handOver(actor, path.id(), to, Optional.of(new LegalException(rule,
                reason == null ? new PathNote("Danger vital et emprise constatés.") : reason)));
        return path.reference();
    }

    private Referent referent(TerritoryId territory, Referent first) {
        return PageRequest.readAll(page -> vss.referents().list(system, ReferentQuery.current(territory), page), x -> x.id().value()).stream()
                .filter(r -> r.id().equals(first.id())).findFirst().orElseThrow();
    }

    private List<Campaign> campaigns(ContractId contractId) {
        return PageRequest.readAll(page -> vss.communication().between(system, contractId, LocalDate.of(1900, 1, 1),
                LocalDate.of(9999, 12, 31), page), x -> x.id().value());
    }

    @Test
    void every_kind_of_record_a_person_writes_takes_a_payload_in_its_text_fields() {
        assertThat(outcomes).hasSize(18);
        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.covered())
                .as("text fields of %s holding a payload — the generator found none that takes one:%n%s", outcome.kind(), outcome)
                .isNotEmpty());
        int covered = outcomes.stream().mapToInt(o -> o.covered().size()).sum();
        assertThat(covered).as("text fields covered in all").isGreaterThan(40);
    }

    @Test
    void no_payload_runs_or_makes_an_element_on_any_screen_of_the_coordinator() {
        Map<String, Set<String>> shown = screens("coordination", "demo-coordination", "COORDINATOR");

        assertThat(shown).as("the kinds each screen shows as text")
                .hasEntrySatisfying("/partenaires", kinds -> assertThat(kinds).contains("partner", "institution"))
                .hasEntrySatisfying("/referents", kinds -> assertThat(kinds).contains("referent"))
                .hasEntrySatisfying("/ressources", kinds -> assertThat(kinds).contains("resource"))
                .hasEntrySatisfying("/institutions", kinds -> assertThat(kinds).contains("institution"))
                .hasEntrySatisfying("/actions", kinds -> assertThat(kinds).contains("action"))
                .hasEntrySatisfying("/reunions", kinds -> assertThat(kinds).contains("meeting"))
                .hasEntrySatisfying("/deliberations", kinds -> assertThat(kinds).contains("deliberation"))
                .hasEntrySatisfying("/indicateurs", kinds -> assertThat(kinds).contains("indicator"))
                .hasEntrySatisfying("/communication", kinds -> assertThat(kinds).contains("communication campaign"))
                .hasEntrySatisfying("/circuits", kinds -> assertThat(kinds).contains("circuit"))
                .hasEntrySatisfying("/apparence", kinds -> assertThat(kinds).contains("branding"))
                .hasEntrySatisfying("partner dialog", kinds -> assertThat(kinds).contains("partner", "referent"))
                .hasEntrySatisfying("meeting dialog", kinds -> assertThat(kinds).contains("meeting"))
                .hasEntrySatisfying("action history", kinds -> assertThat(kinds).contains("action"));
    }

    @Test
    void no_payload_runs_or_makes_an_element_on_any_screen_of_the_platform_administrator() {
        Map<String, Set<String>> shown = screens("admin", "demo-admin-vss", "PLATFORM_ADMINISTRATOR");

        assertThat(shown).as("the kinds each screen shows as text")
                .hasEntrySatisfying("/comptes", kinds -> assertThat(kinds).contains("account"))
                .hasEntrySatisfying("/institutions", kinds -> assertThat(kinds).contains("institution"));
    }

    @Test
    void no_payload_runs_or_makes_an_element_on_any_screen_of_a_partner_and_its_paths() {
        Map<String, Set<String>> shown = screens("hopital", "demo-hopital-vss", "PARTNER");

        assertThat(shown).as("the path screens walked, and the kinds each shows as text")
                .containsKeys("/parcours", "/adressages", "/parcours/" + exceptionPath.get().value())
                .hasEntrySatisfying("/parcours/" + notePath.get().value(), kinds -> assertThat(kinds).contains("path note"));
    }

    /** Opens every screen and the record dialogs; answers, for each, the kinds whose payloads it shows as text. */
    private Map<String, Set<String>> screens(String login, String password, String role) {
        Map<String, Set<String>> shown = new TreeMap<>();
        Map<String, String> downloads = new TreeMap<>();
        List<String> routes = routes(role);
        assertThat(routes).as("screens found").hasSizeGreaterThan(15);
        try (Browser browser = new Browser(port)) {
            browser.signIn(login, password);
            for (String route : routes) {
                browser.open(route);
                shown.put(route, inspect(browser, route));
                browser.screenshot("script-payloads-" + login + route.replaceAll("[^a-z0-9]+", "-"));
                downloadsOn(browser, route, downloads);
            }
            if (login.equals("coordination")) {
                dialog(browser, "/partenaires", "Ouvrir le partenaire", "partner dialog", shown, downloads);
                dialog(browser, "/reunions", "Ouvrir la réunion", "meeting dialog", shown, downloads);
                dialog(browser, "/actions", "Historique de l’action", "action history", shown, downloads);
            }
        }
        System.out.println("Screens of " + login + " opened: " + routes.size() + " routes " + routes + "; showing a payload as text: "
                + shown + "; downloads checked: " + downloads);
        return shown;
    }

    private void dialog(Browser browser, String route, String ariaStart, String name, Map<String, Set<String>> shown,
            Map<String, String> downloads) {
        browser.open(route);
        settle(browser, route);
        // a long list scrolls and renders only the rows in sight: show them all, so the record's button exists
        if (((Number) ((JavascriptExecutor) browser.driver()).executeScript(ALL_ROWS)).intValue() > 0) {
            settle(browser, route);
        }
        String tag = "#" + name.substring(0, name.indexOf(' ')).replace("partner", "institution");
        Object clicked = ((JavascriptExecutor) browser.driver()).executeScript(CLICK, ariaStart, tag);
        assertThat(clicked).as("a button “%s…” naming a record whose payload ends with %s on %s", ariaStart, tag, route)
                .isEqualTo(true);
        browser.waitFor(By.cssSelector("vaadin-dialog-overlay, vaadin-dialog[opened]"));
        shown.put(name, inspect(browser, name));
        browser.screenshot("script-payloads-" + name.replace(' ', '-'));
        downloadsOn(browser, name, downloads);
    }

    /** Checks the current page; answers the kinds whose payloads it shows whole, as text. */
    @SuppressWarnings("unchecked")
    private Set<String> inspect(Browser browser, String where) {
        settle(browser, where);
        if (((Number) ((JavascriptExecutor) browser.driver()).executeScript(ALL_ROWS)).intValue() > 0) {
            settle(browser, where);
        }
        Map<String, Object> scan = (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeScript(SCAN);
        assertThat(browser.showsSignIn()).as("%s shows the sign-in form", where).isFalse();
        assertThat(scan.get("ran")).as("window.__xss on %s: a payload ran", where).isEqualTo(false);
        assertThat(((Number) scan.get("imgs")).intValue()).as("img[src=x] made by a payload on %s", where).isZero();
        assertThat(((Number) scan.get("handlers")).intValue()).as("elements with an onerror handler on %s", where).isZero();
        assertThat(((Number) scan.get("scripts")).intValue()).as("script elements holding __xss on %s", where).isZero();
        assertThat(((Number) scan.get("addresses")).intValue()).as("javascript: links or sources on %s", where).isZero();
        String text = String.valueOf(scan.get("text"));
        Set<String> kinds = new TreeSet<>();
        for (Outcome outcome : outcomes) {
            if (outcome.held().stream().filter(p -> p.contains(" #")).anyMatch(text::contains)) {
                kinds.add(outcome.kind());
            }
        }
        return kinds;
    }

    /** Fetches, with the page's session, every download the page offers that the application makes on the fly. */
    @SuppressWarnings("unchecked")
    private void downloadsOn(Browser browser, String where, Map<String, String> downloads) {
        Map<String, Object> scan = (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeScript(SCAN);
        for (Object link : (List<Object>) scan.get("links")) {
            String href = String.valueOf(link);
            if (href.startsWith(browser.base()) && href.contains("VAADIN/dynamic")) {
                String path = href.substring(browser.base().length());
                HttpResponse<byte[]> response = browser.fetch(path);
                assertThat(response.statusCode()).as("download on %s", where).isEqualTo(200);
                String type = response.headers().firstValue("Content-Type").orElse("");
                String name = where + " → " + response.headers().firstValue("Content-Disposition").orElse(type);
                downloads.put(name, check(name, type, response.body()) ? "shows a payload" : "no payload");
            }
        }
    }

    private static void settle(Browser browser, String where) {
        try {
            browser.waitFor(By.tagName("vaadin-app-layout"));
            browser.waiting(java.time.Duration.ofSeconds(30))
                    .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(SETTLED)));
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot("script-payloads-" + where.replaceAll("[^a-z0-9]+", "-"));
            throw new AssertionError(where + " did not open: " + browser.driver().getCurrentUrl(), e);
        }
        try {
            Thread.sleep(400); // lets a broken image's error handler fire, if a payload made one
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void every_document_and_export_carries_the_payloads_as_inert_text() {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> endpoints.addAll(info.getPatternValues()));
        List<String> documents = endpoints.stream().filter(p -> !p.equals("/error")).toList();
        assertThat(documents).as("document endpoints found").hasSizeGreaterThan(15);
        Map<String, Boolean> shown = new LinkedHashMap<>();
        try (Browser browser = new Browser(port)) {
            browser.signIn("coordination", "demo-coordination");
            for (String endpoint : documents) {
                String id = endpoint.startsWith("/documents/contracts/") ? contract.id().toString()
                        : endpoint.startsWith("/documents/meetings/") ? meeting.id().toString()
                        : boulogne.id().toString();
                String path = endpoint.replace("{id}", id).replace("{year}", "2023").replace("{insee}", BOULOGNE);
                assertThat(path).as("every variable of %s has a value", endpoint).doesNotContain("{");
                HttpResponse<byte[]> response = browser.fetch(path);
                assertThat(response.statusCode()).as(path).isEqualTo(200);
                shown.put(path, check(path, response.headers().firstValue("Content-Type").orElse(""), response.body()));
            }
        }
        System.out.println("Documents checked: " + shown.size() + " " + shown);
        List<String> showing = shown.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
        assertThat(showing).as("documents that show a payload as text")
                .anyMatch(p -> p.endsWith("/summary.html")).anyMatch(p -> p.endsWith("/summary.pdf"))
                .anyMatch(p -> p.endsWith("/directory.html")).anyMatch(p -> p.endsWith("/directory.pdf"))
                .anyMatch(p -> p.endsWith("/diagnostic-2023.html")).anyMatch(p -> p.endsWith("/diagnostic-2023.csv"))
                .anyMatch(p -> p.endsWith("/invitation.ics")).anyMatch(p -> p.endsWith("/communication.ics"))
                .anyMatch(p -> p.endsWith("/deliberations.csv")).anyMatch(p -> p.endsWith("/ressources.csv"))
                .anyMatch(p -> p.endsWith("/ressources.json")).anyMatch(p -> p.equals("/aide/" + BOULOGNE));
    }

    // ---- checks by kind of document --------------------------------------------------------------------

    private static final Pattern RAW_ADDRESS = Pattern.compile("(href|src|action)\\s*=\\s*[\"']?\\s*javascript:",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RAW_HANDLER = Pattern.compile("<[a-zA-Z][^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern SAFE_FORMULA_START = Pattern.compile("[-+]?[0-9][0-9 .,]*|\\+[0-9 ]+");

    /** Checks one document by its type; answers whether it shows a payload, as inert text. */
    private static boolean check(String where, String contentType, byte[] body) {
        String type = contentType.toLowerCase(java.util.Locale.ROOT);
        if (type.startsWith("application/pdf")) {
            return pdf(where, body);
        }
        String text = new String(body, StandardCharsets.UTF_8);
        if (type.startsWith("text/html") || type.contains("svg") || type.contains("xml")) {
            return markup(where, text);
        }
        if (type.startsWith("text/csv")) {
            return csv(where, text);
        }
        if (type.startsWith("text/calendar")) {
            return calendar(where, text);
        }
        if (type.contains("json")) {
            return json(where, text);
        }
        assertThat(text).as("%s (%s)", where, type).doesNotContain(ScriptPayloads.FLAG);
        return false;
    }

    private static boolean markup(String where, String text) {
        for (String payload : ScriptPayloads.PLANTED) {
            assertThat(text).as("%s holds a raw payload", where).doesNotContain(payload);
        }
        assertThat(text).as("%s holds raw markup from a payload", where)
                .doesNotContain("<img src=x").doesNotContain("<script>window.__xss").doesNotContain("<script>__xss")
                .doesNotContain("<b>x</b>");
        assertThat(RAW_HANDLER.matcher(text).find()).as("%s has an element with an event handler", where).isFalse();
        assertThat(RAW_ADDRESS.matcher(text).find()).as("%s has a javascript: link", where).isFalse();
        return text.contains("&lt;img src=x") || text.contains("&lt;script&gt;") || text.contains("&lt;b&gt;x");
    }

    private static boolean pdf(String where, byte[] body) {
        String raw = new String(body, StandardCharsets.ISO_8859_1);
        assertThat(raw).as("%s", where).startsWith("%PDF-").doesNotContain("/JavaScript").doesNotContain("/JS ")
                .doesNotContain("/JS(").doesNotContain("/JS<").doesNotContain("/OpenAction").doesNotContain("/Launch")
                .doesNotContainPattern("/URI\\s*\\(\\s*(?i:javascript):");
        try (PDDocument document = Loader.loadPDF(body)) {
            String text = new PDFTextStripper().getText(document);
            return text.contains("<img src=x") || text.contains("<script>") || text.contains("<b>x</b>");
        } catch (IOException e) {
            throw new AssertionError(where + " is not a readable PDF", e);
        }
    }

    private static boolean csv(String where, String text) {
        String content = text.startsWith("\ufeff") ? text.substring(1) : text;
        String header = content.lines().findFirst().orElse("");
        char delimiter = header.contains(";") ? ';' : ',';
        List<CSVRecord> records;
        try {
            records = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get().parse(new StringReader(content)).getRecords();
        } catch (IOException | RuntimeException e) {
            throw new AssertionError(where + " is not well-formed CSV", e);
        }
        int width = records.isEmpty() ? 0 : records.getFirst().size();
        boolean shows = false;
        for (CSVRecord record : records) {
            assertThat(record.size()).as("%s line %s: as many cells as the header (a payload broke the quoting)", where,
                    record.getRecordNumber()).isEqualTo(width);
            for (String cell : record) {
                if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
                    assertThat(cell).as("%s line %s: a cell a spreadsheet would run", where, record.getRecordNumber())
                            .matches(SAFE_FORMULA_START);
                }
                if (cell.contains(ScriptPayloads.FLAG) || cell.contains("<b>x</b>")) {
                    assertThat(ScriptPayloads.PLANTED.stream().anyMatch(cell::contains))
                            .as("%s line %s: the payload comes back whole from the cell %s", where, record.getRecordNumber(), cell)
                            .isTrue();
                    shows = true;
                }
            }
        }
        return shows;
    }

    private static boolean calendar(String where, String text) {
        String unfolded = text.replace("\r\n ", "").replace("\r\n\t", "");
        boolean shows = false;
        for (String line : unfolded.split("\r\n")) {
            if (line.isEmpty()) {
                continue;
            }
            assertThat(line).as("%s: a line that is not a property (a payload broke out of its line)", where)
                    .matches("[A-Z][A-Z0-9-]*[;:].*");
            if (line.contains(ScriptPayloads.FLAG) || line.contains("<b>x</b>")) {
                String value = line.substring(line.indexOf(':') + 1);
                assertThat(Pattern.compile("(?<!\\\\)[;,]").matcher(value).find())
                        .as("%s: a ; or , left unescaped in %s", where, line).isFalse();
                String unescaped = value.replace("\\n", "\n").replace("\\N", "\n").replace("\\;", ";").replace("\\,", ",")
                        .replace("\\\\", "\\");
                assertThat(ScriptPayloads.PLANTED.stream().anyMatch(unescaped::contains))
                        .as("%s: the payload comes back whole from %s", where, line).isTrue();
                shows = true;
            }
        }
        return shows;
    }

    private static boolean json(String where, String text) {
        JsonNode root;
        try {
            root = JsonMapper.builder().build().readTree(text);
        } catch (RuntimeException e) {
            throw new AssertionError(where + " is not well-formed JSON", e);
        }
        List<String> texts = new ArrayList<>();
        collect(root, texts);
        return texts.stream().anyMatch(t -> ScriptPayloads.PLANTED.stream().anyMatch(t::contains));
    }

    private static void collect(JsonNode node, List<String> into) {
        if (node.isString()) {
            into.add(node.asString());
        }
        node.forEach(child -> collect(child, into));
    }

    /**
     * Every screen of the application that {@code role} may open, found from its {@code @Route}
     * classes, with Boulogne's ids where one is asked for.
     */
    private List<String> routes(String role) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        List<String> routes = new ArrayList<>();
        for (BeanDefinition definition : scanner.findCandidateComponents("io.github.clvss.admin")) {
            Class<?> view;
            try {
                view = Class.forName(definition.getBeanClassName());
            } catch (ClassNotFoundException e) {
                throw new AssertionError(e);
            }
            jakarta.annotation.security.RolesAllowed roles = view.getAnnotation(jakarta.annotation.security.RolesAllowed.class);
            if (view.isAnnotationPresent(AnonymousAllowed.class) || roles != null && !List.of(roles.value()).contains(role)) {
                continue;
            }
            String route = "/" + view.getAnnotation(Route.class).value();
            if (route.contains(":reference")) {
                routes.add(route.replace(":reference", notePath.get().value()));
                routes.add(route.replace(":reference", exceptionPath.get().value()));
            } else if (HasUrlParameter.class.isAssignableFrom(view)) {
                Optional<String> parameter = parameterFor(route);
                if (optionalParameter(view) || parameter.isEmpty()) {
                    routes.add(route);
                }
                parameter.ifPresent(p -> routes.add(route + "/" + p));
            } else {
                routes.add(route);
            }
        }
        routes.sort(null);
        return routes;
    }

    private Optional<String> parameterFor(String route) {
        return switch (route) {
            case "/contrats", "/avenant", "/versions-contrat" -> Optional.of(contract.id().toString());
            case "/texte-contrat" -> Optional.of(renewal.id().toString());
            case "/deliberation" -> Optional.of(vss.deliberations().list(system, boulogne.id(), PageRequest.first(1)).getFirst()
                    .id().toString());
            default -> Optional.empty();
        };
    }

    private static boolean optionalParameter(Class<?> view) {
        return Stream.of(view.getMethods()).filter(m -> m.getName().equals("setParameter") && m.getParameterCount() == 2)
                .map(Method::getParameterAnnotations).anyMatch(a -> Stream.of(a[1]).anyMatch(OptionalParameter.class::isInstance));
    }

    @AfterAll
    void report() {
        System.out.println("Check (9): " + outcomes.size() + " kinds, " + outcomes.stream().mapToInt(o -> o.covered().size()).sum()
                + " text fields holding a payload");
    }
}
