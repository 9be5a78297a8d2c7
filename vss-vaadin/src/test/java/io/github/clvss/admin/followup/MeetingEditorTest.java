package io.github.clvss.admin.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.github.clvss.admin.base.ProblemList;
import io.github.clvss.admin.base.ViewTest;
import io.github.clvss.admin.security.SignedInAs;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.followup.Meeting;
import io.github.clvss.core.followup.MeetingKind;
import io.github.clvss.core.followup.MeetingRegister;
import io.github.clvss.core.shared.Provenance;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The meeting form and the decision form of a meeting. */
class MeetingEditorTest extends ViewTest {

    private static final String STEERING_2024 = "Comité de pilotage 2024";
    private static final String CONFLICT = "Quelqu’un a modifié cette fiche pendant que vous la remplissiez";

    @Autowired
    private MeetingRegister meetings;

    @SuppressWarnings("unchecked")
    private Grid<Meeting> grid() {
        return (Grid<Meeting>) find(Grid.class).all().stream()
                .filter(g -> g.getAriaLabel().orElse("").equals("Réunions du contrat")).findFirst().orElseThrow();
    }

    /** A new meeting of the demo contract (the demo's own stay as they are for the other tests). */
    private Meeting planned(String title) {
        navigate(MeetingsView.class);
        Grid<Meeting> grid = grid();
        Meeting steering = IntStream.range(0, test(grid).size()).mapToObj(test(grid)::getRow)
                .filter(m -> m.title().equals(STEERING_2024)).findFirst().orElseThrow();
        Meeting meeting = meetings.record(Actor.system(), Meeting.plan(Clock.systemUTC(), steering.territory(),
                steering.contract(), MeetingKind.TECHNICAL_COMMITTEE, title, LocalDateTime.of(2025, 3, 4, 14, 0),
                LocalDateTime.of(2025, 3, 4, 16, 0), Optional.empty(), List.of(), List.of(), List.of(), Provenance.ENTERED));
        navigate(MeetingsView.class);
        return meeting;
    }

    private void click(String title, String aria) {
        Grid<Meeting> grid = grid();
        int row = IntStream.range(0, test(grid).size()).filter(r -> test(grid).getCellText(r, 1).equals(title))
                .findFirst().orElseThrow();
        test(test(grid).getCellComponent(row, 4).getChildren().map(Button.class::cast)
                .filter(b -> b.getAriaLabel().orElse("").equals(aria + " " + title)).findFirst().orElseThrow()).click();
    }

    private String problems() {
        return find(ProblemList.class).all().stream().map(p -> p.getElement().getTextRecursively())
                .reduce("", String::concat);
    }

    @Test
    @SignedInAs("coordination")
    void a_meeting_ending_before_it_starts_is_refused_on_its_end_and_the_input_stays() {
        Meeting meeting = planned("Comité technique de mars");
        click(meeting.title(), "Modifier la réunion");

        TextField title = find(TextField.class).withCaption("Intitulé").single();
        title.setValue("Comité technique de mars, reporté");
        DateTimePicker end = find(DateTimePicker.class).withCaption("Fin").single();
        end.setValue(LocalDateTime.of(2025, 3, 4, 13, 0));
        test(find(Button.class).withText("Enregistrer").single()).click();

        assertThat(end.isInvalid()).as("the refusal lands on the end").isTrue();
        assertThat(end.getErrorMessage()).isNotBlank().doesNotContain("meeting.end");
        assertThat(title.getValue()).as("the input stays").isEqualTo("Comité technique de mars, reporté");
        assertThat(meetings.find(Actor.system(), meeting.id()).title()).isEqualTo("Comité technique de mars");
    }

