package io.github.clvss.admin.partner;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ValidationResult;
import io.github.clvss.admin.base.FieldCheck;
import io.github.clvss.admin.base.PageForm;
import io.github.clvss.core.partner.Partner;
import io.github.clvss.core.shared.EmailAddress;
import io.github.clvss.core.shared.Messages;
import io.github.clvss.core.shared.PhoneNumber;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Texts;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A partner's facts, inside the partner's dialog: editable by the coordinator and by the
 * partner's own users, saved against the version shown. The input stays when vss refuses it.
 */
final class PartnerFactsEditor extends PageForm<PartnerFactsForm> {

    private final transient Supplier<Partner> current;
    private final transient Function<Partner, String> store;

    /**
     * @param shown the partner as shown when the dialog opened
     * @param current the partner as the dialog knows it now (its version)
     * @param store corrects the partner in vss-core and says what was done
     */
    PartnerFactsEditor(Partner shown, Supplier<Partner> current, Function<Partner, String> store) {
        super("partners.save", PartnerFactsForm.class, PartnerMapping.MAP.toForm(shown));
        this.current = current;
        this.store = store;
        binder().setDefaultValidatorsEnabled(false);
        TextArea role = new TextArea(getTranslation("partners.role"));
        TextArea initiatives = new TextArea(getTranslation("partners.initiatives"));
        initiatives.setHelperText(getTranslation("partners.initiatives.help"));
        TextField phone = new TextField(getTranslation("partners.phone"));
        TextField email = new TextField(getTranslation("partners.email"));
        TextField web = new TextField(getTranslation("partners.web"));
        TextField address = new TextField(getTranslation("partners.address"));
        TextField representativeTitle = new TextField(getTranslation("partners.representative.title"));
        TextField representativeName = new TextField(getTranslation("partners.representative.name"));
        Checkbox signatory = new Checkbox(getTranslation("partners.signatory"));

        binder().forField(place("role", role, 1))
                .withValidator(FieldCheck.of((raw, path) -> Texts.required(raw, path, Partner.TEXT_MAX), "role", false))
                .bind(PartnerFactsForm::getRole, PartnerFactsForm::setRole);
        binder().forField(place("initiatives", initiatives, 1))
                .bind(PartnerFactsForm::getInitiatives, PartnerFactsForm::setInitiatives);
        binder().forField(place("phone", phone, 1)).withValidator(FieldCheck.of(PhoneNumber::parse, "phone", true))
                .bind(PartnerFactsForm::getPhone, PartnerFactsForm::setPhone);
        binder().forField(place("email", email, 1)).withValidator(FieldCheck.of(EmailAddress::parse, "email", true))
                .bind(PartnerFactsForm::getEmail, PartnerFactsForm::setEmail);
        binder().forField(place("web", web, 1)).bind(PartnerFactsForm::getWeb, PartnerFactsForm::setWeb);
        binder().forField(place("address", address, 1)).bind(PartnerFactsForm::getAddress, PartnerFactsForm::setAddress);
        binder().forField(place("representative.title", representativeTitle, 1))
                .bind(PartnerFactsForm::getRepresentativeTitle, PartnerFactsForm::setRepresentativeTitle);
        binder().forField(place("representative", representativeName, 1))
                .withValidator((name, context) -> name.isBlank() == representativeTitle.getValue().isBlank()
                        ? ValidationResult.ok()
                        : ValidationResult.error(Messages.of(getLocale()).text(Problem.error("representative.invalid",
                                "representative"))))
                .bind(PartnerFactsForm::getRepresentativeName, PartnerFactsForm::setRepresentativeName);
        binder().forField(signatory).bind(PartnerFactsForm::isSignatory, PartnerFactsForm::setSignatory);
        placeOther(signatory, 1);
        binder().readBean(model());
    }

    @Override
    protected String save(PartnerFactsForm form) {
        return store.apply(PartnerMapping.MAP.toPartner(form, current.get()));
    }
}
