package io.github.clvss.core.document;

import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.contract.ContractManagement;
import io.github.clvss.core.referral.Circuit;
import io.github.clvss.core.referral.LocalCircuits;
import io.github.clvss.core.referral.Logigramme;
import io.github.clvss.core.referral.RuleSet;
import io.github.clvss.core.resource.Resource;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.shared.Provenance;
import io.github.clvss.core.territory.InseeCode;
import io.github.clvss.core.territory.Territory;
import io.github.clvss.core.territory.TerritoryAdministration;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * The documents vss prints, each a view of the data through the {@link DocumentRenderer}.
 * Reading a document takes the same rights as reading its data.
 */
public final class Documents {

    private final DocumentRenderer renderer;
    private final ContractManagement contracts;
    private final TerritoryAdministration territories;
    private final Directory directory;
    private final LocalCircuits circuits;
    private final io.github.clvss.core.contract.ContractLifecycle lifecycle;
    private final io.github.clvss.core.indicator.IndicatorBoard indicators;
    private final Clock clock;

    /**
     * @param renderer the document pipeline
     * @param contracts to read contracts (access checked there)
     * @param territories to read territories (access checked there)
     * @param directory partners, référents, institutions and resources (access checked there)
     * @param circuits each territory's rule set, for the logigramme
     * @param lifecycle each contract's approval and signatures (access checked there)
     * @param indicators each contract's diagnostic, masked (access checked there)
     * @param clock the generation date
     */
    public Documents(DocumentRenderer renderer, ContractManagement contracts, TerritoryAdministration territories,
            Directory directory, LocalCircuits circuits, io.github.clvss.core.contract.ContractLifecycle lifecycle,
            io.github.clvss.core.indicator.IndicatorBoard indicators, Clock clock) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.contracts = Objects.requireNonNull(contracts, "contracts");
        this.territories = Objects.requireNonNull(territories, "territories");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.circuits = Objects.requireNonNull(circuits, "circuits");
        this.lifecycle = Objects.requireNonNull(lifecycle, "lifecycle");
        this.indicators = Objects.requireNonNull(indicators, "indicators");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * What the document unique gathers, through the services that guard it.
     *
     * @param partners the contract's partners
     * @param referents the current référents of a territory
     * @param institutions the shared directory of institutions
     * @param resources the registry of useful addresses
     * @param acts to journal the document as an export of personal data
     */
    public record Directory(io.github.clvss.core.partner.PartnerRegister partners,
            io.github.clvss.core.partner.ReferentRegister referents,
            io.github.clvss.core.institution.InstitutionDirectory institutions,
            io.github.clvss.core.resource.ResourceRegistry resources,
            io.github.clvss.core.journal.Acts acts) {
    }

    /** The pipeline, to turn a rendered document into a PDF. */
    public DocumentRenderer renderer() {
        return renderer;
    }

    /** A one-page summary of a contract: its territory, title, period and where its facts come from. */
    public RenderedDocument contractSummary(Actor actor, ContractId id, Language language) {
        Contract contract = contracts.find(actor, id);
        Territory territory = territories.find(actor, contract.territory());
        ResourceBundle texts = texts(language);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale());
        String unknown = texts.getString("value.unknown");