    @Test
    @SignedInAs("coordination")
    void a_new_meetings_end_follows_its_start_and_each_date_and_time_sub_field_has_a_label() {
        navigate(MeetingsView.class);
        test(find(Button.class).withText("Prévoir une réunion").single()).click();
        DateTimePicker start = find(DateTimePicker.class).withCaption("Début").single();
        DateTimePicker end = find(DateTimePicker.class).withCaption("Fin").single();

        start.setValue(LocalDateTime.of(2027, 3, 10, 18, 0));
        assertThat(end.getValue()).as("two hours by default").isEqualTo(LocalDateTime.of(2027, 3, 10, 20, 0));
        end.setValue(LocalDateTime.of(2027, 3, 10, 21, 0));
        start.setValue(LocalDateTime.of(2027, 3, 11, 9, 0));
        assertThat(end.getValue()).as("moved with the start, its length kept").isEqualTo(LocalDateTime.of(2027, 3, 11, 12, 0));

        assertThat(start.getDateAriaLabel()).contains("Date de début");
        assertThat(start.getTimeAriaLabel()).contains("Heure de début");
        assertThat(end.getDateAriaLabel()).contains("Date de fin");
        assertThat(end.getTimeAriaLabel()).contains("Heure de fin");
    }

    @Test
    @SignedInAs("coordination")
    void a_meeting_saved_after_someone_elses_change_says_so_keeps_the_input_and_overwrites_nothing() {
        Meeting meeting = planned("Comité technique d’avril");
        click(meeting.title(), "Modifier la réunion");
        TextField title = find(TextField.class).withCaption("Intitulé").single();
        title.setValue("Comité technique d’avril, déplacé");

        Meeting changed = meetings.update(Actor.system(), new Meeting(meeting.id(), meeting.version(), meeting.territory(),
                meeting.contract(), meeting.kind(), meeting.title(), meeting.start(), meeting.end(), Optional.of("Mairie"),
                meeting.agenda(), meeting.invitees(), meeting.guests(), meeting.minutes(), meeting.decisions(),
                Provenance.ENTERED));
        test(find(Button.class).withText("Enregistrer").single()).click();

        assertThat(problems()).contains(CONFLICT);
        assertThat(title.getValue()).as("the input stays").isEqualTo("Comité technique d’avril, déplacé");
        Meeting stored = meetings.find(Actor.system(), meeting.id());
        assertThat(stored.title()).isEqualTo("Comité technique d’avril");
        assertThat(stored.version()).isEqualTo(changed.version());
    }

    @Test
    @SignedInAs("coordination")
    void an_empty_decision_is_refused_on_its_text_and_nothing_is_recorded() {
        Meeting meeting = planned("Comité technique de mai");
        click(meeting.title(), "Ouvrir la réunion");

        TextArea text = find(TextArea.class).withCaption("Décision").single();
        text.setValue("   ");
        test(find(Button.class).withId("meeting-decide").single()).click();

        assertThat(text.isInvalid()).as("the refusal lands on the decision").isTrue();
        assertThat(text.getErrorMessage()).isNotBlank();
        assertThat(meetings.find(Actor.system(), meeting.id()).decisions()).isEmpty();
    }

    @Test
    @SignedInAs("coordination")
    void a_decision_recorded_after_someone_elses_change_says_so_keeps_the_input_and_overwrites_nothing() {
        Meeting meeting = planned("Comité technique de juin");
        click(meeting.title(), "Ouvrir la réunion");
        TextArea text = find(TextArea.class).withCaption("Décision").single();
        text.setValue("Relancer les pharmacies.");

        meetings.update(Actor.system(), new Meeting(meeting.id(), meeting.version(), meeting.territory(),
                meeting.contract(), meeting.kind(), meeting.title(), meeting.start(), meeting.end(), Optional.of("Mairie"),
                meeting.agenda(), meeting.invitees(), meeting.guests(), meeting.minutes(), meeting.decisions(),
                Provenance.ENTERED));
        test(find(Button.class).withId("meeting-decide").single()).click();

        assertThat(problems()).contains(CONFLICT);
        assertThat(text.getValue()).as("the input stays").isEqualTo("Relancer les pharmacies.");
        assertThat(meetings.find(Actor.system(), meeting.id()).decisions()).isEmpty();
    }
}
