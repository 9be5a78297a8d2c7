package io.github.clvss.admin.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import io.github.clvss.admin.base.ProblemList;
import io.github.clvss.admin.base.ViewTest;
import io.github.clvss.admin.security.SignedInAs;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.indicator.DiagnosticNote;
import io.github.clvss.core.indicator.IndicatorBoard;
import io.github.clvss.core.shared.Provenance;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The diagnostic's note, a form in the page. A note is saved against the version shown: a note
 * someone else saved meanwhile is never overwritten.
 */
class DiagnosticNoteFormTest extends ViewTest {

    private static final ContractId BOULOGNE = ContractId.parse("018875f8-8001-7b4c-a55a-75eb92c7ad98", "id").orElseThrow();

    @Autowired
    private IndicatorBoard indicators;

    @Test
    @SignedInAs("coordination")
    void a_note_with_a_control_character_is_refused_on_the_note_and_the_input_stays() {
        navigate(IndicatorsView.class);
        find(IntegerField.class).withId("indicators-year").single().setValue(2021);
        TextArea note = find(TextArea.class).withId("indicators-note").single();
        note.setValue("Bilan\u0007 de l’année");

        test(find(Button.class).withId("indicators-note-save").single()).click();

        assertThat(note.isInvalid()).as("the refusal lands on the note").isTrue();
        assertThat(note.getErrorMessage()).isNotBlank().doesNotContain("$.text");
        assertThat(note.getValue()).as("the input stays").isEqualTo("Bilan\u0007 de l’année");
        assertThat(indicators.notes(Actor.system(), BOULOGNE, 2021)).isEmpty();
    }

    @Test
    @SignedInAs("coordination")
    void a_second_save_over_a_note_saved_meanwhile_gets_the_conflict_sentence_and_overwrites_nothing() {
        indicators.writeNote(Actor.system(), new DiagnosticNote(BOULOGNE, 2020, Optional.empty(), "Bilan ouvert",
                Provenance.ENTERED));
        navigate(IndicatorsView.class);
        find(IntegerField.class).withId("indicators-year").single().setValue(2020);
        TextArea note = find(TextArea.class).withId("indicators-note").single();
        assertThat(note.getValue()).isEqualTo("Bilan ouvert");
        note.setValue("Ma version du bilan");

        DiagnosticNote shown = indicators.notes(Actor.system(), BOULOGNE, 2020).getFirst();
        indicators.writeNote(Actor.system(), new DiagnosticNote(BOULOGNE, 2020, Optional.empty(), "Leur version du bilan",
                Provenance.ENTERED, shown.version()));
        test(find(Button.class).withId("indicators-note-save").single()).click();

        assertThat(find(ProblemList.class).all().stream().filter(ProblemList::isVisible)
                .map(p -> p.getElement().getTextRecursively()).toList())
                .anySatisfy(text -> assertThat(text).contains("Quelqu’un a modifié cette fiche pendant que vous la remplissiez")
                        .contains("La note du diagnostic 2020 a été modifiée par quelqu’un d’autre"));
        assertThat(note.getValue()).as("the input stays").isEqualTo("Ma version du bilan");
        assertThat(indicators.notes(Actor.system(), BOULOGNE, 2020)).extracting(DiagnosticNote::text)
                .as("the other save stays").containsExactly("Leur version du bilan");

        test(find(Button.class).withId("indicators-note-save").single()).click();
        assertThat(indicators.notes(Actor.system(), BOULOGNE, 2020)).extracting(DiagnosticNote::text)
                .as("saving again without reloading is still refused").containsExactly("Leur version du bilan");
    }

    @Test
    @SignedInAs("coordination")
    void a_note_saved_twice_from_the_same_page_and_then_emptied_is_written_then_removed() {
        navigate(IndicatorsView.class);
        find(IntegerField.class).withId("indicators-year").single().setValue(2019);
        TextArea note = find(TextArea.class).withId("indicators-note").single();
        note.setValue("Premier jet");
        test(find(Button.class).withId("indicators-note-save").single()).click();
        note.setValue("Second jet");
        test(find(Button.class).withId("indicators-note-save").single()).click();

        assertThat(indicators.notes(Actor.system(), BOULOGNE, 2019)).extracting(DiagnosticNote::text).containsExactly("Second jet");
        note.setValue("");
        test(find(Button.class).withId("indicators-note-save").single()).click();
        assertThat(indicators.notes(Actor.system(), BOULOGNE, 2019)).isEmpty();
    }

    @Test
    @SignedInAs("coordination")
    void a_note_without_a_year_is_refused_on_the_year() {
        navigate(IndicatorsView.class);
        IntegerField year = find(IntegerField.class).withId("indicators-year").single();
        year.clear();
        find(TextArea.class).withId("indicators-note").single().setValue("Bilan sans année");

        test(find(Button.class).withId("indicators-note-save").single()).click();

        assertThat(year.isInvalid()).isTrue();
        assertThat(year.getErrorMessage()).isEqualTo("Obligatoire");
    }
}
