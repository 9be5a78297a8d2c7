package io.github.clvss.core.document;

import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.referral.Circuit;
import io.github.clvss.core.referral.LocalCircuits;
import io.github.clvss.core.referral.Logigramme;
import io.github.clvss.core.referral.RuleSet;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.territory.Territory;
import io.github.clvss.core.territory.TerritoryAdministration;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;

/** The territory's logigramme: its rule set drawn as the question tree for an A3 wall, then as a text outline; and the same tree as an SVG picture for a screen. */
final class LogigrammeDocument {

    private final DocumentRenderer renderer;
    private final TerritoryAdministration territories;
    private final LocalCircuits circuits;
    private final Clock clock;

    LogigrammeDocument(DocumentRenderer renderer, TerritoryAdministration territories, LocalCircuits circuits, Clock clock) {
        this.renderer = renderer;
        this.territories = territories;
        this.circuits = circuits;
        this.clock = clock;
    }

    RenderedDocument render(Actor actor, TerritoryId territory, Language language) {
        Territory place = territories.find(actor, territory);
        ResourceBundle texts = DocumentTexts.of(language);
        RuleSet rules = circuits.ruleSet(territory);
        Logigramme logigramme = Logigramme.of(rules);
        Function<String, String> targets = targetLabels(language);
        LogigrammeText words = new LogigrammeText(texts::getString, rules.messages(language.locale()), targets);
        LogigrammeText.Node tree = words.of(logigramme);
        String title = texts.getString("logigramme.heading") + " — " + place.name();
        DateTimeFormatter dates = DocumentTexts.dates(language);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("territory", place.name());
        model.put("pageSize", "A3 landscape");
        model.put("version", rules.version());
        model.put("generated", dates.format(place.facts().today(clock)));
        model.put("pictures", pictures(tree, words, title, texts));
        model.put("outline", outlineView(tree));
        List<Map<String, String>> elsewhere = new ArrayList<>();
        var messages = rules.messages(language.locale());
        for (Circuit circuit : logigramme.circuitsElsewhere()) {
            String when = circuit.when().restrictions().stream().map(r -> messages.text(r.fact(), List.of()) + texts.getString(
                    "logigramme.elsewhere.is") + r.values().stream().map(v -> messages.text(v, List.of()))
                            .collect(java.util.stream.Collectors.joining(texts.getString("logigramme.answer.or"))))
                    .collect(java.util.stream.Collectors.joining(" · "));
            elsewhere.add(Map.of("name", circuit.name(), "target", targets.apply(circuit.target()), "reason", circuit.reason(),
                    "when", when));
        }
        model.put("elsewhere", elsewhere);
        model.put("hasElsewhere", !elsewhere.isEmpty());
        return renderer.render("logigramme", title, model, language,
                DocumentRenderer.slug(texts.getString("logigramme.file") + " " + place.name()));
    }

    private Function<String, String> targetLabels(Language language) {
        Map<String, String> known = new HashMap<>();
        return target -> known.computeIfAbsent(target, t -> circuits.contact(t, language.locale()).name());
    }

    String svg(Actor actor, TerritoryId territory, Language language) {
        return svg(actor, territory, language, LogigrammeDrawing.SCREEN_WIDTH);
    }

    String svg(Actor actor, TerritoryId territory, Language language, double width) {
        Territory place = territories.find(actor, territory);
        ResourceBundle texts = DocumentTexts.of(language);
        RuleSet rules = circuits.ruleSet(territory);
        LogigrammeText words = new LogigrammeText(texts::getString, rules.messages(language.locale()),
                targetLabels(language));
        String title = texts.getString("logigramme.heading") + " — " + place.name() + " (" + rules.version() + ")";
        return LogigrammeDrawing.draw(words.of(Logigramme.of(rules)), words, title, texts.getString("logigramme.description"),
                Math.max(LogigrammeDrawing.NARROWEST, width)).svg();
    }

    /**
     * The tree drawn across the A3 page's width and cut into bands between its rows, one band
     * per page, so that its text prints at about 12 points.
     */
    private static List<Map<String, String>> pictures(LogigrammeText.Node tree, LogigrammeText words, String title,
            ResourceBundle texts) {
        LogigrammeDrawing.Picture picture = LogigrammeDrawing.draw(tree, words, title,
                texts.getString("logigramme.description"), PAGE_WIDTH);
        double millimetres = LOGIGRAMME_WIDTH_MM / picture.width();
        List<double[]> bands = picture.bands(LOGIGRAMME_HEIGHT_MM / millimetres);
        List<Map<String, String>> pictures = new ArrayList<>();
        for (int i = 0; i < bands.size(); i++) {
            double[] band = bands.get(i);
            double scale = Math.min(millimetres, LOGIGRAMME_HEIGHT_MM / (band[1] - band[0]));
            String width = String.format(Locale.ROOT, "%.1fmm", picture.width() * scale);
            String height = String.format(Locale.ROOT, "%.1fmm", (band[1] - band[0]) * scale);
            pictures.add(Map.of("svg", picture.band(band[0], band[1], width, height, i + 1), "svgWidth", width,
                    "svgHeight", height));
        }
        return pictures;
    }

    /** The drawing's width on an A3 page, in its units: about 12-point text once scaled to the page. */
    static final double PAGE_WIDTH = 1400;
    static final double LOGIGRAMME_WIDTH_MM = 390;
    static final double LOGIGRAMME_HEIGHT_MM = 228;

    private static Map<String, Object> outlineView(LogigrammeText.Node node) {
        Map<String, Object> view = new LinkedHashMap<>();
        // every key set on every node: Mustache would otherwise find a parent's value
        view.put("question", node.question().orElse(""));
        view.put("items", node.items().stream().map(LogigrammeDocument::itemView).toList());
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
}
