package io.github.clvss.admin.followup;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.time.Duration;
import java.time.LocalDateTime;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.github.clvss.admin.base.FollowUpContract;
import io.github.clvss.admin.base.FormDialog;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.followup.Meeting;
import io.github.clvss.core.followup.MeetingId;
import io.github.clvss.core.followup.MeetingKind;
import io.github.clvss.core.followup.MeetingRegister;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Optional;

/**
 * Plans a meeting or changes it (the coordinator): kind, title, start and end in the
 * territory's local time, place, agenda, invited partners and minutes. Attendance already
 * recorded for a partner still invited is kept; a change someone saved meanwhile is not
 * overwritten.
 */
final class MeetingEditor extends FormDialog<MeetingForm> {

    private final transient MeetingRegister meetings;
    private final transient Actor actor;
    private final MeetingMapping.Kept kept;
    private final boolean planned;

    /** How long a new meeting lasts until someone says otherwise. */
    static final Duration DEFAULT_LENGTH = Duration.ofHours(2);

    MeetingEditor(MeetingRegister meetings, Clock clock, Actor actor, FollowUpContract known, Optional<Meeting> current,
            Runnable saved) {
        super(current.isPresent() ? "meetings.edit" : "meetings.add", MeetingForm.class,
                current.map(MeetingMapping.MAP::toForm).orElseGet(() -> fresh(known)), saved);
        this.meetings = meetings;
        this.actor = actor;
        this.planned = current.isEmpty();
        this.kept = current.map(MeetingMapping.Kept::of).orElseGet(() -> MeetingMapping.Kept.planned(MeetingId.next(clock),
                known.contract().territory(), known.contract().id()));
        Select<MeetingKind> kind = new Select<>();
        kind.setLabel(getTranslation("meetings.column.kind"));
        kind.setItems(MeetingKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation("meetings.kind." + k.name()));
        TextField title = new TextField(getTranslation("meetings.column.title"));
        title.setMaxLength(Meeting.TITLE_MAX);
        DateTimePicker start = new DateTimePicker(getTranslation("meetings.start"));
        start.setLocale(getLocale());
        DateTimePicker end = new DateTimePicker(getTranslation("meetings.end"));
        end.setLocale(getLocale());
        // each sub-field says what it is to a screen reader
        start.setDateAriaLabel(getTranslation("meetings.start.date"));
        start.setTimeAriaLabel(getTranslation("meetings.start.time"));
        end.setDateAriaLabel(getTranslation("meetings.end.date"));
        end.setTimeAriaLabel(getTranslation("meetings.end.time"));
        // the end follows the start: the same length as before, or two hours for a new meeting
        start.addValueChangeListener(changed -> {
            LocalDateTime from = changed.getValue();
            LocalDateTime before = changed.getOldValue();
            if (from == null || (before == null && end.getValue() != null)) {
                return;
            }
            Duration length = before != null && end.getValue() != null && end.getValue().isAfter(before)
                    ? Duration.between(before, end.getValue()) : DEFAULT_LENGTH;
            end.setValue(from.plus(length));
        });
        TextField place = new TextField(getTranslation("meetings.place"));
        place.setMaxLength(Meeting.PLACE_MAX);
        TextArea agenda = new TextArea(getTranslation("meetings.agenda"));
        agenda.setHelperText(getTranslation("meetings.agenda.help"));
        MultiSelectComboBox<io.github.clvss.core.access.PartnerId> invitees =
                new MultiSelectComboBox<>(getTranslation("meetings.invitees"));
        invitees.setItems(known.partners().keySet());
        invitees.setItemLabelGenerator(known::partner);
        TextArea minutes = new TextArea(getTranslation("meetings.minutes"));
        minutes.setMaxLength(Meeting.MINUTES_MAX);

        String required = getTranslation("followup.required");
        binder().forField(place("meeting.kind", kind, 1)).asRequired(required)
                .bind(MeetingForm::getKind, MeetingForm::setKind);
        binder().forField(place("meeting.title", title, 2)).bind(MeetingForm::getTitle, MeetingForm::setTitle);
        binder().forField(place("meeting.start", start, 1)).asRequired(required)
                .bind(MeetingForm::getStart, MeetingForm::setStart);
        binder().forField(place("meeting.end", end, 1)).asRequired(required).bind(MeetingForm::getEnd, MeetingForm::setEnd);
        binder().forField(place("meeting.place", place, 2)).bind(MeetingForm::getPlace, MeetingForm::setPlace);
        binder().forField(place("meeting.invitees", invitees, 2))
                .bind(MeetingForm::getInvitees, MeetingForm::setInvitees);
        binder().forField(place("meeting.agenda", agenda, 2)).bind(MeetingForm::getAgenda, MeetingForm::setAgenda);
        binder().forField(place("meeting.minutes", minutes, 2)).bind(MeetingForm::getMinutes, MeetingForm::setMinutes);
        binder().readBean(model());
    }

    /** A new meeting: a steering committee, every partner of the contract invited. */
    private static MeetingForm fresh(FollowUpContract known) {
        MeetingForm form = new MeetingForm();
        form.setInvitees(new LinkedHashSet<>(known.partners().keySet()));
        return form;
    }

    @Override
    protected String save(MeetingForm form) {
        Meeting meeting = MeetingMapping.MAP.toMeeting(form, kept);
        if (planned) {
            meetings.record(actor, meeting);
        } else {
            meetings.update(actor, meeting);
        }
        return getTranslation("meetings.saved", meeting.title());
    }
}
