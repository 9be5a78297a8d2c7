package io.github.clvss.core.document;

import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.resource.Resource;
import io.github.clvss.core.resource.ResourceKind;
import io.github.clvss.core.resource.ResourceRegistry;
import io.github.clvss.core.resource.ResourceScope;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.territory.Territory;
import io.github.clvss.core.territory.TerritoryAdministration;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/** The residents' help page of a territory: urgent numbers first, then listening and orientation, then nearby addresses. Public: no personal data. */
final class HelpPage {

    private final DocumentRenderer renderer;
    private final TerritoryAdministration territories;
    private final ResourceRegistry resources;
    private final Clock clock;

    HelpPage(DocumentRenderer renderer, TerritoryAdministration territories, ResourceRegistry resources, Clock clock) {
        this.renderer = renderer;
        this.territories = territories;
        this.resources = resources;
        this.clock = clock;
    }

    RenderedDocument render(TerritoryId territory, Language language, String exitUrl) {
        Actor reader = Actor.system();
        Territory place = territories.find(reader, territory);
        ResourceBundle texts = DocumentTexts.of(language);
        var all = PageRequest.readAll(page -> resources.serving(reader, territory, page), x -> x.id().value());
        List<String> emergencyOrder = List.of("17", "15", "112", "114");
        Comparator<Resource> urgency = Comparator.comparingInt(r -> {
            int index = emergencyOrder.indexOf(r.phone().or(r::sms).map(Object::toString).orElse(""));
            return index < 0 ? emergencyOrder.size() : index;
        });
        var urgent = all.stream().filter(r -> r.kind() == ResourceKind.EMERGENCY)
                .sorted(urgency).map(r -> helpView(r, language)).toList();
        var national = all.stream().filter(r -> r.kind() != ResourceKind.EMERGENCY
                && r.scope() == ResourceScope.NATIONAL).map(r -> helpView(r, language)).toList();
        var nearby = all.stream().filter(r -> r.kind() != ResourceKind.EMERGENCY
                && r.scope() != ResourceScope.NATIONAL).map(r -> helpView(r, language)).toList();
        DateTimeFormatter dates = DocumentTexts.dates(language);
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
        model.put("generated", dates.format(place.facts().today(clock)));
        String title = texts.getString("help.heading") + " — " + place.name();
        return renderer.render("help-page", title, model, language, DocumentRenderer.slug("aide " + place.name()));
    }

    private static Map<String, Object> helpView(Resource r, Language language) {
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
}
