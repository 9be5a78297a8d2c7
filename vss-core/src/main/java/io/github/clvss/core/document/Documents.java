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
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The documents vss prints, each a view of the data through the {@link DocumentRenderer}.
 * Reading a document takes the same rights as reading its data.
 */
public final class Documents {

    private final DocumentRenderer renderer;
    private final ContractManagement contracts;
    private final TerritoryAdministration territories;
    private final Clock clock;

    /**
     * @param renderer the document pipeline
     * @param contracts to read contracts (access checked there)
     * @param territories to read territories (access checked there)
     * @param clock the generation date
     */
    public Documents(DocumentRenderer renderer, ContractManagement contracts, TerritoryAdministration territories,
            Clock clock) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.contracts = Objects.requireNonNull(contracts, "contracts");
        this.territories = Objects.requireNonNull(territories, "territories");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The pipeline, to turn a rendered document into a PDF. */
    public DocumentRenderer renderer() {
        return renderer;
    }

    /** A one-page summary of a contract: its territory, title, period and where its facts come from. */
    public RenderedDocument contractSummary(Actor actor, ContractId id, Language language) {
        Contract contract = contracts.find(actor, id);
        Territory territory = territories.find(actor, contract.territory());
        ResourceBundle texts = ResourceBundle.getBundle("io.github.clvss.core.document.documents", language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
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

    private static Map<String, String> row(String label, String value) {
        return Map.of("label", label, "value", value);
    }
}
