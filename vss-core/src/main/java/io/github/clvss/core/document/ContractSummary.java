package io.github.clvss.core.document;

import io.github.clvss.core.access.Actor;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.contract.ContractManagement;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.shared.Provenance;
import io.github.clvss.core.territory.InseeCode;
import io.github.clvss.core.territory.Territory;
import io.github.clvss.core.territory.TerritoryAdministration;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/** The one-page summary of a contract: its territory, title, period and where its facts come from. */
final class ContractSummary {

    private final DocumentRenderer renderer;
    private final ContractManagement contracts;
    private final TerritoryAdministration territories;
    private final Clock clock;

    ContractSummary(DocumentRenderer renderer, ContractManagement contracts, TerritoryAdministration territories, Clock clock) {
        this.renderer = renderer;
        this.contracts = contracts;
        this.territories = territories;
        this.clock = clock;
    }

    RenderedDocument render(Actor actor, ContractId id, Language language) {
        Contract contract = contracts.find(actor, id);
        Territory territory = territories.find(actor, contract.territory());
        ResourceBundle texts = DocumentTexts.of(language);
        DateTimeFormatter dates = DocumentTexts.dates(language);
        String unknown = texts.getString("value.unknown");

        List<Map<String, String>> rows = List.of(
                DocumentTexts.row(texts.getString("summary.contract.title"), contract.title()),
                DocumentTexts.row(texts.getString("summary.territory"), territory.name()),
                DocumentTexts.row(texts.getString("summary.insee"), territory.facts().inseeCode().map(InseeCode::value).orElse(unknown)),
                DocumentTexts.row(texts.getString("summary.department"), territory.facts().department().value()),
                DocumentTexts.row(texts.getString("summary.siren"), territory.facts().siren().value()),
                DocumentTexts.row(texts.getString("summary.start"), contract.startDate().map(dates::format).orElse(unknown)),
                DocumentTexts.row(texts.getString("summary.end"), contract.endDate().map(dates::format).orElse(unknown)),
                DocumentTexts.row(texts.getString("summary.provenance"), texts.getString("provenance." + contract.provenance().name())),
                DocumentTexts.row(texts.getString("summary.reference"), contract.id().toString()));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("territory", territory.name());
        model.put("rows", rows);
        model.put("demo", contract.provenance() == Provenance.DEMO || territory.provenance() == Provenance.DEMO);
        model.put("generated", dates.format(territory.facts().today(clock)));
        String title = texts.getString("summary.heading") + " — " + territory.name();
        return renderer.render("contract-summary", title, model, language,
                DocumentRenderer.slug(texts.getString("summary.file") + " " + territory.name()));
    }
}
