package io.github.clvss.admin.contract;

import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import io.github.clvss.admin.base.FormDialog;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.contract.ContractAct;
import io.github.clvss.core.contract.ContractLifecycle;
import io.github.clvss.core.shared.VssException;
import java.time.LocalDate;

/**
 * Records a contract's termination (the coordinator): the day, today in the territory when
 * left empty, and why; a termination the law or the contract's state does not allow is
 * refused with the reason. Acts are only added: there is nothing to overwrite.
 */
final class TerminationEditor extends FormDialog<TerminationForm> {

    /** Longest reason the form takes. */
    static final int REASON_MAX = 1000;

    private final transient ContractLifecycle lifecycle;
    private final transient Actor actor;
    private final Contract contract;
    private final LocalDate today;

    TerminationEditor(ContractLifecycle lifecycle, Actor actor, Contract contract, LocalDate today, Runnable saved) {
        super("contract.terminate", TerminationForm.class, new TerminationForm(), saved);
        this.lifecycle = lifecycle;
        this.actor = actor;
        this.contract = contract;
        this.today = today;
        model().setOn(today);
        DatePicker on = new DatePicker(getTranslation("contract.terminate.date"));
        on.setLocale(getLocale());
        TextArea reason = new TextArea(getTranslation("contract.terminate.reason"));
        reason.setMaxLength(REASON_MAX);
        binder().forField(place("termination.on", on, 1)).bind(TerminationForm::getOn, TerminationForm::setOn);
        binder().forField(place("termination.reason", reason, 1))
                .bind(TerminationForm::getReason, TerminationForm::setReason);
        binder().readBean(model());
        saveButton().setText(getTranslation("contract.terminate"));
        saveButton().addThemeVariants(ButtonVariant.LUMO_ERROR);
    }

    @Override
    protected String refusalHeading(VssException refusal) {
        return getTranslation("contract.refused");
    }

    @Override
    protected String save(TerminationForm form) {
        ContractAct.Terminated termination = ContractMapping.MAP.toTermination(form, today);
        lifecycle.terminate(actor, contract.id(), termination.on(), termination.reason());
        return getTranslation("contract.recorded");
    }
}
