package io.github.clvss.admin.partner;

import io.github.clvss.admin.base.ProblemList;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.github.clvss.core.partner.Referent;
import io.github.clvss.core.partner.ReferentDetails;
import io.github.clvss.core.shared.EmailAddress;
import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.PhoneNumber;
import io.github.clvss.core.shared.Texts;
import io.github.clvss.core.shared.Validation;
import io.github.clvss.core.shared.VssException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A référent's details: to appoint one, correct one, or name a successor. What was typed stays
 * until it is valid; every problem shows at once.
 */
final class ReferentForm extends Dialog {

    /** What to do with valid details. */
    interface Save {
        void save(ReferentDetails details, Optional<LocalDate> from, Optional<LocalDate> until, boolean main);
    }

    private final TextField name = new TextField();
    private final TextField function = new TextField();
    private final TextField phone = new TextField();
    private final TextField email = new TextField();
    private final TextField availability = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker until = new DatePicker();
    private final Checkbox main = new Checkbox();
    private final ProblemList problems = new ProblemList();

    ReferentForm(String title, Optional<Referent> current, boolean withUntil, boolean withMain, Save save) {
        setHeaderTitle(title);
        name.setLabel(getTranslation("referents.column.name"));
        name.setRequiredIndicatorVisible(true);
        function.setLabel(getTranslation("referents.column.function"));
        function.setRequiredIndicatorVisible(true);
        phone.setLabel(getTranslation("referents.column.phone"));
        phone.setHelperText(getTranslation("referents.phone.help"));
        email.setLabel(getTranslation("referents.column.email"));
        availability.setLabel(getTranslation("referents.column.availability"));
        from.setLabel(getTranslation("referents.from"));
        until.setLabel(getTranslation("referents.until"));
        until.setVisible(withUntil);
        main.setLabel(getTranslation("referents.main"));
        main.setVisible(withMain);
        current.flatMap(Referent::details).ifPresent(d -> {
            name.setValue(d.name());
            function.setValue(d.function());
            d.phone().ifPresent(p -> phone.setValue(p.display()));
            d.email().ifPresent(e -> email.setValue(e.value()));
            d.availability().ifPresent(availability::setValue);
        });
        current.flatMap(Referent::from).ifPresent(from::setValue);
        current.flatMap(Referent::until).ifPresent(until::setValue);
        add(problems, new FormLayout(name, function, phone, email, availability, from, until, main));
        Button ok = new Button(getTranslation("referents.save"), click -> {
            Validation check = new Validation();
            Optional<String> n = check.take(Texts.required(name.getValue(), "name", ReferentDetails.NAME_MAX));
            Optional<String> f = check.take(Texts.required(function.getValue(), "function", ReferentDetails.TEXT_MAX));
            Optional<Optional<PhoneNumber>> p = check.take(PhoneNumber.parseOptional(Optional.of(phone.getValue()), "phone"));
            Optional<Optional<EmailAddress>> e = check.take(email.isEmpty() ? Parsed.valid(Optional.empty())
                    : EmailAddress.parse(email.getValue(), "email").map(Optional::of));
            if (check.hasErrors()) {
                problems.show(getTranslation("form.problems"), check.problems());
                return;
            }
            try {
                save.save(new ReferentDetails(n.orElseThrow(), f.orElseThrow(), p.orElseThrow(), e.orElseThrow(),
                        availability.isEmpty() ? Optional.empty() : Optional.of(availability.getValue().strip())),
                        Optional.ofNullable(from.getValue()), Optional.ofNullable(until.getValue()), main.getValue());
                close();
            } catch (VssException refused) {
                problems.show(getTranslation("form.problems"), refused.problems());
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), ok);
    }
}
