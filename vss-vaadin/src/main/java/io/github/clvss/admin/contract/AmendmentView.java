package io.github.clvss.admin.contract;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.github.clvss.admin.base.ProblemPlaces;
import io.github.clvss.admin.base.Refusals;
import io.github.clvss.admin.security.CurrentUser;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.contract.ContractAct;
import io.github.clvss.core.contract.ContractLifecycle;
import io.github.clvss.core.contract.ContractManagement;
import io.github.clvss.core.contract.ContractStatus;
import io.github.clvss.core.contract.Lifecycle;
import io.github.clvss.core.deliberation.Deliberation;
import io.github.clvss.core.deliberation.DeliberationRegister;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.VssException;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * Records an amendment (avenant) of an approved contract (the coordinator): the new text,
 * written from the current one ({@link ContractTextEditor}), and the council's deliberation that
 * approves it — the act's date is that deliberation's. vss-core checks the deliberation as for
 * an approval; once recorded, the amendment is the contract's next text version, compared with
 * the one before on {@link TextComparisonView}.
 */
@Route("avenant")
@PermitAll
final class AmendmentView extends ContractPage {

    private final transient ContractLifecycle lifecycle;
    private final transient DeliberationRegister deliberations;

    AmendmentView(ContractManagement contracts, ContractLifecycle lifecycle, DeliberationRegister deliberations,
            CurrentUser user) {
        super(contracts, user.actor());
        this.lifecycle = lifecycle;
        this.deliberations = deliberations;
    }

    @Override
    void show(Contract contract) {
        title(getTranslation("amendment.title", contract.title()));
        Paragraph subtitle = new Paragraph(contract.title());
        subtitle.addClassName("vss-subtitle");
        add(new H1(getTranslation("amendment.title.heading")), subtitle);
        RouterLink back = new RouterLink(getTranslation("text.back"), ContractView.class, contract.id().toString());
        ContractStatus status = lifecycle.status(actor(), contract.id());
        if (!actor().coordinates(contract.territory())
                || status != ContractStatus.SIGNED && status != ContractStatus.IN_FORCE) {
            add(new Paragraph(getTranslation("amendment.not-now")), back);
            return;
        }
        Lifecycle current = lifecycle.lifecycle(actor(), contract.id());
        add(new Paragraph(getTranslation("amendment.help", current.textVersion() + 1)));
        ContractTextEditor editor = new ContractTextEditor(lifecycle.text(actor(), contract.id()));
        ComboBox<Deliberation> deliberation = new ComboBox<>(getTranslation("contract.deliberation"));
        deliberation.setId("amendment-deliberation");
        deliberation.setWidthFull();
        deliberation.setHelperText(getTranslation("amendment.deliberation.help"));
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        // the latest 200 acts, newest first: an amendment follows its deliberation closely
        List<Deliberation> acts = deliberations.list(actor(), contract.territory(), PageRequest.first(200)).stream()
                .filter(d -> d.session().date().isPresent())
                .filter(d -> !current.deliberations().contains(d.id())).toList();
        deliberation.setItems(acts);
        deliberation.setItemLabelGenerator(d -> format.format(d.session().date().orElseThrow()) + " — " + d.object());
        Binder<ContractTextForm> binder = new Binder<>(ContractTextForm.class);
        ProblemPlaces places = new ProblemPlaces();
        binder.forField(places.at("amendment.deliberation", deliberation))
                .asRequired(getTranslation("contract.deliberation.missing"))
                .bind(ContractTextForm::getDeliberation, ContractTextForm::setDeliberation);
        binder.setBean(editor.model());
        Button save = new Button(getTranslation("amendment.save"), click -> {
            editor.clearProblems();
            if (!binder.validate().isOk()) {
                return;
            }
            try {
                ContractAct.Amended amendment = ContractTextMapping.MAP.toAmendment(editor.model(),
                        current.textVersion() + 1);
                lifecycle.amend(actor(), contract.id(), amendment.deliberation(), amendment.on(), editor.text());
                Refusals.done(getTranslation("amendment.recorded", amendment.textVersion()));
                getUI().ifPresent(ui -> ui.navigate(TextComparisonView.class, contract.id().toString()));
            } catch (VssException refused) {
                editor.refused(refused);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("amendment-save");
        Div actions = new Div(save, back);
        actions.addClassNames("vss-toolbar", "vss-sticky-actions");
        add(new H2(getTranslation("amendment.deliberation")), deliberation, editor, actions);
    }
}
