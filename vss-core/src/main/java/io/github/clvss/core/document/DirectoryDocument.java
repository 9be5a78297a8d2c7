package io.github.clvss.core.document;

import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.contract.ContractManagement;
import io.github.clvss.core.journal.Act;
import io.github.clvss.core.partner.Referent;
import io.github.clvss.core.partner.ReferentQuery;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.PhoneNumber;
import io.github.clvss.core.territory.Territory;
import io.github.clvss.core.territory.TerritoryAdministration;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The document unique: the contract's commitments, axis by axis, then every partner with its
 * référents, then the useful addresses; it holds personal data, so producing it is journaled.
 */
final class DirectoryDocument {

    private final DocumentRenderer renderer;
    private final ContractManagement contracts;
    private final TerritoryAdministration territories;
    private final Documents.Directory directory;
    private final io.github.clvss.core.contract.ContractLifecycle lifecycle;
    private final Clock clock;

    DirectoryDocument(DocumentRenderer renderer, ContractManagement contracts, TerritoryAdministration territories,
            Documents.Directory directory, io.github.clvss.core.contract.ContractLifecycle lifecycle, Clock clock) {
        this.renderer = renderer;
        this.contracts = contracts;
        this.territories = territories;
        this.directory = directory;
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    RenderedDocument render(Actor actor, ContractId id, Language language) {
        Contract contract = contracts.find(actor, id);
        Territory territory = territories.find(actor, contract.territory());
        ResourceBundle texts = DocumentTexts.of(language);
        DateTimeFormatter dates = DocumentTexts.dates(language);
        Map<PartnerId, List<Referent>> byPartner =
                new HashMap<>();
        directory.referents().exportEach(actor, ReferentQuery.current(territory.id()),
                r -> byPartner.computeIfAbsent(r.partner(), p -> new ArrayList<>()).add(r));
        List<Map<String, Object>> partnerViews = new ArrayList<>();
        for (var partner : PageRequest.readAll(page -> directory.partners().list(actor, id, page), x -> x.id().value())) {
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
            List<Map<String, Object>> referentViews = new ArrayList<>();
            for (var referent : byPartner.getOrDefault(partner.id(), List.of())) {
                var d = referent.details().orElseThrow();
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("name", d.name() + (referent.main() ? " — " + texts.getString("directory.main") : ""));
                r.put("function", d.function());
                r.put("contact", contactLines(d.phone(), d.email().map(Object::toString), Optional.empty(),
                        Optional.empty()));
                d.availability().ifPresent(a -> r.put("availability", a));
                referentViews.add(r);
            }
            view.put("referents", referentViews);
            view.put("hasReferents", !referentViews.isEmpty());
            partnerViews.add(view);
        }
        partnerViews.sort(Comparator.comparing(v -> (String) v.get("name")));
        List<Map<String, Object>> resourceViews = new ArrayList<>();
        for (var resource : PageRequest.readAll(page -> directory.resources().serving(actor, territory.id(), page), x -> x.id().value())) {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("name", resource.name());
            view.put("scope", texts.getString("scope." + resource.scope().name()));
            view.put("description", resource.description(language));
            view.put("contact", contactLines(resource.phone(), resource.web(), Optional.empty(), resource.address()));
            resource.sms().ifPresent(sms -> view.put("sms", sms.display()));
            resource.hours().ifPresent(h -> view.put("hours", h));
            view.put("free", resource.free());
            view.put("anonymous", resource.anonymous());
            resourceViews.add(view);
        }
        directory.acts().record(actor, Act.on("document.directory", "contract", id, territory.id()));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("territory", territory.name());
        model.put("contractTitle", contract.title());
        model.put("reference", contract.id().toString());
        List<Map<String, Object>> axisViews = new ArrayList<>();
        for (var axis : lifecycle.text(actor, id).axes()) {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("title", axis.number().map(n -> texts.getString("directory.axis").replace("{0}", String.valueOf(n)) + " — ")
                    .orElse("") + axis.title());
            view.put("commitments", axis.commitments().stream().map(c -> Map.of("id", c.id(), "text", c.text())).toList());
            axisViews.add(view);
        }
        model.put("axes", axisViews);
        model.put("hasAxes", !axisViews.isEmpty());
        model.put("partners", partnerViews);
        model.put("resources", resourceViews);
        model.put("generated", dates.format(territory.facts().today(clock)));
        String title = texts.getString("directory.heading") + " — " + territory.name();
        return renderer.render("directory", title, model, language,
                DocumentRenderer.slug(texts.getString("directory.file") + " " + territory.name()));
    }

    static String contactLines(Optional<PhoneNumber> phone,
            Optional<String> email, Optional<String> web, Optional<String> address) {
        List<String> lines = new ArrayList<>();
        phone.ifPresent(p -> lines.add(p.display()));
        email.ifPresent(lines::add);
        web.ifPresent(lines::add);
        address.ifPresent(lines::add);
        return String.join(" · ", lines);
    }
}
