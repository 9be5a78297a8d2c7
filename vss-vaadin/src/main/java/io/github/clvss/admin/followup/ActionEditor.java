package io.github.clvss.admin.followup;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.github.clvss.admin.base.FollowUpContract;
import io.github.clvss.admin.base.FormDialog;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.followup.Action;
import io.github.clvss.core.followup.ActionId;
import io.github.clvss.core.followup.ActionPlan;
import io.github.clvss.core.followup.Evidence;
import java.time.Clock;
import java.util.Optional;

/**
 * Adds an action under one of the contract's commitments (the coordinator) or changes one
 * (the coordinator, or the users of the partner that leads it). The input stays when vss
 * refuses it, with the reasons on the fields.
 */
final class ActionEditor extends FormDialog<ActionForm> {

    private transient java.util.function.Consumer<Action> added = action -> { };
    private final transient ActionPlan actions;
    private final transient Actor actor;
    private final ActionMapping.Kept kept;

    ActionEditor(ActionPlan actions, Clock clock, Actor actor, FollowUpContract known, Optional<Action> current,
            Runnable saved) {
        super(current.isPresent() ? "actions.edit" : "actions.add", ActionForm.class,
                current.map(ActionMapping.MAP::toForm).orElseGet(() -> fresh(known)), saved);
        this.actions = actions;
        this.actor = actor;
        this.kept = current.map(ActionMapping.Kept::of).orElseGet(() -> ActionMapping.Kept.planned(ActionId.next(clock),
                known.contract().territory(), known.contract().id()));
        Select<String> commitment = new Select<>();
        commitment.setLabel(getTranslation("actions.column.commitment"));
        commitment.setItems(known.commitmentIds());
        commitment.setItemLabelGenerator(id -> id == null ? "" : known.commitment(id));
        TextField title = new TextField(getTranslation("actions.column.title"));
        title.setMaxLength(Action.TITLE_MAX);
        Select<PartnerId> lead = new Select<>();
        lead.setLabel(getTranslation("actions.column.lead"));
        lead.setItems(known.partners().keySet());
        lead.setItemLabelGenerator(id -> id == null ? "" : known.partner(id));
        MultiSelectComboBox<PartnerId> contributors = new MultiSelectComboBox<>(getTranslation("actions.contributors"));
        contributors.setItems(known.partners().keySet());
        contributors.setItemLabelGenerator(known::partner);
        DatePicker deadline = new DatePicker(getTranslation("actions.column.deadline"));
        deadline.setLocale(getLocale());
        IntegerField progress = new IntegerField(getTranslation("actions.progress"));
        progress.setMin(0);
        progress.setMax(100);
        progress.setStepButtonsVisible(true);
        TextArea note = new TextArea(getTranslation("actions.evidence"));
        note.setHelperText(getTranslation("actions.evidence.help"));
        note.setMaxLength(Evidence.NOTE_MAX);

        binder().forField(place("action.commitment", commitment, 2)).asRequired(getTranslation("followup.required"))
                .bind(ActionForm::getCommitment, ActionForm::setCommitment);
        binder().forField(place("action.title", title, 2)).bind(ActionForm::getTitle, ActionForm::setTitle);
        binder().forField(place("action.lead", lead, 1)).asRequired(getTranslation("followup.required"))
                .bind(ActionForm::getLead, ActionForm::setLead);
        binder().forField(place("action.contributors", contributors, 1))
                .bind(ActionForm::getContributors, ActionForm::setContributors);
        binder().forField(place("action.deadline", deadline, 1)).bind(ActionForm::getDeadline, ActionForm::setDeadline);
        binder().forField(place("action.progress", progress, 1)).bind(ActionForm::getProgress, ActionForm::setProgress);
        binder().forField(place("action.evidence", note, 2)).bind(ActionForm::getNote, ActionForm::setNote);
        binder().readBean(model());
    }

    private static ActionForm fresh(FollowUpContract known) {
        ActionForm form = new ActionForm();
        if (!known.commitmentIds().isEmpty()) {
            form.setCommitment(known.commitmentIds().getFirst());
        }
        return form;
    }

    /** Told of the action once added (to show it in its list). */
    ActionEditor whenAdded(java.util.function.Consumer<Action> added) {
        this.added = added;
        return this;
    }

    @Override
    protected String save(ActionForm form) {
        Action action = ActionMapping.MAP.toAction(form, kept);
        if (action.version() == 0) {
            actions.add(actor, action);
            added.accept(action);
        } else {
            actions.update(actor, action);
        }
        return getTranslation("actions.saved", action.title());
    }
}
