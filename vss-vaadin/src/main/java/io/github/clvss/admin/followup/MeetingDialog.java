package io.github.clvss.admin.followup;

import io.github.clvss.core.followup.ActionPlan;
import io.github.clvss.core.followup.MeetingRegister;
import java.time.Clock;
import io.github.clvss.admin.base.FollowUpContract;
import io.github.clvss.admin.base.PageForm;
import io.github.clvss.admin.base.Refusals;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.followup.Action;
import io.github.clvss.core.followup.ActionId;
import io.github.clvss.core.followup.Attendance;
import io.github.clvss.core.followup.Invitation;
import io.github.clvss.core.followup.Invitee;
import io.github.clvss.core.followup.Meeting;
import io.github.clvss.core.followup.MeetingDecision;
import io.github.clvss.core.shared.VssException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

/**
 * One meeting: when and where, its agenda, each invited partner's attendance (recorded by the
 * coordinator), whether all signatories were there, its minutes and decisions — a decision
 * may create an action under a commitment — and its invitation, as an email text to copy and a
 * calendar file to download.
 */
final class MeetingDialog extends Dialog {

    private final transient ActionPlan actions;

    private final transient MeetingRegister meetings;

    private final transient Clock clock;
    private final Actor actor;
    private final FollowUpContract known;
    private final Runnable changed;
    private final boolean coordinator;
    private Meeting meeting;

    private final java.time.ZoneId zone;

    MeetingDialog(ActionPlan actions, MeetingRegister meetings, Clock clock, Actor actor, FollowUpContract known,
            java.time.ZoneId zone, Meeting meeting, Runnable changed) {
        this.zone = zone;
        this.actions = actions;
        this.meetings = meetings;
        this.clock = clock;
        this.actor = actor;
        this.known = known;
        this.changed = changed;
        this.meeting = meeting;
        this.coordinator = actor.coordinates(meeting.territory());
        setWidth("min(60rem, 95vw)");
        getFooter().add(new Button(getTranslation("action.close"), click -> close()));
        draw();
    }

