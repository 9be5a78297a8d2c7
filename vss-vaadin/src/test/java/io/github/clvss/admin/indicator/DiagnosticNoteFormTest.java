package io.github.clvss.admin.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import io.github.clvss.admin.base.ViewTest;
import io.github.clvss.admin.security.SignedInAs;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.indicator.IndicatorBoard;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The diagnostic's note, a form in the page. A note has no version: the last one saved wins. */
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
