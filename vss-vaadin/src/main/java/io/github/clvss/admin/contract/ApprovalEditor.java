package io.github.clvss.admin.contract;

import com.vaadin.flow.component.combobox.ComboBox;
import io.github.clvss.admin.base.FormDialog;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.contract.ContractAct;
import io.github.clvss.core.contract.ContractLifecycle;
import io.github.clvss.core.deliberation.Deliberation;
import io.github.clvss.core.shared.VssException;
import java.util.List;
import java.util.function.Function;

/**
 * Records the council's approval of a draft (the coordinator), by one of the territory's
 * deliberations; an approval the law or the contract's state does not allow is refused with
 * the reason. Acts are only added: there is nothing to overwrite.
 */
final class ApprovalEditor extends FormDialog<ApprovalForm> {

    private final transient ContractLifecycle lifecycle;
    private final transient Actor actor;
    private final Contract contract;

    /**
     * @param deliberations the deliberations to choose from, each with a session date
     * @param label how a deliberation reads in the list
     */
    ApprovalEditor(ContractLifecycle lifecycle, Actor actor, Contract contract, List<Deliberation> deliberations,
            Function<Deliberation, String> label, Runnable saved) {
        super("contract.approve", ApprovalForm.class, new ApprovalForm(), saved);
        this.lifecycle = lifecycle;
        this.actor = actor;
        this.contract = contract;
        ComboBox<Deliberation> deliberation = new ComboBox<>(getTranslation("contract.deliberation"));
        deliberation.setItems(deliberations);
        deliberation.setItemLabelGenerator(label::apply);
        deliberation.setHelperText(getTranslation("contract.deliberation.help"));
        deliberation.setId("approve-deliberation");
        binder().forField(place("approval.deliberation", deliberation, 2))
                .asRequired(getTranslation("contract.deliberation.missing"))
                .bind(ApprovalForm::getDeliberation, ApprovalForm::setDeliberation);
        binder().readBean(model());
        saveButton().setText(getTranslation("contract.approve"));
        saveButton().setId("approve-ok");
    }

    @Override
    protected String refusalHeading(VssException refusal) {
        return getTranslation("contract.refused");
    }

    @Override
    protected String save(ApprovalForm form) {
        ContractAct.Approved approval = ContractMapping.MAP.toApproval(form);
        lifecycle.approve(actor, contract.id(), approval.deliberation(), approval.on());
        return getTranslation("contract.recorded");
    }
}
