package io.github.clvss.admin.partner;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.github.clvss.admin.base.CsvImportDialog;
import io.github.clvss.admin.security.CurrentUser;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.csv.CsvImport;
import io.github.clvss.core.csv.ReferentsCsv;
import io.github.clvss.core.partner.Referent;
import io.github.clvss.core.shared.Parsed;
import java.util.function.Function;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/** The button that imports a spreadsheet of référents into the contract, through a checked preview. */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
final class ReferentsImport extends Button {

    private final transient ReferentsCsv referentsCsv;

    private final transient CsvImport.Limits csvLimits;
    private final CurrentUser user;

    ReferentsImport(ReferentsCsv referentsCsv, CsvImport.Limits csvLimits, CurrentUser user) {
        this.referentsCsv = referentsCsv;
        this.csvLimits = csvLimits;
        this.user = user;
        setText(getTranslation("referents.import"));
        setIcon(VaadinIcon.UPLOAD.create());
    }

    /**
     * Imports into {@code contract}.
     *
     * @param name a partner's name, for the preview
     * @param imported told once the référents are appointed
     */
    ReferentsImport into(Contract contract, Function<PartnerId, String> name, Runnable imported) {
        Actor actor = user.actor();
        addClickListener(click ->
                new CsvImportDialog<Referent>(getTranslation("referents.import"), getTranslation("referents.import.help"),
                        csvLimits,
                        (bytes, progress) -> referentsCsv.read(actor, contract.id(), bytes, progress),
                        lines -> Parsed.valid(referentsCsv.appoint(actor, lines).size()),
                        imported)
                        .wording("import.lines")
                        .column(getTranslation("referents.column.partner"), r -> name.apply(r.partner()))
                        .column(getTranslation("referents.column.name"), r -> r.details().orElseThrow().name())
                        .column(getTranslation("referents.column.function"), r -> r.details().orElseThrow().function())
                        .open());
        return this;
    }
}
