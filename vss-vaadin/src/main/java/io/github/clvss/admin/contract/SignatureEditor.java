package io.github.clvss.admin.contract;

import com.vaadin.flow.component.datepicker.DatePicker;
import io.github.clvss.admin.base.FormDialog;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.contract.ContractAct;
import io.github.clvss.core.contract.ContractLifecycle;
import io.github.clvss.core.contract.Signatory;
import io.github.clvss.core.shared.Messages;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.VssException;
import java.time.LocalDate;

/**
 * Records a signatory's signature of the current text (the coordinator), dated today or
 * before, in the territory's calendar; a signature the contract's state does not allow is
 * refused with the reason. Acts are only added: there is nothing to overwrite.
 */
final class SignatureEditor extends FormDialog<SignatureForm> {

    private final transient ContractLifecycle lifecycle;
    private final transient Actor actor;
    private final Contract contract;
    private final Signatory signatory;

    SignatureEditor(ContractLifecycle lifecycle, Actor actor, Contract contract, Signatory signatory, LocalDate today,
            Runnable saved) {
        super("contract.sign.title", SignatureForm.class, new SignatureForm(), saved);
        setHeaderTitle(getTranslation("contract.sign.title", signatory.partner().institution()));
        this.lifecycle = lifecycle;
        this.actor = actor;
        this.contract = contract;
        this.signatory = signatory;
        model().setOn(today);
        DatePicker on = new DatePicker(getTranslation("contract.sign.date"));
        on.setLocale(getLocale());
        on.setMax(today);
        on.setId("sign-date");
        binder().forField(place("signature.on", on, 1))
                .asRequired(Messages.of(getLocale()).text(Problem.general("text.required")))
                .bind(SignatureForm::getOn, SignatureForm::setOn);
        binder().readBean(model());
        saveButton().setText(getTranslation("contract.sign"));
        saveButton().setId("sign-ok");
    }

    @Override
    protected String refusalHeading(VssException refusal) {
        return getTranslation("contract.refused");
    }

    @Override
    protected String save(SignatureForm form) {
        ContractAct.Signed signature = ContractMapping.MAP.toSignature(form, signatory);
        lifecycle.sign(actor, contract.id(), signature.partner(), signature.on());
        return getTranslation("contract.recorded");
    }
}
