package io.github.clvss.admin.partner;

import io.github.clvss.admin.base.Paging;
import io.github.clvss.core.institution.InstitutionDirectory;
import io.github.clvss.core.partner.PartnerRegister;
import java.time.Clock;
import io.github.clvss.admin.base.ProblemList;
import io.github.clvss.admin.base.Refusals;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.github.clvss.admin.security.CurrentUser;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.institution.Institution;
import io.github.clvss.core.institution.Sector;
import io.github.clvss.core.partner.Partner;
import io.github.clvss.core.partner.PublicContact;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Provenance;
import io.github.clvss.core.shared.Texts;
import io.github.clvss.core.shared.Validation;
import io.github.clvss.core.shared.VssException;
import io.github.clvss.core.territory.Siret;
import java.util.List;
import java.util.Optional;

/**
 * Adds a partner to the contract: an institution of the shared directory (searched by name),
 * or a new one registered on the way, with its role in the contract.
 */
final class PartnerAddition extends Dialog {

    PartnerAddition(InstitutionDirectory institutions, PartnerRegister partners, Clock clock, CurrentUser user, Contract contract, Runnable added) {
        setHeaderTitle(getTranslation("partners.add"));
        Actor actor = user.actor();
        ComboBox<Institution> existing = new ComboBox<>(getTranslation("partners.add.existing"));
        existing.setItemLabelGenerator(Institution::name);
        existing.setItems(query -> institutions.list(actor, query.getFilter(),
                Paging.of(query)).stream());
        existing.setHelperText(getTranslation("partners.add.existing.help"));
        TextField name = new TextField(getTranslation("partners.add.name"));
        Select<Sector> sector = new Select<>();
        sector.setLabel(getTranslation("partners.add.sector"));
        sector.setItems(Sector.values());
        sector.setItemLabelGenerator(s -> s == null ? "" : getTranslation("sector." + s.name()));
        TextField siret = new TextField(getTranslation("partners.add.siret"));
        TextArea role = new TextArea(getTranslation("partners.role"));
        role.setRequiredIndicatorVisible(true);
        Checkbox signatory = new Checkbox(getTranslation("partners.signatory"));
        ProblemList problems = new ProblemList();
        add(problems, new FormLayout(existing), new Paragraph(getTranslation("partners.add.or")),
                new FormLayout(name, sector, siret), new FormLayout(role, signatory));
        Button save = new Button(getTranslation("partners.add.save"), click -> {
            Validation check = new Validation();
            Optional<String> parsedRole = check.take(Texts.required(role.getValue(), "role", Partner.TEXT_MAX));
            boolean creating = existing.getValue() == null;
            Optional<String> parsedName = creating
                    ? check.take(Texts.required(name.getValue(), "name", Institution.NAME_MAX)) : Optional.empty();
            if (creating && sector.getValue() == null) {
                check.add(Problem.error("text.required", "sector"));
            }
            Optional<Optional<Siret>> parsedSiret = check.take(!creating || siret.isEmpty()
                    ? Parsed.valid(Optional.empty()) : Siret.parse(siret.getValue(), "siret").map(Optional::of));
            if (check.hasErrors()) {
                problems.show(getTranslation("form.problems"), check.problems());
                return;
            }
            try {
                Institution institution = creating
                        ? institutions.register(actor, Institution.register(clock, parsedName.orElseThrow(),
                                sector.getValue(), parsedSiret.orElseThrow(), Optional.empty(), Provenance.ENTERED))
                        : existing.getValue();
                partners.add(actor, Partner.join(clock, actor.id(), contract.territory(), contract.id(),
                        institution.id(), parsedRole.orElseThrow(), List.of(), PublicContact.NONE, Optional.empty(),
                        signatory.getValue(), Provenance.ENTERED));
                added.run();
                Refusals.done(getTranslation("accounts.manage.saved"));
                close();
            } catch (VssException refused) {
                problems.show(getTranslation("form.problems"), refused.problems());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}