    private void draw() {
        removeAll();
        setHeaderTitle(meeting.title());
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                .withLocale(getLocale());
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale());
        add(new Paragraph(getTranslation("meetings.when", format.format(meeting.start()), time.format(meeting.end()),
                getTranslation("meetings.kind." + meeting.kind().name()))));
        meeting.place().ifPresent(p -> add(new Paragraph(getTranslation("meetings.where", p))));
        if (!meeting.agenda().isEmpty()) {
            OrderedList agenda = new OrderedList();
            meeting.agenda().forEach(item -> agenda.add(new ListItem(item)));
            add(new H3(getTranslation("meetings.agenda")), agenda);
        }
        add(new H3(getTranslation("meetings.attendance")), attendance());
        // a meeting still to come says nothing of who was there
        boolean toCome = meeting.start().isAfter(java.time.LocalDateTime.ofInstant(clock.instant(), zone));
        Paragraph all = new Paragraph(getTranslation(toCome ? "meetings.signatories.to-come"
                : meetings.signatoriesThere(actor, meeting.id()).all() ? "meetings.signatories.all"
                : "meetings.signatories.not-all"));
        all.setId("meeting-signatories");
        add(all);
        add(new H3(getTranslation("meetings.minutes")), new Paragraph(meeting.minutes()
                .orElse(getTranslation("meetings.minutes.none"))));
        add(new H3(getTranslation("meetings.decisions")), decisions());
        if (coordinator) {
            add(decide());
        }
        add(new H3(getTranslation("meetings.invitation")), invitation());
    }

    private Grid<Invitee> attendance() {
        Grid<Invitee> grid = new Grid<>();
        grid.setAriaLabel(getTranslation("meetings.attendance"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(i -> known.partner(i.partner())).setHeader(getTranslation("meetings.invitee")).setFlexGrow(2);
        if (coordinator) {
            grid.addComponentColumn(i -> {
                Select<Attendance> select = new Select<>();
                select.setItems(Attendance.values());
                select.setItemLabelGenerator(a -> a == null ? getTranslation("meetings.attendance.unknown")
                        : getTranslation("meetings.attendance." + a.name()));
                select.setEmptySelectionAllowed(true);
                select.setEmptySelectionCaption(getTranslation("meetings.attendance.unknown"));
                select.setAriaLabel(getTranslation("meetings.attendance.aria", known.partner(i.partner())));
                i.attendance().ifPresent(select::setValue);
                select.addValueChangeListener(change -> {
                    if (change.getValue() == null) {
                        return;
                    }
                    try {
                        meeting = meetings.recordAttendance(actor, meeting.id(), meeting.version(), i.partner(),
                                change.getValue());
                        changed.run();
                        draw();
                    } catch (VssException refused) {
                        Refusals.show(refused);
                    }
                });
                return select;
            }).setHeader(getTranslation("meetings.attendance.column")).setFlexGrow(1);
        } else {
            grid.addColumn(i -> i.attendance().map(a -> getTranslation("meetings.attendance." + a.name()))
                    .orElse(getTranslation("meetings.attendance.unknown"))).setHeader(getTranslation("meetings.attendance.column"));
        }
        grid.setItems(meeting.invitees());
        return grid;
    }

    private Div decisions() {
        Div box = new Div();
        if (meeting.decisions().isEmpty()) {
            box.add(new Paragraph(getTranslation("meetings.decisions.none")));
            return box;
        }
        OrderedList list = new OrderedList();
        for (MeetingDecision decision : meeting.decisions()) {
            ListItem item = new ListItem(decision.text());
            decision.action().ifPresent(id -> {
                Span note = new Span(" " + getTranslation("meetings.decision.action", title(id)));
                note.addClassName("vss-muted");
                item.add(note);
            });
            list.add(item);
        }
        box.add(list);
        return box;
    }

    private String title(ActionId id) {
        try {
            return actions.find(actor, id).title();
        } catch (VssException gone) {
            return id.toString();
        }
    }

    /**
     * The decision form: a decision, which may create an action. It is recorded against the
     * version of the meeting shown: a change someone saved meanwhile is not overwritten.
     */
    private Div decide() {
        DecisionForm fresh = new DecisionForm();
        if (!known.commitmentIds().isEmpty()) {
            fresh.setCommitment(known.commitmentIds().getFirst());
        }
        PageForm<DecisionForm> form = PageForm.of("meetings.decision.record", DecisionForm.class, fresh, this::decide)
                .onSaved(() -> {
                    changed.run();
                    draw();
                });
        TextArea text = new TextArea(getTranslation("meetings.decision"));
        text.setWidthFull();
        Checkbox creates = new Checkbox(getTranslation("meetings.decision.creates"));
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
        DatePicker deadline = new DatePicker(getTranslation("actions.column.deadline"));
        deadline.setLocale(getLocale());
        String required = getTranslation("followup.required");
        form.binder().forField(form.at("meeting.decisions[" + meeting.decisions().size() + "].text", text))
                .bind(DecisionForm::getText, DecisionForm::setText);
        form.binder().forField(creates).bind(DecisionForm::isCreates, DecisionForm::setCreates);
        form.binder().forField(form.at("action.commitment", commitment))
                .withValidator(value -> !creates.getValue() || value != null, required)
                .bind(DecisionForm::getCommitment, DecisionForm::setCommitment);
        form.binder().forField(form.at("action.title", title)).bind(DecisionForm::getTitle, DecisionForm::setTitle);
        form.binder().forField(form.at("action.lead", lead))
                .withValidator(value -> !creates.getValue() || value != null, required)
                .bind(DecisionForm::getLead, DecisionForm::setLead);
        form.binder().forField(form.at("action.deadline", deadline))
                .bind(DecisionForm::getDeadline, DecisionForm::setDeadline);
        form.binder().readBean(form.model());
        FormLayout action = new FormLayout(commitment, title, lead, deadline);
        action.setVisible(false);
        creates.addValueChangeListener(change -> action.setVisible(change.getValue()));
        Button record = form.saveButton();
        record.setId("meeting-decide");
        Div box = new Div(form, text, creates, action, record);
        box.addClassName("vss-card");
        return box;
    }

    private String decide(DecisionForm form) {
        Optional<Action> created = DecisionMapping.MAP.action(form,
                ActionMapping.Kept.planned(ActionId.next(clock), meeting.territory(), meeting.contract()));
        meeting = meetings.decide(actor, meeting.id(), meeting.version(), DecisionMapping.MAP.text(form), created);
        return getTranslation("meetings.decision.recorded");
    }

    private Div invitation() {
        Div box = new Div();
        try {
            Invitation invitation = meetings.invitation(actor, meeting.id(), getLocale());
            TextField subject = new TextField(getTranslation("meetings.invitation.subject"));
            subject.setValue(invitation.subject());
            subject.setReadOnly(true);
            subject.setWidthFull();
            subject.setId("meeting-invitation-subject");
            TextArea body = new TextArea(getTranslation("meetings.invitation.body"));
            body.setValue(invitation.body());
            body.setReadOnly(true);
            body.setWidthFull();
            body.setId("meeting-invitation-body");
            Anchor ics = new Anchor("documents/meetings/" + meeting.id() + "/invitation.ics?lang=" + getLocale().getLanguage(),
                    getTranslation("meetings.invitation.ics"));
            ics.getElement().setAttribute("download", true);
            ics.setId("meeting-invitation-ics");
            box.add(new Paragraph(getTranslation("meetings.invitation.help")), subject, body, ics);
        } catch (VssException refused) {
            Refusals.show(refused);
        }
        return box;
    }
}
