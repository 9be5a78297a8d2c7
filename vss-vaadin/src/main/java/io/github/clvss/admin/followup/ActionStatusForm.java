package io.github.clvss.admin.followup;

import io.github.clvss.core.followup.ActionPlan;
import io.github.clvss.admin.base.ProblemList;
import io.github.clvss.admin.base.Refusals;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.followup.Action;
import io.github.clvss.core.followup.ActionStatus;
import io.github.clvss.core.shared.VssException;
import java.util.Optional;

/** Changes where an action stands; giving it up needs a reason. */
final class ActionStatusForm extends Dialog {

    ActionStatusForm(ActionPlan actions, Actor actor, Action action, Runnable saved) {
        setHeaderTitle(getTranslation("actions.status.title", action.title()));
        Select<ActionStatus> status = new Select<>();
        status.setLabel(getTranslation("actions.status"));
        status.setItems(ActionStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "" : getTranslation("actions.status." + s.name()));
        status.setValue(action.status());
        TextArea reason = new TextArea(getTranslation("actions.abandon-reason"));
        reason.setMaxLength(Action.REASON_MAX);
        action.abandonReason().ifPresent(reason::setValue);
        reason.setVisible(action.status() == ActionStatus.ABANDONED);
        reason.setRequired(true);
        status.addValueChangeListener(change -> reason.setVisible(change.getValue() == ActionStatus.ABANDONED));
        ProblemList problems = new ProblemList();
        add(problems, new FormLayout(status, reason));
        Button ok = new Button(getTranslation("referents.save"), click -> {
            try {
                Optional<String> why = status.getValue() == ActionStatus.ABANDONED
                        ? Optional.of(reason.getValue().strip()) : Optional.empty();
                actions.changeStatus(actor, action.id(), action.version(), status.getValue(), why);
                Refusals.done(getTranslation("actions.saved", action.title()));
                saved.run();
                close();
            } catch (VssException refused) {
                problems.show(getTranslation("form.problems"), refused.problems());
                Refusals.show(refused);
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), ok);
    }
}
