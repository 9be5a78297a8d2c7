package io.github.clvss.admin.partner;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import io.github.clvss.admin.base.FieldCheck;
import io.github.clvss.admin.base.FormDialog;
import io.github.clvss.core.partner.Referent;
import io.github.clvss.core.partner.ReferentDetails;
import io.github.clvss.core.shared.EmailAddress;
import io.github.clvss.core.shared.PhoneNumber;
import io.github.clvss.core.shared.Texts;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A référent's details: to appoint one, correct one, or name a successor. What was typed stays
 * until it is valid; every problem shows at once, on its field and listed above the form.
 */
final class ReferentEditor extends FormDialog<ReferentForm> {

    /** What to do with valid details (vss-core says why not). */
    interface Save {
        void save(ReferentDetails details, Optional<LocalDate> from, Optional<LocalDate> until, boolean main);
    }

    private final transient Save save;

    /**
     * @param titleKey the translation key of the title (what is done: appoint, correct, replace)
     * @param current the référent whose details the form starts from, if any
     */
    ReferentEditor(String titleKey, Optional<Referent> current, boolean withUntil, boolean withMain, Save save,
            Runnable saved) {
        super(titleKey, ReferentForm.class, current.map(PartnerMapping.MAP::toForm).orElseGet(ReferentForm::new), saved);
        this.save = save;
        listEveryProblem();
        binder().setDefaultValidatorsEnabled(false);
        TextField name = new TextField(getTranslation("referents.column.name"));
        name.setRequiredIndicatorVisible(true);
        TextField function = new TextField(getTranslation("referents.column.function"));
        function.setRequiredIndicatorVisible(true);
        TextField phone = new TextField(getTranslation("referents.column.phone"));
        phone.setHelperText(getTranslation("referents.phone.help"));
        TextField email = new TextField(getTranslation("referents.column.email"));
        TextField availability = new TextField(getTranslation("referents.column.availability"));
        DatePicker from = new DatePicker(getTranslation("referents.from"));
        DatePicker until = new DatePicker(getTranslation("referents.until"));
        until.setVisible(withUntil);
        Checkbox main = new Checkbox(getTranslation("referents.main"));
        main.setVisible(withMain);

        binder().forField(place("name", name, 1))
                .withValidator(FieldCheck.of((raw, path) -> Texts.required(raw, path, ReferentDetails.NAME_MAX), "name", false))
                .bind(ReferentForm::getName, ReferentForm::setName);
        binder().forField(place("function", function, 1))
                .withValidator(FieldCheck.of((raw, path) -> Texts.required(raw, path, ReferentDetails.TEXT_MAX), "function", false))
                .bind(ReferentForm::getFunction, ReferentForm::setFunction);
        binder().forField(place("phone", phone, 1)).withValidator(FieldCheck.of(PhoneNumber::parse, "phone", true))
                .bind(ReferentForm::getPhone, ReferentForm::setPhone);
        binder().forField(place("email", email, 1)).withValidator(FieldCheck.of(EmailAddress::parse, "email", true))
                .bind(ReferentForm::getEmail, ReferentForm::setEmail);
        binder().forField(place("availability", availability, 1))
                .bind(ReferentForm::getAvailability, ReferentForm::setAvailability);
        binder().forField(place("from", from, 1)).bind(ReferentForm::getFrom, ReferentForm::setFrom);
        binder().forField(place("until", until, 1)).bind(ReferentForm::getUntil, ReferentForm::setUntil);
        binder().forField(main).bind(ReferentForm::isMain, ReferentForm::setMain);
        placeOther(main, 1);
        binder().readBean(model());
    }

    @Override
    protected String save(ReferentForm form) {
        save.save(PartnerMapping.MAP.toDetails(form), Optional.ofNullable(form.getFrom()),
                Optional.ofNullable(form.getUntil()), form.isMain());
        return getTranslation("accounts.manage.saved");
    }
}
