package io.github.clvss.admin.followup;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import io.github.clvss.admin.base.FormDialog;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.followup.Action;
import io.github.clvss.core.followup.ActionPlan;
import io.github.clvss.core.followup.ActionStatus;

/**
 * Changes where an action stands; giving it up needs a reason. The change is made against the
 * version the action was read at: a change someone saved meanwhile is not overwritten.
 */
final class ActionStatusEditor extends FormDialog<ActionStatusForm> {

    private final transient ActionPlan actions;
    private final transient Actor actor;
    private final Action action;

    ActionStatusEditor(ActionPlan actions, Actor actor, Action action, Runnable saved) {
        super("actions.status.title", ActionStatusForm.class, ActionStatusMapping.MAP.toForm(action), saved);
        setHeaderTitle(getTranslation("actions.status.title", action.title()));
        this.actions = actions;
        this.actor = actor;
        this.action = action;
        Select<ActionStatus> status = new Select<>();
        status.setLabel(getTranslation("actions.status"));
        status.setItems(ActionStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "" : getTranslation("actions.status." + s.name()));
        TextArea reason = new TextArea(getTranslation("actions.abandon-reason"));
        reason.setMaxLength(Action.REASON_MAX);
        reason.setRequired(true);
        binder().forField(place("action.status", status, 1)).asRequired(getTranslation("followup.required"))
                .bind(ActionStatusForm::getStatus, ActionStatusForm::setStatus);
        binder().forField(place("action.abandonReason", reason, 1))
                .bind(ActionStatusForm::getReason, ActionStatusForm::setReason);
        binder().readBean(model());
        reason.setVisible(status.getValue() == ActionStatus.ABANDONED);
        status.addValueChangeListener(change -> reason.setVisible(change.getValue() == ActionStatus.ABANDONED));
    }

    @Override
    protected String save(ActionStatusForm form) {
        ActionStatusMapping.StatusChange change = ActionStatusMapping.MAP.toChange(form, action);
        actions.changeStatus(actor, change.id(), change.version(), change.status(), change.reason());
        return getTranslation("actions.saved", action.title());
    }
}
