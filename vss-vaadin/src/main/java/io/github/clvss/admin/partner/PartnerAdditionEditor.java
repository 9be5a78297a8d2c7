package io.github.clvss.admin.partner;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ValidationResult;
import io.github.clvss.admin.base.FieldCheck;
import io.github.clvss.admin.base.FormDialog;
import io.github.clvss.admin.base.Paging;
import io.github.clvss.admin.security.CurrentUser;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.institution.Institution;
import io.github.clvss.core.institution.InstitutionDirectory;
import io.github.clvss.core.institution.InstitutionId;
import io.github.clvss.core.institution.Sector;
import io.github.clvss.core.partner.Partner;
import io.github.clvss.core.partner.PartnerRegister;
import io.github.clvss.core.shared.Messages;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Texts;
import io.github.clvss.core.shared.Verification;
import io.github.clvss.core.territory.Siret;
import java.time.Clock;

/**
 * Adds a partner to the contract: an institution of the shared directory (searched by name),
 * or a new one registered on the way, with its role in the contract. What was typed stays until
 * it is valid; every problem shows at once, on its field and listed above the form.
 */
final class PartnerAdditionEditor extends FormDialog<PartnerAdditionForm> {

    private final transient InstitutionDirectory institutions;
    private final transient PartnerRegister partners;
    private final transient Clock clock;
    private final CurrentUser user;
    private final transient Contract contract;
    private transient java.util.function.Consumer<PartnerId> added = id -> { };

    PartnerAdditionEditor(InstitutionDirectory institutions, PartnerRegister partners, Clock clock, CurrentUser user,
            Contract contract, Runnable added) {
        super("partners.add", PartnerAdditionForm.class, new PartnerAdditionForm(), added);
        this.institutions = institutions;
        this.partners = partners;
        this.clock = clock;
        this.user = user;
        this.contract = contract;
        saveButton().setText(getTranslation("partners.add.save"));
        listEveryProblem();
        binder().setDefaultValidatorsEnabled(false);
        Actor actor = user.actor();
        ComboBox<Institution> existing = new ComboBox<>(getTranslation("partners.add.existing"));
        existing.setItemLabelGenerator(Institution::name);
        existing.setItems(query -> institutions.list(actor, query.getFilter(), Paging.of(query)).stream());
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

        binder().forField(place("institution", existing, 2))
                .bind(PartnerAdditionForm::getExisting, PartnerAdditionForm::setExisting);
        placeOther(new Paragraph(getTranslation("partners.add.or")), 2);
        binder().forField(place("name", name, 1))
                .withValidator((typed, context) -> existing.getValue() != null ? ValidationResult.ok()
                        : FieldCheck.of((raw, path) -> Texts.required(raw, path, Institution.NAME_MAX), "name", false)
                                .apply(typed, context))
                .bind(PartnerAdditionForm::getName, PartnerAdditionForm::setName);
        binder().forField(place("sector", sector, 1))
                .withValidator((chosen, context) -> existing.getValue() != null || chosen != null ? ValidationResult.ok()
                        : ValidationResult.error(Messages.of(getLocale()).text(Problem.error("text.required", "sector"))))
                .bind(PartnerAdditionForm::getSector, PartnerAdditionForm::setSector);
        binder().forField(place("siret", siret, 1))
                .withValidator((typed, context) -> existing.getValue() != null ? ValidationResult.ok()
                        : FieldCheck.of(Siret::parse, "siret", true).apply(typed, context))
                .bind(PartnerAdditionForm::getSiret, PartnerAdditionForm::setSiret);
        binder().forField(place("role", role, 2))
                .withValidator(FieldCheck.of((raw, path) -> Texts.required(raw, path, Partner.TEXT_MAX), "role", false))
                .bind(PartnerAdditionForm::getRole, PartnerAdditionForm::setRole);
        binder().forField(signatory).bind(PartnerAdditionForm::isSignatory, PartnerAdditionForm::setSignatory);
        placeOther(signatory, 1);
        binder().readBean(model());
    }

    /** Told of the partner once added (to show it in its list). */
    PartnerAdditionEditor whenAdded(java.util.function.Consumer<PartnerId> added) {
        this.added = added;
        return this;
    }

    @Override
    protected String save(PartnerAdditionForm form) {
        Actor actor = user.actor();
        Institution institution = form.getExisting() != null ? form.getExisting()
                : institutions.register(actor, PartnerMapping.MAP.toInstitution(form, InstitutionId.next(clock)));
        PartnerId id = PartnerId.next(clock);
        partners.add(actor, PartnerMapping.MAP.toPartner(form, new PartnerMapping.Joining(id,
                contract.territory(), contract.id(), institution.id(), Verification.now(clock, actor.id()))));
        added.accept(id);
        return getTranslation("accounts.manage.saved");
    }
}
