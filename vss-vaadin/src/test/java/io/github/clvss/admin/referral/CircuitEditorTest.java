package io.github.clvss.admin.referral;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.github.clvss.admin.base.ViewTest;
import io.github.clvss.admin.security.SignedInAs;
import io.github.clvss.core.referral.Circuit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The circuit form: refusals on their fields, the input kept, a valid circuit kept in the draft. */
@SignedInAs("coordination")
@SuppressWarnings("unchecked")
class CircuitEditorTest extends ViewTest {

    @BeforeEach
    void open() {
        navigate(CircuitsView.class);
        test(find(Button.class).withId("circuits-add").single()).click();
    }

    @Test
    void a_name_that_is_not_a_circuit_name_is_refused_on_the_name_and_the_input_stays() {
        TextField name = find(TextField.class).withLabel("Nom").single();
        TextArea reason = find(TextArea.class).withLabel("Pourquoi").single();
        test(name).setValue("Permanence Victimes");
        test(reason).setValue("Accueil des victimes le samedi (essai)");
        ComboBox<CircuitEditor.Target> target = find(ComboBox.class).withLabel("Vers qui").single();
        target.setValue(target.getListDataView().getItems().findFirst().orElseThrow());

        test(find(Button.class).withId("circuit-keep").single()).click();

        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage())
                .isEqualTo("Le nom ne prend que des lettres minuscules sans accent, des chiffres et des tirets (80 au plus).");
        assertThat(name.getValue()).isEqualTo("Permanence Victimes");
        assertThat(reason.getValue()).isEqualTo("Accueil des victimes le samedi (essai)");
        assertThat(find(Button.class).withId("circuit-keep").exists()).as("the form stays open").isTrue();
    }

    @Test
    void a_name_another_circuit_has_and_a_missing_target_are_refused_each_on_its_field() {
        TextField name = find(TextField.class).withLabel("Nom").single();
        test(name).setValue("permanence-victimes");
        test(find(TextArea.class).withLabel("Pourquoi").single()).setValue("Un doublon (essai)");

        test(find(Button.class).withId("circuit-keep").single()).click();

        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Un autre circuit porte déjà ce nom.");
        ComboBox<CircuitEditor.Target> target = find(ComboBox.class).withLabel("Vers qui").single();
        assertThat(target.isInvalid()).isTrue();
        assertThat(target.getErrorMessage()).isEqualTo("Choisissez vers qui le circuit oriente.");
    }

    @Test
    void a_valid_circuit_goes_into_the_draft_with_the_facts_chosen() {
        test(find(TextField.class).withLabel("Nom").single()).setValue("essai-samedi");
        test(find(TextArea.class).withLabel("Pourquoi").single()).setValue("Accueil des victimes le samedi (essai)");
        ComboBox<CircuitEditor.Target> target = find(ComboBox.class).withLabel("Vers qui").single();
        target.setValue(target.getListDataView().getItems().findFirst().orElseThrow());
        assertThat(find(Paragraph.class).withId("circuit-summary").single().getText()).startsWith("S’applique quand");

        test(find(Button.class).withId("circuit-keep").single()).click();

        assertThat(find(Button.class).withId("circuit-keep").exists()).as("the form closes").isFalse();
        Grid<Circuit> draft = (Grid<Circuit>) find(Grid.class).all().stream()
                .filter(g -> g.getAriaLabel().orElse("").equals("Circuits du brouillon")).findFirst().orElseThrow();
        assertThat(test(draft).size()).isEqualTo(4);
    }

    @Test
    void a_circuit_on_the_new_facts_is_said_in_words_and_kept_in_the_draft_with_them() {
        test(find(TextField.class).withLabel("Nom").single()).setValue("crimes-ecole");
        test(find(TextArea.class).withLabel("Pourquoi").single()).setValue("Crimes signalés par l’école (essai)");
        ComboBox<CircuitEditor.Target> target = find(ComboBox.class).withLabel("Vers qui").single();
        target.setValue(target.getListDataView().getItems().findFirst().orElseThrow());
        com.vaadin.flow.component.combobox.MultiSelectComboBox<io.github.clvss.core.referral.Facts.Offence> offences =
                find(com.vaadin.flow.component.combobox.MultiSelectComboBox.class).withLabel("Qualification pénale").single();
        offences.setValue(java.util.Set.of(io.github.clvss.core.referral.Facts.Offence.CRIME));
        com.vaadin.flow.component.combobox.MultiSelectComboBox<io.github.clvss.core.referral.Facts.Institution> institutions =
                find(com.vaadin.flow.component.combobox.MultiSelectComboBox.class)
                        .withLabel("Institution de la personne qui demande").single();
        institutions.setValue(java.util.Set.of(io.github.clvss.core.referral.Facts.Institution.NATIONAL_EDUCATION));
        com.vaadin.flow.component.select.Select<CircuitForm.Answer> opj =
                find(com.vaadin.flow.component.select.Select.class).withLabel("Officier de police judiciaire").single();
        opj.setValue(CircuitForm.Answer.NO);

        assertThat(find(Paragraph.class).withId("circuit-summary").single().getText())
                .contains("Qualification pénale : Un crime", "Institution de la personne qui demande : École (Éducation nationale)",
                        "Officier de police judiciaire : Non");
        test(find(Button.class).withId("circuit-keep").single()).click();

        Grid<Circuit> draft = (Grid<Circuit>) find(Grid.class).all().stream()
                .filter(g -> g.getAriaLabel().orElse("").equals("Circuits du brouillon")).findFirst().orElseThrow();
        Circuit kept = test(draft).getRow(test(draft).size() - 1);
        assertThat(kept.name()).isEqualTo("crimes-ecole");
        assertThat(kept.when()).isEqualTo(io.github.clvss.core.referral.CircuitCondition.ANY
                .offences(io.github.clvss.core.referral.Facts.Offence.CRIME)
                .institutions(io.github.clvss.core.referral.Facts.Institution.NATIONAL_EDUCATION)
                .when(io.github.clvss.core.referral.Facts.Flag.JUDICIAL_POLICE_OFFICER, false));
    }
}
