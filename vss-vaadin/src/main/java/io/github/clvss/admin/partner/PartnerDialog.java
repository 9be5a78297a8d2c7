package io.github.clvss.admin.partner;

import io.github.clvss.core.partner.PartnerRegister;
import io.github.clvss.core.partner.ReferentRegister;
import java.time.Clock;
import io.github.clvss.admin.base.ProblemList;
import io.github.clvss.admin.base.Refusals;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.github.clvss.admin.security.CurrentUser;
import io.github.clvss.core.access.AccessPolicy;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.partner.Partner;
import io.github.clvss.core.partner.PublicContact;
import io.github.clvss.core.partner.Referent;
import io.github.clvss.core.partner.ReferentQuery;
import io.github.clvss.core.partner.Representative;
import io.github.clvss.core.shared.EmailAddress;
import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.PhoneNumber;
import io.github.clvss.core.shared.Provenance;
import io.github.clvss.core.shared.Texts;
import io.github.clvss.core.shared.Validation;
import io.github.clvss.core.shared.VssException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One partner: its facts (editable by the coordinator and by the partner's own users), their
 * confirmation, and its référents with their history.
 */
final class PartnerDialog extends Dialog {

    private final transient PartnerRegister partners;

    private final transient ReferentRegister referents;

    private final transient Clock clock;
    private final CurrentUser user;
    private final Runnable changed;
    private final ProblemList problems = new ProblemList();
    private final TextArea role = new TextArea();
    private final TextArea initiatives = new TextArea();
    private final TextField phone = new TextField();
    private final TextField email = new TextField();
    private final TextField web = new TextField();
    private final TextField address = new TextField();
    private final TextField representativeTitle = new TextField();
    private final TextField representativeName = new TextField();
    private final Checkbox signatory = new Checkbox();
    private Partner partner;

    PartnerDialog(PartnerRegister partners, ReferentRegister referents, Clock clock, CurrentUser user, Partner partner, String institution, Runnable changed) {
        this.partners = partners;
        this.referents = referents;
        this.clock = clock;
        this.user = user;
        this.partner = partner;
        this.changed = changed;
        setHeaderTitle(institution);
        setWidth("min(70rem, 96vw)");
        Actor actor = user.actor();
        boolean mayChange = AccessPolicy.changePartner(actor, partner.territory(), partner.id()).isAllowed();
        role.setLabel(getTranslation("partners.role"));
        initiatives.setLabel(getTranslation("partners.initiatives"));
        initiatives.setHelperText(getTranslation("partners.initiatives.help"));
        phone.setLabel(getTranslation("partners.phone"));
        email.setLabel(getTranslation("partners.email"));
        web.setLabel(getTranslation("partners.web"));
        address.setLabel(getTranslation("partners.address"));
        representativeTitle.setLabel(getTranslation("partners.representative.title"));
        representativeName.setLabel(getTranslation("partners.representative.name"));
        signatory.setLabel(getTranslation("partners.signatory"));
        fill(partner);
        FormLayout form = new FormLayout(role, initiatives, phone, email, web, address, representativeTitle, representativeName,
                signatory);
        form.getChildren().forEach(field -> ((com.vaadin.flow.component.HasEnabled) field).setEnabled(mayChange));
        Button save = new Button(getTranslation("partners.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button confirm = new Button(getTranslation("partners.confirm"), click -> act(() ->
                partners.confirm(user.actor(), this.partner.id(), this.partner.version())));
        Div factActions = new Div(save, confirm);
        factActions.addClassName("vss-inline");
        factActions.setVisible(mayChange);
        Button request = new Button(getTranslation("partners.request"), click -> {
            try {
                int notified = partners.requestConfirmation(user.actor(), this.partner.id());
                Refusals.done(getTranslation("partners.request.done", notified));
            } catch (VssException refused) {
                Refusals.show(refused);
            }
        });
        request.setVisible(actor.coordinates(partner.territory()));
        add(problems, form, factActions, request);

        add(new H3(getTranslation("referents.title")));
        ReferentGrid referentGrid = new ReferentGrid(referents, clock, user,
                () -> new ReferentQuery(partner.territory(), Optional.of(partner.id()), Optional.empty(), false),
                id -> institution, false);
        referentGrid.setAllRowsVisible(true);
        Button appoint = new Button(getTranslation("referents.appoint"), click -> new ReferentForm(
                getTranslation("referents.appoint"), Optional.empty(), false, true, (details, from, until, main) -> {
                    referents.appoint(user.actor(), Referent.appoint(clock, partner.id(), partner.territory(),
                            details, from, main, Provenance.ENTERED));
                    referentGrid.refresh();
                    Refusals.done(getTranslation("accounts.manage.saved"));
                }).open());
        appoint.setVisible(mayChange);
        add(appoint, referentGrid);
        getFooter().add(new Button(getTranslation("action.close"), click -> close()));
    }

    private void fill(Partner p) {
        role.setValue(p.role());
        initiatives.setValue(String.join("\n", p.initiatives()));
        phone.setValue(p.contact().phone().map(PhoneNumber::display).orElse(""));
        email.setValue(p.contact().email().map(EmailAddress::value).orElse(""));
        web.setValue(p.contact().web().orElse(""));
        address.setValue(p.contact().address().orElse(""));
        representativeTitle.setValue(p.representative().map(Representative::title).orElse(""));
        representativeName.setValue(p.representative().map(Representative::name).orElse(""));
        signatory.setValue(p.signatory());
    }

    private void save() {
        Validation check = new Validation();
        Optional<String> parsedRole = check.take(Texts.required(role.getValue(), "role", Partner.TEXT_MAX));
        List<String> lines = Arrays.stream(initiatives.getValue().split("\n")).map(String::strip).filter(l -> !l.isEmpty()).toList();
        Optional<Optional<PhoneNumber>> parsedPhone = check.take(PhoneNumber.parseOptional(Optional.of(phone.getValue()), "phone"));
        Optional<Optional<EmailAddress>> parsedEmail = check.take(email.isEmpty() ? Parsed.valid(Optional.empty())
                : EmailAddress.parse(email.getValue(), "email").map(Optional::of));
        boolean hasRepresentative = !representativeTitle.isEmpty() || !representativeName.isEmpty();
        if (hasRepresentative && (representativeTitle.isEmpty() || representativeName.isEmpty())) {
            check.add(io.github.clvss.core.shared.Problem.error("representative.invalid", "representative"));
        }
        if (check.hasErrors()) {
            problems.show(getTranslation("form.problems"), check.problems());
            return;
        }
        Partner corrected = new Partner(partner.id(), partner.version(), partner.territory(), partner.contract(),
                partner.institution(), parsedRole.orElseThrow(), lines, new PublicContact(parsedPhone.orElseThrow(),
                        parsedEmail.orElseThrow(), optional(web), optional(address)),
                hasRepresentative ? Optional.of(new Representative(representativeTitle.getValue().strip(),
                        representativeName.getValue().strip())) : Optional.empty(),
                signatory.getValue(), partner.verified(), partner.provenance());
        act(() -> partners.correct(user.actor(), corrected));
    }

    private static Optional<String> optional(TextField field) {
        return field.isEmpty() ? Optional.empty() : Optional.of(field.getValue().strip());
    }

    private void act(java.util.function.Supplier<Partner> change) {
        try {
            partner = change.get();
            problems.clear();
            changed.run();
            Refusals.done(getTranslation("accounts.manage.saved"));
        } catch (VssException refused) {
            problems.show(getTranslation("form.problems"), refused.problems());
        }
    }
}
