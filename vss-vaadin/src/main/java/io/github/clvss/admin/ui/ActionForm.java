package io.github.clvss.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.followup.Action;
import io.github.clvss.core.followup.ActionId;
import io.github.clvss.core.followup.ActionStatus;
import io.github.clvss.core.followup.Evidence;
import io.github.clvss.core.shared.Provenance;
import io.github.clvss.core.shared.VssException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Adds an action under one of the contract's commitments (the coordinator) or changes one
 * (the coordinator, or the users of the partner that leads it). The input stays when vss
 * refuses it, with the reasons.
 */
final class ActionForm extends Dialog {

    ActionForm(Vss vss, Actor actor, FollowUpContract known, Optional<Action> current, Runnable saved) {
        setHeaderTitle(getTranslation(current.isPresent() ? "actions.edit" : "actions.add"));
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
        progress.setValue(0);
        current.ifPresent(a -> {
            commitment.setValue(a.commitment());
            title.setValue(a.title());
            lead.setValue(a.lead());
            contributors.setValue(new java.util.LinkedHashSet<>(a.contributors()));
            a.deadline().ifPresent(deadline::setValue);
            progress.setValue(a.progress());
            a.evidence().stream().filter(Evidence.Note.class::isInstance).findFirst().ifPresent(e -> note.setValue(e.text()));
        });
        if (current.isEmpty() && !known.commitmentIds().isEmpty()) {
            commitment.setValue(known.commitmentIds().getFirst());
        }
        ProblemList problems = new ProblemList();
        FormLayout form = new FormLayout(commitment, title, lead, contributors, deadline, progress, note);
        form.setColspan(commitment, 2);
        form.setColspan(title, 2);
        form.setColspan(note, 2);
        add(problems, form);
        Button ok = new Button(getTranslation("referents.save"), click -> {
            if (commitment.isEmpty() || lead.isEmpty()) {
                commitment.setInvalid(commitment.isEmpty());
                lead.setInvalid(lead.isEmpty());
                commitment.setErrorMessage(getTranslation("followup.required"));
                lead.setErrorMessage(getTranslation("followup.required"));
                return;
            }
            try {
                List<Evidence> evidence = new ArrayList<>();
                boolean[] noteKept = {false};
                current.ifPresent(a -> a.evidence().forEach(e -> {
                    if (e instanceof Evidence.Note) {
                        if (!noteKept[0] && !note.getValue().isBlank()) {
                            evidence.add(new Evidence.Note(note.getValue().strip()));
                        }
                        noteKept[0] = true;
                    } else {
                        evidence.add(e);
                    }
                }));
                if (!noteKept[0] && !note.getValue().isBlank()) {
                    evidence.add(new Evidence.Note(note.getValue().strip()));
                }
                List<PartnerId> others = contributors.getSelectedItems().stream().filter(p -> !p.equals(lead.getValue())).toList();
                int percent = progress.getValue() == null ? 0 : progress.getValue();
                Action action = current.map(a -> new Action(a.id(), a.version(), a.territory(), a.contract(), commitment.getValue(),
                                title.getValue().strip(), lead.getValue(), others, Optional.ofNullable(deadline.getValue()), a.status(),
                                a.abandonReason(), a.status() == ActionStatus.DONE ? 100 : percent, evidence, Provenance.ENTERED))
                        .orElseGet(() -> new Action(ActionId.next(vss.clock()), 0, known.contract().territory(),
                                known.contract().id(), commitment.getValue(), title.getValue().strip(), lead.getValue(), others,
                                Optional.ofNullable(deadline.getValue()), ActionStatus.PLANNED, Optional.empty(), percent,
                                evidence, Provenance.ENTERED));
                if (current.isPresent()) {
                    vss.actions().update(actor, action);
                } else {
                    vss.actions().add(actor, action);
                }
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
