package io.github.clvss.admin.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.github.clvss.admin.base.ProblemList;
import io.github.clvss.admin.base.ViewTest;
import io.github.clvss.admin.security.SignedInAs;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.deliberation.Deliberation;
import io.github.clvss.core.deliberation.DeliberationId;
import io.github.clvss.core.deliberation.DeliberationRegister;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The deliberation form typed in through its fields: dated rules, refusals on their fields, a conflict. */
@SignedInAs("coordination")
class DeliberationEditorTest extends ViewTest {

    private static final List<String> COUNCIL = List.of("Ada Lovelace", "Blaise Pascal", "Camille Claudel", "Denis Diderot",
            "Émilie du Châtelet", "Frédéric Joliot");

    @Autowired
    private DeliberationRegister deliberations;

    @BeforeEach
    void open() {
        navigate(DeliberationEditor.class);
    }

    @Test
    void a_blank_form_lists_no_fault_until_the_person_changes_something() {
        String before = find(Div.class).withId("deliberation-findings").single().getElement().getTextRecursively();
        assertThat(before).contains("s’affichent ici dès que vous commencez la saisie")
                .doesNotContain("erreur(s)").doesNotContain("Erreur");

        find(TextField.class).withCaption("Objet").single().setValue("Subvention au CIDFF");

        assertThat(find(Paragraph.class).withId("deliberation-findings-summary").single().getText()).contains("erreur(s)");
    }

    @Test
    void two_proxies_held_by_one_member_in_april_2022_are_admitted_under_the_health_emergency_and_the_form_says_so() {
        councilWithTwoProxiesHeldByAda();

        date("Date de la séance").setValue(LocalDate.of(2022, 4, 12));

        Paragraph derogation = find(Paragraph.class).withId("deliberation-derogation").single();
        assertThat(derogation.isVisible()).isTrue();
        assertThat(derogation.getText()).contains("loi n° 2021-1465 du 10 novembre 2021").contains("deux pouvoirs");
        assertThat(findings()).contains("Ada Lovelace détient deux pouvoirs : admis seulement parce que la séance relève du régime"
                + " dérogatoire").contains("loi n° 2021-1465").doesNotContain("détient plus d’un pouvoir");
    }

    @Test
    void the_same_proxies_in_2023_are_an_error_citing_l2121_20_and_no_derogation_is_shown() {
        councilWithTwoProxiesHeldByAda();

        date("Date de la séance").setValue(LocalDate.of(2023, 4, 12));

        assertThat(find(Paragraph.class).withId("deliberation-derogation").exists()).as("no derogation is shown").isFalse();
        assertThat(findings()).contains("Ada Lovelace détient plus d’un pouvoir").contains("(CGCT L2121-20)")
                .doesNotContain("admis seulement");
    }

    @Test
    void a_remote_sitting_outside_the_health_emergency_is_an_error() {
        councilWithTwoProxiesHeldByAda();
        date("Date de la séance").setValue(LocalDate.of(2023, 4, 12));

        checkbox("Séance à distance (visioconférence)").setValue(true);

        assertThat(findings()).contains("Séance à distance le");
    }

    @Test
    void an_object_longer_than_vss_keeps_is_refused_on_the_object_and_the_input_stays() {
        TextField object = find(TextField.class).withLabel("Objet").single();
        String tooLong = "Contrat local ".repeat(150) + "(test)";
        test(object).setValue(tooLong);
        date("Date de la séance").setValue(LocalDate.of(2019, 1, 10));

        test(find(Button.class).withId("deliberation-save").single()).click();

        assertThat(object.isInvalid()).as("the refusal lands on the object").isTrue();
        assertThat(object.getErrorMessage()).isEqualTo("Le texte fait " + tooLong.length() + " caractères ; au plus 2000 sont acceptés.");
        assertThat(object.getValue()).as("the input stays").isEqualTo(tooLong);
        assertThat(find(TextField.class).withLabel("Objet").exists()).isTrue();
    }

