package io.github.clvss.admin.followup;

import io.github.clvss.admin.base.ViewTest;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.github.clvss.admin.security.SignedInAs;
import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.followup.Attendance;
import io.github.clvss.core.followup.Invitee;
import io.github.clvss.core.followup.Meeting;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MeetingsViewTest extends ViewTest {

    @Autowired
    private Vss vss;


    private static final String STEERING_2024 = "Comité de pilotage 2024";

    @SuppressWarnings("unchecked")
    private Grid<Meeting> meetings() {
        return (Grid<Meeting>) find(Grid.class).all().stream()
                .filter(g -> g.getAriaLabel().orElse("").equals("Réunions du contrat")).findFirst().orElseThrow();
    }

    private int row(Grid<Meeting> grid, String title) {
        for (int row = 0; row < test(grid).size(); row++) {
            if (test(grid).getCellText(row, 1).equals(title)) {
                return row;
            }
        }
        throw new AssertionError("no meeting " + title);
    }

    private void open(Grid<Meeting> grid, String title) {
        test(test(grid).getCellComponent(row(grid, title), 4).getChildren().map(Button.class::cast)
                .filter(b -> b.getAriaLabel().orElse("").equals("Ouvrir la réunion " + title)).findFirst().orElseThrow()).click();
    }

    @Test
    @SignedInAs("observation")
    void an_observer_reads_the_steering_committee_and_its_invitation_but_plans_nothing() {
        navigate(MeetingsView.class);
        Grid<Meeting> grid = meetings();

        int steering = row(grid, STEERING_2024);
        assertThat(test(grid).getCellText(steering, 2)).isEqualTo("Comité de pilotage");
        assertThat(test(grid).getCellText(steering, 3)).as("the eight signatories present or represented").isEqualTo("Oui");
        assertThat(find(Button.class).withText("Prévoir une réunion").exists()).isFalse();

        open(grid, STEERING_2024);
        assertThat(find(Paragraph.class).withId("meeting-signatories").single().getText())
                .isEqualTo("Toutes les institutions signataires étaient présentes ou représentées.");
        assertThat(find(TextField.class).withId("meeting-invitation-subject").single().getValue()).contains(STEERING_2024);
        assertThat(find(TextArea.class).withId("meeting-invitation-body").single().isReadOnly()).isTrue();
        assertThat(find(Anchor.class).withId("meeting-invitation-ics").single().getHref())
                .matches("documents/meetings/[0-9a-f-]+/invitation\\.ics\\?lang=fr");
        assertThat(find(Button.class).withText("Enregistrer la décision").exists()).isFalse();
        assertThat(find(Select.class).all()).as("no attendance to change")
                .extracting(s -> ((Select<?>) s).getAriaLabel().orElse("")).noneMatch(label -> label.startsWith("Présence de"));
    }

    @Test
    @SignedInAs("observation")
    void a_meeting_still_to_come_says_nothing_of_who_was_there() {
        navigate(MeetingsView.class);
        Grid<Meeting> grid = meetings();
        // the demo's working group, three weeks from the day the demo data was made
        String coming = "Groupe de travail : circuit d’accueil aux urgences";

        assertThat(test(grid).getCellText(row(grid, coming), 3)).isEqualTo("À venir");
        open(grid, coming);
        assertThat(find(Paragraph.class).withId("meeting-signatories").single().getText())
                .isEqualTo("La réunion n’a pas encore eu lieu : la présence des institutions signataires se note après.")
                .doesNotContain("n’étaient pas");
    }

    @Test
    @SignedInAs("coordination")
    @SuppressWarnings("unchecked")
    void the_coordinator_plans_a_meeting_records_attendance_and_a_decision_that_creates_an_action() {
        navigate(MeetingsView.class);
        Grid<Meeting> grid = meetings();

        test(find(Button.class).withText("Prévoir une réunion").single()).click();
        find(TextField.class).withCaption("Intitulé").single().setValue("Comité technique de janvier");
        find(DateTimePicker.class).withCaption("Début").single().setValue(LocalDateTime.of(2025, 1, 16, 9, 30));
        find(DateTimePicker.class).withCaption("Fin").single().setValue(LocalDateTime.of(2025, 1, 16, 11, 0));
        test(find(Button.class).withText("Enregistrer").single()).click();

        assertThat(test(grid).getCellText(row(grid, "Comité technique de janvier"), 3))
                .as("no attendance recorded yet").isEqualTo("Non");

        open(grid, "Comité technique de janvier");
        Grid<Invitee> attendance = (Grid<Invitee>) find(Grid.class).all().stream()
                .filter(g -> g.getAriaLabel().orElse("").equals("Présences")).findFirst().orElseThrow();
        Meeting planned = test(grid).getRow(row(grid, "Comité technique de janvier"));
        // other view tests in the same application may add partners: count the contract's own
        long partners = vss.partners().count(Actor.system(), planned.contract());
        assertThat(partners).as("the demo contract's eight partners at least").isGreaterThanOrEqualTo(8);
        assertThat(test(attendance).size()).as("every partner invited by default").isEqualTo((int) partners);
        Select<Attendance> first = (Select<Attendance>) test(attendance).getCellComponent(0, 1);
        first.setValue(Attendance.EXCUSED);
        Grid<Invitee> redrawn = (Grid<Invitee>) find(Grid.class).all().stream()
                .filter(g -> g.getAriaLabel().orElse("").equals("Présences")).findFirst().orElseThrow();
        assertThat(((Select<Attendance>) test(redrawn).getCellComponent(0, 1)).getValue()).isEqualTo(Attendance.EXCUSED);

        find(TextArea.class).withCaption("Décision").single().setValue("Réviser la fiche réflexe des urgences.");
        find(Checkbox.class).withCaption("Cette décision crée une action").single().setValue(true);
        Select<Object> lead = find(Select.class).withCaption("Partenaire pilote").single();
        lead.setValue(lead.getListDataView().getItems().findFirst().orElseThrow());
        test(find(Button.class).withId("meeting-decide").single()).click();

        assertThat(find(ListItem.class).all()).extracting(li -> li.getElement().getTextRecursively())
                .contains("Réviser la fiche réflexe des urgences. (action créée : Réviser la fiche réflexe des urgences.)");
    }
}
