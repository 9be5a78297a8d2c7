package io.github.clvss.core.document;

import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.referral.Explanation;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.territory.Territory;
import io.github.clvss.core.territory.TerritoryAdministration;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ResourceBundle;

/** A referral decision to print: whom to contact, whether and how to report, what the law asks, the situation and the rules applied. */
final class OrientationDocument {

    private final DocumentRenderer renderer;
    private final TerritoryAdministration territories;
    private final Clock clock;

    OrientationDocument(DocumentRenderer renderer, TerritoryAdministration territories, Clock clock) {
        this.renderer = renderer;
        this.territories = territories;
        this.clock = clock;
    }

    RenderedDocument render(Actor actor, TerritoryId territory,
            Explanation explanation, Language language) {
        Territory place = territories.find(actor, territory);
        ResourceBundle texts = DocumentTexts.of(language);
        DateTimeFormatter dates = DocumentTexts.dates(language);
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
        model.put("generated", dates.format(place.facts().today(clock)));
        String title = texts.getString("orientation.heading") + " — " + place.name();
        return renderer.render("orientation", title, model, language,
                DocumentRenderer.slug(texts.getString("orientation.file") + " " + place.name()));
    }
}
