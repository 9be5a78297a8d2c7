package io.github.clvss.admin.contract;

import com.vaadin.flow.component.datepicker.DatePicker;
import io.github.clvss.admin.base.FormDialog;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.contract.ContractManagement;
import io.github.clvss.core.shared.ConflictException;
import io.github.clvss.core.shared.VssException;

/**
 * Changes a contract's start and end dates (the coordinator), against the version read: a
 * change someone saved meanwhile is not overwritten.
 */
final class ContractDatesEditor extends FormDialog<ContractDatesForm> {

    private final transient ContractManagement contracts;
    private final transient Actor actor;
    private final Contract contract;

    ContractDatesEditor(ContractManagement contracts, Actor actor, Contract contract, Runnable saved) {
        super("contract.dates", ContractDatesForm.class, ContractMapping.MAP.toForm(contract), saved);
        this.contracts = contracts;
        this.actor = actor;
        this.contract = contract;
        DatePicker start = new DatePicker(getTranslation("overview.column.start"));
        start.setLocale(getLocale());
        start.setId("contract-start");
        DatePicker end = new DatePicker(getTranslation("overview.column.end"));
        end.setLocale(getLocale());
        end.setId("contract-end");
        binder().forField(place("contract.startDate", start, 1))
                .bind(ContractDatesForm::getStartDate, ContractDatesForm::setStartDate);
        binder().forField(place("contract.endDate", end, 1)).bind(ContractDatesForm::getEndDate, ContractDatesForm::setEndDate);
        binder().readBean(model());
        saveButton().setId("contract-dates-ok");
    }

    @Override
    protected String refusalHeading(VssException refusal) {
        return refusal instanceof ConflictException ? super.refusalHeading(refusal) : getTranslation("contract.refused");
    }

    @Override
    protected String save(ContractDatesForm form) {
        ContractMapping.Schedule schedule = ContractMapping.MAP.toSchedule(form, contract);
        contracts.reschedule(actor, schedule.id(), schedule.version(), schedule.startDate(), schedule.endDate());
        return getTranslation("contract.recorded");
    }
}
