package io.github.clvss.admin.followup;

import io.github.clvss.core.followup.MeetingRegister;
import java.time.Clock;
import io.github.clvss.admin.base.FollowUpContract;
import io.github.clvss.admin.base.ProblemList;
import io.github.clvss.admin.base.Refusals;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.followup.Invitee;
import io.github.clvss.core.followup.Meeting;
import io.github.clvss.core.followup.MeetingId;
import io.github.clvss.core.followup.MeetingKind;
import io.github.clvss.core.shared.Provenance;
import io.github.clvss.core.shared.VssException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Plans a meeting or changes it (the coordinator): kind, title, start and end in the
 * territory's local time, place, agenda, invited partners and minutes. Attendance already
 * recorded for a partner still invited is kept.
 */
final class MeetingForm extends Dialog {

    MeetingForm(MeetingRegister meetings, Clock clock, Actor actor, FollowUpContract known, Optional<Meeting> current, Runnable saved) {
        setHeaderTitle(getTranslation(current.isPresent() ? "meetings.edit" : "meetings.add"));
        Select<MeetingKind> kind = new Select<>();
        kind.setLabel(getTranslation("meetings.column.kind"));
        kind.setItems(MeetingKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation("meetings.kind." + k.name()));
        kind.setValue(MeetingKind.STEERING_COMMITTEE);
        TextField title = new TextField(getTranslation("meetings.column.title"));
        title.setMaxLength(Meeting.TITLE_MAX);
        DateTimePicker start = new DateTimePicker(getTranslation("meetings.start"));
        start.setLocale(getLocale());
        DateTimePicker end = new DateTimePicker(getTranslation("meetings.end"));
        end.setLocale(getLocale());
        TextField place = new TextField(getTranslation("meetings.place"));
        place.setMaxLength(Meeting.PLACE_MAX);
        TextArea agenda = new TextArea(getTranslation("meetings.agenda"));
        agenda.setHelperText(getTranslation("meetings.agenda.help"));
        MultiSelectComboBox<PartnerId> invitees = new MultiSelectComboBox<>(getTranslation("meetings.invitees"));
        invitees.setItems(known.partners().keySet());
        invitees.setItemLabelGenerator(known::partner);
        invitees.setValue(new LinkedHashSet<>(known.partners().keySet()));
        TextArea minutes = new TextArea(getTranslation("meetings.minutes"));
        minutes.setMaxLength(Meeting.MINUTES_MAX);
        current.ifPresent(m -> {
            kind.setValue(m.kind());
            title.setValue(m.title());
            start.setValue(m.start());
            end.setValue(m.end());
            m.place().ifPresent(place::setValue);
            agenda.setValue(String.join("\n", m.agenda()));
            invitees.setValue(new LinkedHashSet<>(m.invitees().stream().map(Invitee::partner).toList()));
            m.minutes().ifPresent(minutes::setValue);
        });
        ProblemList problems = new ProblemList();
        FormLayout form = new FormLayout(kind, title, start, end, place, invitees, agenda, minutes);
        form.setColspan(title, 2);
        form.setColspan(place, 2);
        form.setColspan(invitees, 2);
        form.setColspan(agenda, 2);
        form.setColspan(minutes, 2);
        add(problems, form);
        Button ok = new Button(getTranslation("referents.save"), click -> {
            start.setInvalid(start.isEmpty());
            end.setInvalid(end.isEmpty());
            if (start.isEmpty() || end.isEmpty()) {
                start.setErrorMessage(getTranslation("followup.required"));
                end.setErrorMessage(getTranslation("followup.required"));
                return;
            }
            try {
                List<String> items = agenda.getValue().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
                List<Invitee> invited = invitees.getSelectedItems().stream()
                        .map(p -> current.flatMap(m -> m.invitees().stream().filter(i -> i.partner().equals(p)).findFirst())
                                .orElse(Invitee.invited(p)))
                        .toList();
                Optional<String> where = Optional.of(place.getValue().strip()).filter(s -> !s.isEmpty());
                Optional<String> written = Optional.of(minutes.getValue().strip()).filter(s -> !s.isEmpty());
                Meeting meeting = current.map(m -> new Meeting(m.id(), m.version(), m.territory(), m.contract(), kind.getValue(),
                                title.getValue().strip(), start.getValue(), end.getValue(), where, items, invited, m.guests(),
                                written, m.decisions(), Provenance.ENTERED))
                        .orElseGet(() -> new Meeting(MeetingId.next(clock), 0, known.contract().territory(),
                                known.contract().id(), kind.getValue(), title.getValue().strip(), start.getValue(),
                                end.getValue(), where, items, invited, List.of(), written, List.of(), Provenance.ENTERED));
                if (current.isPresent()) {
                    meetings.update(actor, meeting);
                } else {
                    meetings.record(actor, meeting);
                }
                Refusals.done(getTranslation("meetings.saved", meeting.title()));
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
