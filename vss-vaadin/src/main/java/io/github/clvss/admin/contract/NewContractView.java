package io.github.clvss.admin.contract;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.github.clvss.admin.base.PageForm;
import io.github.clvss.admin.security.CurrentUser;
import io.github.clvss.admin.security.TerritoryContext;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.contract.ContractLifecycle;
import io.github.clvss.core.contract.ContractManagement;
import io.github.clvss.core.contract.ContractModel;
import io.github.clvss.core.territory.Territory;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.Optional;

/**
 * The coordinator starts a contract for the current territory: its title and period, and its
 * text — the CLVSS model ({@link ContractModel}: preamble, the three numbered commitments, the
 * broader objectives, signatories, annex of référents) written for the town, or an empty text —
 * then writes it on {@link ContractTextView}.
 */
@Route("nouveau-contrat")
@PermitAll
final class NewContractView extends Main implements HasDynamicTitle {

    NewContractView(ContractManagement contracts, ContractLifecycle lifecycle, TerritoryContext territories,
            CurrentUser user, Clock clock) {
        addClassName("vss-page");
        add(new H1(getTranslation("new-contract.title")));
        Optional<Territory> territory = territories.current().filter(t -> user.actor().coordinates(t.id()));
        if (territory.isEmpty()) {
            add(new Paragraph(getTranslation("new-contract.not-allowed")));
            return;
        }
        add(new Paragraph(getTranslation("new-contract.help", territory.get().name())));
        Form form = new Form(contracts, lifecycle, territory.get(), user.actor(), clock);
        Div actions = new Div(form.saveButton());
        actions.addClassName("vss-toolbar");
        add(form, actions);
    }

    /** The new contract's form: title, period, and the text it starts from. */
    private static final class Form extends PageForm<NewContractForm> {

        private final transient ContractManagement contracts;
        private final transient ContractLifecycle lifecycle;
        private final transient Territory territory;
        private final transient Actor actor;
        private final transient Clock clock;

        Form(ContractManagement contracts, ContractLifecycle lifecycle, Territory territory, Actor actor, Clock clock) {
            super("new-contract.save", NewContractForm.class, new NewContractForm());
            this.contracts = contracts;
            this.lifecycle = lifecycle;
            this.territory = territory;
            this.actor = actor;
            this.clock = clock;
            model().setTitle(ContractModel.TITLE);
            saveButton().setId("new-contract-save");
            TextField title = new TextField(getTranslation("overview.column.title"));
            title.setId("new-contract-title");
            title.setRequiredIndicatorVisible(true);
            DatePicker start = new DatePicker(getTranslation("overview.column.start"));
            start.setLocale(getLocale());
            DatePicker end = new DatePicker(getTranslation("overview.column.end"));
            end.setLocale(getLocale());
            RadioButtonGroup<Boolean> source = new RadioButtonGroup<>(getTranslation("new-contract.source"));
            source.setItems(true, false);
            source.setItemLabelGenerator(model -> getTranslation(model ? "new-contract.source.model" : "new-contract.source.empty"));
            source.setId("new-contract-source");
            binder().forField(place("contract.title", title, 2))
                    .asRequired(getTranslation("new-contract.title.missing"))
                    .bind(NewContractForm::getTitle, NewContractForm::setTitle);
            binder().forField(place("contract.startDate", start, 1)).bind(NewContractForm::getStartDate,
                    NewContractForm::setStartDate);
            binder().forField(place("contract.endDate", end, 1)).bind(NewContractForm::getEndDate,
                    NewContractForm::setEndDate);
            binder().forField(place("contract.text", source, 2)).bind(NewContractForm::isFromModel,
                    NewContractForm::setFromModel);
            binder().readBean(model());
        }

        @Override
        protected String save(NewContractForm form) {
            Contract created = contracts.create(actor, ContractTextMapping.MAP.toContract(form, territory.id(), clock));
            if (form.isFromModel()) {
                lifecycle.writeText(actor, created.id(), created.version(), ContractModel.clvss(territory.name()));
            }
            getUI().ifPresent(ui -> ui.navigate(ContractTextView.class, created.id().toString()));
            return getTranslation("new-contract.created");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("new-contract.title");
    }
}