        List<Map<String, String>> rows = List.of(
                row(texts.getString("summary.contract.title"), contract.title()),
                row(texts.getString("summary.territory"), territory.name()),
                row(texts.getString("summary.insee"), territory.facts().inseeCode().map(InseeCode::value).orElse(unknown)),
                row(texts.getString("summary.department"), territory.facts().department().value()),
                row(texts.getString("summary.siren"), territory.facts().siren().value()),
                row(texts.getString("summary.start"), contract.startDate().map(dates::format).orElse(unknown)),
                row(texts.getString("summary.end"), contract.endDate().map(dates::format).orElse(unknown)),
                row(texts.getString("summary.provenance"), texts.getString("provenance." + contract.provenance().name())),
                row(texts.getString("summary.reference"), contract.id().toString()));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("territory", territory.name());
        model.put("rows", rows);
        model.put("demo", contract.provenance() == Provenance.DEMO || territory.provenance() == Provenance.DEMO);
        model.put("generated", dates.format(LocalDate.now(clock.withZone(territory.facts().timeZone()))));
        String title = texts.getString("summary.heading") + " — " + territory.name();
        return renderer.render("contract-summary", title, model, language,
                DocumentRenderer.slug(texts.getString("summary.file") + " " + territory.name()));
    }

    /**
     * The signature sheet of a contract's current text: its title and territory, the date of
     * the deliberation that approved that text (if it is approved), then one row per required
     * signatory — institution, representative's office and name, date of signature (empty
     * until it signs) and an empty box to sign in.
     */
    public RenderedDocument signatureSheet(Actor actor, ContractId id, Language language) {
        Contract contract = contracts.find(actor, id);
        Territory territory = territories.find(actor, contract.territory());
        var state = lifecycle.lifecycle(actor, id);
        ResourceBundle texts = texts(language);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (var signatory : lifecycle.signatories(actor, id)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("institution", signatory.partner().institution());
            signatory.partner().representativeTitle().ifPresent(t -> row.put("office", t));
            signatory.partner().representativeName().ifPresent(n -> row.put("name", n));
            signatory.signedOn().ifPresent(d -> row.put("signedOn", dates.format(d)));
            rows.add(row);
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("territory", territory.name());
        model.put("contractTitle", contract.title());
        model.put("reference", contract.id().toString());
        state.textVersionApprovedOn().ifPresent(d -> model.put("approvedOn", dates.format(d)));
        if (state.textVersion() > 1) {
            model.put("amendment", String.valueOf(state.textVersion() - 1));
        }
        model.put("signatories", rows);
        model.put("hasSignatories", !rows.isEmpty());
        model.put("generated", dates.format(LocalDate.ofInstant(clock.instant(), territory.facts().timeZone())));
        String title = texts.getString("signatures.heading") + " — " + territory.name();
        // it names the representatives: an export of personal data
        directory.acts().record(actor, io.github.clvss.core.journal.Act.on("document.signatures", "contract", id,
                territory.id()));
        return renderer.render("signature-sheet", title, model, language,
                DocumentRenderer.slug(texts.getString("signatures.file") + " " + territory.name()));
    }

    /**
     * The yearly diagnostic of a contract for the CLSPD (qualitative and quantitative): the
     * general note, then for each commitment with indicators or a note, its note, a table of its
     * indicators — the year before, the year, the change — and a small bar chart of each over
     * {@value io.github.clvss.core.indicator.IndicatorBoard#SERIES_YEARS} years, then the state
     * of the follow-up actions when it is plugged in. Every figure is masked by the disclosure
     * policy ({@link io.github.clvss.core.indicator.Disclosure}): the document may leave vss.
     */
    public RenderedDocument diagnostic(Actor actor, ContractId id, int year, Language language) {
        return diagnosticDocument(actor, id, year, language);
    }

    /**
     * The small chart of each of a contract's indicators over the years up to {@code year}, as
     * the diagnostic draws them (small counts masked), with the year's figure and change: for
     * the coordinator's home page.
     */
    public List<IndicatorSummary> indicatorSummaries(Actor actor, ContractId id, int year, Language language) {
        io.github.clvss.core.indicator.Diagnostic diagnostic = indicators.diagnostic(actor, id, year);
        DiagnosticFormat format = new DiagnosticFormat(language, diagnostic.threshold(), true);
        List<IndicatorSummary> summaries = new ArrayList<>();
        for (var section : diagnostic.sections()) {
            for (var row : section.rows()) {
                var indicator = row.indicator();
                String title = indicator.name() + " (" + indicator.unit() + ")";
                summaries.add(new IndicatorSummary(section.commitment(), title, format.figure(row.current()),
                        format.change(row.change()), IndicatorChart.draw(title, IndicatorChart.describe(row.series(), format),
                                row.series(), indicator.target(), format)));
            }
        }
        return List.copyOf(summaries);
    }

    /**
     * One indicator at a glance.
     *
     * @param commitment the commitment it measures
     * @param title its name and unit
     * @param figure the year's figure, masked when small
     * @param change the change from the year before, in words
     * @param svg its small bar chart, an SVG element to inline
     */
    public record IndicatorSummary(String commitment, String title, String figure, String change, String svg) {
    }

    private RenderedDocument diagnosticDocument(Actor actor, ContractId id, int year, Language language) {
        Contract contract = contracts.find(actor, id);
        Territory territory = territories.find(actor, contract.territory());
        io.github.clvss.core.indicator.Diagnostic diagnostic = indicators.diagnostic(actor, id, year);
        DiagnosticFormat format = new DiagnosticFormat(language, diagnostic.threshold(), true);
        ResourceBundle texts = texts(language);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale());
        List<Map<String, Object>> sections = new ArrayList<>();
        for (var section : diagnostic.sections()) {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("commitment", section.commitment());
            view.put("text", section.text().orElse(texts.getString("diagnostic.commitment.gone")));
            view.put("note", paragraphs(section.note()));
            List<Map<String, Object>> rows = new ArrayList<>();
            List<Map<String, Object>> charts = new ArrayList<>();
            for (var row : section.rows()) {
                var indicator = row.indicator();
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("name", indicator.name());
                r.put("part", row.part());
                r.put("unit", indicator.unit());
                r.put("previous", format.figure(row.previous()));
                r.put("current", format.figure(row.current()));
                r.put("change", format.change(row.change()));
                r.put("target", indicator.target().map(format::number).orElse("—"));
                r.put("direction", texts.getString("diagnostic.direction." + indicator.direction().name()));
                r.put("source", indicator.source());
                rows.add(r);
                String chartTitle = indicator.name() + " (" + indicator.unit() + ")";
                charts.add(Map.of("name", chartTitle, "svg", IndicatorChart.draw(chartTitle,
                        IndicatorChart.describe(row.series(), format), row.series(), indicator.target(), format)));
            }
            view.put("rows", rows);
            view.put("hasRows", !rows.isEmpty());
            view.put("charts", charts);
            sections.add(view);
        }
        Map<String, Map<String, Integer>> actions = new java.util.TreeMap<>();
        diagnostic.actions().forEach(t -> actions.computeIfAbsent(t.commitment(), c -> new LinkedHashMap<>())
                .merge(t.status(), t.count(), Integer::sum));
        List<String> statuses = List.of("PLANNED", "IN_PROGRESS", "DONE", "LATE", "ABANDONED");
        List<Map<String, Object>> actionRows = new ArrayList<>();
        actions.forEach((commitment, counts) -> {
            List<String> states = new ArrayList<>();
            counts.entrySet().stream()
                    .sorted(java.util.Comparator.comparingInt(e -> statuses.indexOf(e.getKey()) < 0 ? statuses.size()
                            : statuses.indexOf(e.getKey())))
                    .forEach(e -> states.add(statusText(texts, e.getKey()) + " : " + e.getValue()));
            actionRows.add(Map.of("commitment", commitment, "states", String.join(" · ", states)));
        });
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("territory", territory.name());
        model.put("contractTitle", contract.title());
        model.put("reference", contract.id().toString());
        model.put("year", String.valueOf(year));
        model.put("previousYear", String.valueOf(year - 1));
        model.put("firstYear", String.valueOf(diagnostic.firstYear()));
        model.put("demo", diagnostic.demo() || territory.provenance() == Provenance.DEMO);
        model.put("belowThreshold", format.belowThreshold());
        model.put("protecting", format.protecting());
        model.put("threshold", String.valueOf(diagnostic.threshold()));
        model.put("generalNote", paragraphs(diagnostic.generalNote()));
        model.put("sections", sections);
        model.put("hasSections", !sections.isEmpty());
        model.put("actions", actionRows);
        model.put("hasActions", !actionRows.isEmpty());
        model.put("generated", dates.format(LocalDate.ofInstant(clock.instant(), territory.facts().timeZone())));
        String title = texts.getString("diagnostic.heading") + " " + year + " — " + territory.name();
        return renderer.render("diagnostic", title, model, language,
                DocumentRenderer.slug(texts.getString("diagnostic.file") + " " + year + " " + territory.name()));
    }

    private static List<String> paragraphs(Optional<String> text) {
        return text.map(t -> java.util.Arrays.stream(t.split("\\n\\s*\\n")).map(String::strip).filter(p -> !p.isEmpty())
                .toList()).orElse(List.of());
    }

    private static String statusText(ResourceBundle texts, String status) {
        return texts.containsKey("diagnostic.action." + status) ? texts.getString("diagnostic.action." + status) : status;
    }

    /**
     * The document unique (axis 2 of the founding contract): every partner with its role,
     * initiatives, representative, public contact and current référents, then the useful
     * addresses — national, departmental, local — with the generation date and the contract's
     * reference. It holds personal data: producing it is journaled.
     */
    public RenderedDocument directory(Actor actor, ContractId id, Language language) {
        Contract contract = contracts.find(actor, id);
        Territory territory = territories.find(actor, contract.territory());
        ResourceBundle texts = texts(language);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale());
        java.util.Map<io.github.clvss.core.access.PartnerId, java.util.List<io.github.clvss.core.partner.Referent>> byPartner =
                new java.util.HashMap<>();
        io.github.clvss.core.shared.PageRequest.readAll(page -> directory.referents().list(actor, io.github.clvss.core.partner.ReferentQuery.current(territory.id()), page))
                .forEach(r -> byPartner.computeIfAbsent(r.partner(), p -> new java.util.ArrayList<>()).add(r));
        java.util.List<Map<String, Object>> partnerViews = new java.util.ArrayList<>();
        for (var partner : io.github.clvss.core.shared.PageRequest.readAll(page -> directory.partners().list(actor, id, page))) {
            var institution = directory.institutions().find(actor, partner.institution());
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("name", institution.name());
            view.put("sector", texts.getString("sector." + institution.sector().name()));
            view.put("role", partner.role());
            view.put("initiatives", partner.initiatives());
            view.put("hasInitiatives", !partner.initiatives().isEmpty());
            partner.representative().ifPresent(r -> view.put("representative", r.title() + " — " + r.name()));
            view.put("contact", contactLines(partner.contact().phone(), partner.contact().email().map(Object::toString),
                    partner.contact().web(), partner.contact().address()));
            java.util.List<Map<String, Object>> referentViews = new java.util.ArrayList<>();
            for (var referent : byPartner.getOrDefault(partner.id(), java.util.List.of())) {
                var d = referent.details().orElseThrow();
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("name", d.name() + (referent.main() ? " — " + texts.getString("directory.main") : ""));
                r.put("function", d.function());
                r.put("contact", contactLines(d.phone(), d.email().map(Object::toString), java.util.Optional.empty(),
                        java.util.Optional.empty()));
                d.availability().ifPresent(a -> r.put("availability", a));
                referentViews.add(r);
            }
            view.put("referents", referentViews);
            view.put("hasReferents", !referentViews.isEmpty());
            partnerViews.add(view);
        }
        partnerViews.sort(java.util.Comparator.comparing(v -> (String) v.get("name")));
        java.util.List<Map<String, Object>> resourceViews = new java.util.ArrayList<>();
        for (var resource : io.github.clvss.core.shared.PageRequest.readAll(page -> directory.resources().serving(actor, territory.id(), page))) {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("name", resource.name());
            view.put("scope", texts.getString("scope." + resource.scope().name()));
            view.put("description", resource.description(language));
            view.put("contact", contactLines(resource.phone(), resource.web(), java.util.Optional.empty(), resource.address()));
            resource.sms().ifPresent(sms -> view.put("sms", sms.display()));
            resource.hours().ifPresent(h -> view.put("hours", h));
            view.put("free", resource.free());
            view.put("anonymous", resource.anonymous());
            resourceViews.add(view);
        }
        directory.acts().record(actor, io.github.clvss.core.journal.Act.on("document.directory", "contract", id, territory.id()));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("territory", territory.name());
        model.put("contractTitle", contract.title());
        model.put("reference", contract.id().toString());
        model.put("partners", partnerViews);
        model.put("resources", resourceViews);
        model.put("generated", dates.format(LocalDate.now(clock.withZone(territory.facts().timeZone()))));
        String title = texts.getString("directory.heading") + " — " + territory.name();
        return renderer.render("directory", title, model, language,
                DocumentRenderer.slug(texts.getString("directory.file") + " " + territory.name()));
    }

    /**
     * The residents' help page of a territory: urgent numbers first, then listening and
     * orientation, then the département's and the territory's own addresses; phone-first,
     * plain HTML without scripts of its own but the quick exit, readable without JavaScript.
     * Public: it holds no personal data.
     *
     * @param territory the territory
     * @param language the page's language
     * @param exitUrl where the quick exit goes (a neutral website)
     */
    public RenderedDocument helpPage(io.github.clvss.core.access.TerritoryId territory, Language language, String exitUrl) {
        Actor reader = Actor.system();
        Territory place = territories.find(reader, territory);
        ResourceBundle texts = texts(language);
        var all = io.github.clvss.core.shared.PageRequest.readAll(page -> directory.resources().serving(reader, territory, page));
        java.util.List<String> emergencyOrder = java.util.List.of("17", "15", "112", "114");
        java.util.Comparator<io.github.clvss.core.resource.Resource> urgency = java.util.Comparator.comparingInt(r -> {
            int index = emergencyOrder.indexOf(r.phone().or(r::sms).map(Object::toString).orElse(""));
            return index < 0 ? emergencyOrder.size() : index;
        });
        var urgent = all.stream().filter(r -> r.kind() == io.github.clvss.core.resource.ResourceKind.EMERGENCY)
                .sorted(urgency).map(r -> helpView(r, language)).toList();
        var national = all.stream().filter(r -> r.kind() != io.github.clvss.core.resource.ResourceKind.EMERGENCY
                && r.scope() == io.github.clvss.core.resource.ResourceScope.NATIONAL).map(r -> helpView(r, language)).toList();
        var nearby = all.stream().filter(r -> r.kind() != io.github.clvss.core.resource.ResourceKind.EMERGENCY
                && r.scope() != io.github.clvss.core.resource.ResourceScope.NATIONAL).map(r -> helpView(r, language)).toList();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("territory", place.name());
        model.put("urgent", urgent);
        model.put("national", national);
        model.put("nearby", nearby);
        model.put("hasNearby", !nearby.isEmpty());
        model.put("exitUrl", exitUrl);
        Language other = language == Language.FR ? Language.EN : Language.FR;
        model.put("otherLang", other.locale().getLanguage());
        model.put("otherLanguage", texts.getString("help.other-language"));
        model.put("generated", dates.format(LocalDate.now(clock.withZone(place.facts().timeZone()))));
        String title = texts.getString("help.heading") + " — " + place.name();
        return renderer.render("help-page", title, model, language, DocumentRenderer.slug("aide " + place.name()));
    }

    /**
     * A referral decision to print: whom to contact, whether and how to report, what the law
     * asks, the situation as described (facts, never a name) and the rules applied, under the
     * rule set's version. Reading it takes the right to read the territory.
     *
     * @param actor who prints it
     * @param territory the territory whose rules made the decision
     * @param explanation the decision in words, in {@code language}
     * @param language the document's language
     */
    public RenderedDocument orientation(Actor actor, io.github.clvss.core.access.TerritoryId territory,
            io.github.clvss.core.referral.Explanation explanation, Language language) {
        Territory place = territories.find(actor, territory);
        ResourceBundle texts = texts(language);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("territory", place.name());
        model.put("contacts", explanation.contacts().stream().map(c -> {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("when", c.when());
            view.put("name", c.name());
            c.reach().ifPresent(r -> view.put("reach", r));
            view.put("how", c.how());
            view.put("why", c.why());
            return view;
        }).toList());
        model.put("reports", explanation.reports());
        model.put("hasReports", !explanation.reports().isEmpty());
        model.put("duties", explanation.duties());
        model.put("hasDuties", !explanation.duties().isEmpty());
        model.put("victim", explanation.toTellTheVictim());
        model.put("hasVictim", !explanation.toTellTheVictim().isEmpty());
        model.put("situation", explanation.situation());
        model.put("rules", explanation.rules());
        model.put("version", explanation.ruleSetVersion());
        model.put("generated", dates.format(LocalDate.now(clock.withZone(place.facts().timeZone()))));
        String title = texts.getString("orientation.heading") + " — " + place.name();
        return renderer.render("orientation", title, model, language,
                DocumentRenderer.slug(texts.getString("orientation.file") + " " + place.name()));
    }

    /**
     * The territory's logigramme: its rule set — vss's French rules, its local circuits, the
     * plug-ins — drawn as the question tree (danger, minor, who asks, consent, emprise) with
     * the reports, referrals and circuits at the leaves, to print on an A3 landscape page and
     * pin on a wall; then the same tree as a text outline, for screen readers and for a reader
     * without the picture. It names partner institutions and resources, never a person.
     */
    public RenderedDocument logigramme(Actor actor, TerritoryId territory, Language language) {
        Territory place = territories.find(actor, territory);
        ResourceBundle texts = texts(language);
        RuleSet rules = circuits.ruleSet(territory);
        Logigramme logigramme = Logigramme.of(rules);
        Function<String, String> targets = targetLabels(language);
        LogigrammeText words = new LogigrammeText(texts::getString, rules.messages(language.locale()), targets);
        LogigrammeText.Node tree = words.of(logigramme);
        String title = texts.getString("logigramme.heading") + " — " + place.name();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("territory", place.name());
        model.put("pageSize", "A3 landscape");
        model.put("version", rules.version());
        model.put("generated", dates.format(LocalDate.now(clock.withZone(place.facts().timeZone()))));
        model.put("pictures", pictures(tree, words, title, texts));
        model.put("outline", outlineView(tree));
        List<Map<String, String>> elsewhere = new ArrayList<>();
        for (Circuit circuit : logigramme.circuitsElsewhere()) {
            elsewhere.add(Map.of("name", circuit.name(), "target", targets.apply(circuit.target()), "reason", circuit.reason()));
        }
        model.put("elsewhere", elsewhere);
        model.put("hasElsewhere", !elsewhere.isEmpty());
        return renderer.render("logigramme", title, model, language,
                DocumentRenderer.slug(texts.getString("logigramme.file") + " " + place.name()));
    }

    /** Whom each referral target names, in words, through the circuits' own naming (asked once per target). */
    private Function<String, String> targetLabels(Language language) {
        Map<String, String> known = new java.util.HashMap<>();
        return target -> known.computeIfAbsent(target, t -> circuits.contact(t, language.locale()).name());
    }

    /**
     * The territory's logigramme as a standalone SVG picture, for a screen: the same tree as
     * {@link #logigramme(Actor, TerritoryId, Language)}, with its title and description.
     */
    public String logigrammeSvg(Actor actor, TerritoryId territory, Language language) {
        Territory place = territories.find(actor, territory);
        ResourceBundle texts = texts(language);
        RuleSet rules = circuits.ruleSet(territory);
        LogigrammeText words = new LogigrammeText(texts::getString, rules.messages(language.locale()),
                targetLabels(language));
        String title = texts.getString("logigramme.heading") + " — " + place.name() + " (" + rules.version() + ")";
        return LogigrammeDrawing.draw(words.of(Logigramme.of(rules)), words, title, texts.getString("logigramme.description"))
                .svg();
    }

    /**
     * The tree drawn for the wall: one picture per answer to the first question (a page each,
     * scaled to it), so that the text stays legible on A3.
     */
    private static List<Map<String, String>> pictures(LogigrammeText.Node tree, LogigrammeText words, String title,
            ResourceBundle texts) {
        List<LogigrammeText.Node> parts = tree.leaf() ? List.of(tree) : tree.branches().stream()
                .map(b -> new LogigrammeText.Node(tree.question(), List.of(b), tree.items(), tree.column())).toList();
        List<Map<String, String>> pictures = new ArrayList<>();
        for (LogigrammeText.Node part : parts) {
            String caption = part.question().map(q -> q + " — " + part.branches().getFirst().answers()).orElse("");
            String partTitle = caption.isEmpty() ? title : title + " — " + caption;
            LogigrammeDrawing.Picture picture = LogigrammeDrawing.draw(part, words, partTitle,
                    texts.getString("logigramme.description"));
            double scale = Math.min(LOGIGRAMME_WIDTH_MM / picture.width(), LOGIGRAMME_HEIGHT_MM / picture.height());
            String width = String.format(Locale.ROOT, "%.1fmm", picture.width() * scale);
            String height = String.format(Locale.ROOT, "%.1fmm", picture.height() * scale);
            pictures.add(Map.of("svg", picture.element(width, height), "svgWidth", width, "svgHeight", height,
                    "caption", caption));
        }
        return pictures;
    }

    private static final double LOGIGRAMME_WIDTH_MM = 390;
    private static final double LOGIGRAMME_HEIGHT_MM = 228;






    private static Map<String, Object> outlineView(LogigrammeText.Node node) {
        Map<String, Object> view = new LinkedHashMap<>();
        // every key set on every node: Mustache would otherwise find a parent's value
        view.put("question", node.question().orElse(""));
        view.put("items", node.items().stream().map(Documents::itemView).toList());
        view.put("hasItems", !node.items().isEmpty());
        view.put("leaf", node.leaf());
        List<Map<String, Object>> branches = new ArrayList<>();
        for (LogigrammeText.Branch branch : node.branches()) {
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("answers", branch.answers());
            b.put("node", outlineView(branch.next()));
            branches.add(b);
        }
        view.put("branches", branches);
        view.put("hasBranches", !branches.isEmpty());
        return view;
    }

    private static Map<String, Object> itemView(LogigrammeText.Item item) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("mark", item.mark());
        view.put("text", item.text());
        view.put("kind", LogigrammeText.kebab(item.kind().name()));
        view.put("notes", item.notes());
        view.put("duty", item.kind() == LogigrammeText.Kind.DUTY);
        return view;
    }

    private static Map<String, Object> helpView(io.github.clvss.core.resource.Resource r, Language language) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", r.name());
        r.phone().ifPresent(p -> {
            view.put("phone", p.display());
            view.put("phoneUri", p.telUri());
        });
        r.sms().ifPresent(p -> {
            view.put("sms", p.display());
            view.put("smsUri", "sms:" + p.value());
        });
        r.web().ifPresent(w -> view.put("web", w));
        view.put("description", r.description(language));
        r.hours().ifPresent(h -> view.put("hours", h));
        r.address().ifPresent(a -> view.put("address", a));
        view.put("free", r.free());
        view.put("anonymous", r.anonymous());
        return view;
    }

    private static String contactLines(java.util.Optional<io.github.clvss.core.shared.PhoneNumber> phone,
            java.util.Optional<String> email, java.util.Optional<String> web, java.util.Optional<String> address) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        phone.ifPresent(p -> lines.add(p.display()));
        email.ifPresent(lines::add);
        web.ifPresent(lines::add);
        address.ifPresent(lines::add);
        return String.join(" · ", lines);
    }

    private static Map<String, String> row(String label, String value) {
        return Map.of("label", label, "value", value);
    }

    /** The documents' own texts in a language (no fallback to the machine's locale). */
    private static ResourceBundle texts(Language language) {
        return ResourceBundle.getBundle("io.github.clvss.core.document.documents", language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