    @Test
    void a_nomination_in_a_fourth_round_is_refused_on_the_round_before_anything_is_saved() {
        test(find(TextField.class).withLabel("Objet").single()).setValue("Désignation d’un délégué (test)");
        checkbox("C’est une nomination (désignation d’une personne)").setValue(true);
        IntegerField round = find(IntegerField.class).withLabel("Tour de scrutin").single();
        round.setValue(4);

        test(find(Button.class).withId("deliberation-save").single()).click();

        assertThat(round.isInvalid()).isTrue();
        assertThat(round.getErrorMessage()).isEqualTo("Une nomination a trois tours au plus : indiquez le tour 1, 2 ou 3.");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("deliberation");
    }

    @Test
    void a_correction_saved_after_someone_elses_change_says_so_keeps_the_input_and_overwrites_nothing() {
        TextField object = find(TextField.class).withLabel("Objet").single();
        test(object).setValue("Convention avec le CIDFF (test)");
        date("Date de la séance").setValue(LocalDate.of(2019, 1, 10));
        test(find(Button.class).withId("deliberation-save").single()).click();
        String path = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        assertThat(path).startsWith("deliberation/");
        DeliberationId id = DeliberationId.parse(path.substring("deliberation/".length()), "id").orElseThrow();
        Deliberation recorded = deliberations.find(Actor.system(), id);
        object = find(TextField.class).withLabel("Objet").single();

        test(object).setValue("Convention avec le CIDFF, avenant (test)");
        Deliberation changed = deliberations.correct(Actor.system(),
                recorded.toBuilder().committeeOpinion(java.util.Optional.of("Avis favorable (autre poste)")).build()).deliberation();
        test(find(Button.class).withId("deliberation-save").single()).click();

        assertThat(find(ProblemList.class).single().getElement().getTextRecursively())
                .contains("Quelqu’un a modifié cette fiche pendant que vous la remplissiez");
        assertThat(object.getValue()).as("the input stays").isEqualTo("Convention avec le CIDFF, avenant (test)");
        Deliberation stored = deliberations.find(Actor.system(), id);
        assertThat(stored.object()).isEqualTo("Convention avec le CIDFF (test)");
        assertThat(stored.committeeOpinion()).contains("Avis favorable (autre poste)");
        assertThat(stored.version()).isEqualTo(changed.version());
    }

    /** Six members, four present, Camille and Denis giving their proxies to Ada. */
    @SuppressWarnings("unchecked")
    private void councilWithTwoProxiesHeldByAda() {
        TextArea members = find(TextArea.class).withLabel("Membres en exercice").single();
        test(members).setValue(String.join("\n", COUNCIL));
        MultiSelectComboBox<String> present = find(MultiSelectComboBox.class).withLabel("Présents").single();
        present.setValue(Set.of("Ada Lovelace", "Blaise Pascal", "Émilie du Châtelet", "Frédéric Joliot"));
        Button addProxy = find(Button.class).withId("deliberation-add-proxy").single();
        test(addProxy).click();
        test(addProxy).click();
        List<ComboBox<String>> givers = find(ComboBox.class).withLabel("A donné pouvoir").all().stream()
                .map(c -> (ComboBox<String>) c).toList();
        List<ComboBox<String>> holders = find(ComboBox.class).withLabel("À").all().stream()
                .map(c -> (ComboBox<String>) c).toList();
        givers.get(0).setValue("Camille Claudel");
        holders.get(0).setValue("Ada Lovelace");
        givers.get(1).setValue("Denis Diderot");
        holders.get(1).setValue("Ada Lovelace");
    }

    private String findings() {
        return find(Div.class).withId("deliberation-findings").single().getElement().getTextRecursively().replaceAll("\\s+", " ");
    }

    private DatePicker date(String label) {
        return find(DatePicker.class).all().stream().filter(d -> label.equals(d.getLabel())).findFirst().orElseThrow();
    }

    private Checkbox checkbox(String label) {
        return find(Checkbox.class).all().stream().filter(c -> label.equals(c.getLabel())).findFirst().orElseThrow();
    }
}
