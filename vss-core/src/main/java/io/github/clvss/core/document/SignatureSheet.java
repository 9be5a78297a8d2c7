package io.github.clvss.core.document;

import io.github.clvss.core.access.Actor;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.contract.ContractLifecycle;
import io.github.clvss.core.contract.ContractManagement;
import io.github.clvss.core.journal.Act;
import io.github.clvss.core.journal.Acts;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.territory.Territory;
import io.github.clvss.core.territory.TerritoryAdministration;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/** The signature sheet of a contract's current text, one row per required signatory; it names the representatives, so producing it is journaled. */
final class SignatureSheet {

    private final DocumentRenderer renderer;
    private final ContractManagement contracts;
    private final TerritoryAdministration territories;
    private final ContractLifecycle lifecycle;
    private final Acts acts;
    private final Clock clock;

    SignatureSheet(DocumentRenderer renderer, ContractManagement contracts, TerritoryAdministration territories, ContractLifecycle lifecycle, Acts acts, Clock clock) {
        this.renderer = renderer;
        this.contracts = contracts;
        this.territories = territories;
        this.lifecycle = lifecycle;
        this.acts = acts;
        this.clock = clock;
    }

    RenderedDocument render(Actor actor, ContractId id, Language language) {
        Contract contract = contracts.find(actor, id);
        Territory territory = territories.find(actor, contract.territory());
        var state = lifecycle.lifecycle(actor, id);
        ResourceBundle texts = DocumentTexts.of(language);
        DateTimeFormatter dates = DocumentTexts.dates(language);
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
        model.put("generated", dates.format(territory.facts().today(clock)));
        String title = texts.getString("signatures.heading") + " — " + territory.name();
        // it names the representatives: an export of personal data
        acts.record(actor, Act.on("document.signatures", "contract", id,
                territory.id()));
        return renderer.render("signature-sheet", title, model, language,
                DocumentRenderer.slug(texts.getString("signatures.file") + " " + territory.name()));
    }
}
