package io.github.clvss.admin.referral;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import io.github.clvss.admin.base.ViewTest;
import io.github.clvss.admin.security.SignedInAs;
import io.github.clvss.core.referral.Facts.AgeGroup;
import io.github.clvss.core.referral.Facts.Capacity;
import io.github.clvss.core.referral.Facts.Consent;
import io.github.clvss.core.referral.Facts.Flag;
import io.github.clvss.core.referral.Facts.Offence;
import io.github.clvss.core.referral.Facts.Relation;
import io.github.clvss.core.referral.Facts.Violence;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The simulator asked through its fields as a professional would, and the decision it shows. */
@SignedInAs("coordination")
@SuppressWarnings("unchecked")
class SimulatorViewTest extends ViewTest {

    @BeforeEach
    void open() {
        navigate(SimulatorView.class);
    }

    @Test
    void a_doctor_whose_patients_life_is_in_danger_under_emprise_may_report_without_consent_under_226_14_3() {
        describeCoupleViolence(Capacity.DOCTOR);
        tick("Sa vie est en danger immédiat");
        tick("Elle est sous l’emprise de l’auteur");
        date().setValue(LocalDate.of(2026, 12, 1));

        String result = decide();

        assertThat(result).contains("Peut signaler au procureur de la République, sans que l’accord de la victime soit nécessaire"
                + " — art. 226-14 3° du code pénal");
        assertThat(result).contains("Loi appliquée : celle en vigueur le 1 décembre 2026.");
        assertThat(result).contains("Vie en danger immédiat : Oui");
    }

    @Test
    void the_same_facts_on_a_day_before_1_august_2020_get_no_226_14_3_outcome() {
        describeCoupleViolence(Capacity.DOCTOR);
        tick("Sa vie est en danger immédiat");
        tick("Elle est sous l’emprise de l’auteur");
        date().setValue(LocalDate.of(2020, 7, 31));

        String result = decide();

        assertThat(result).doesNotContain("226-14 3°");
        assertThat(result).contains("Pas sans son accord").contains("art. 226-14 2° du code pénal");
        assertThat(result).contains("Loi appliquée : celle en vigueur le 31 juillet 2020.");
    }

    @Test
    void immediate_danger_without_a_life_in_danger_gives_a_doctor_no_226_14_3() {
        describeCoupleViolence(Capacity.DOCTOR);
        tick("Elle est en danger immédiat");
        tick("Elle est sous l’emprise de l’auteur");

        String result = decide();

        assertThat(result).doesNotContain("226-14 3°").contains("art. 226-14 2° du code pénal");
        assertThat(result).contains("Doit signaler aux secours (15, 17, 112, 114)").contains("art. 223-6 du code pénal");
    }

    @Test
    void a_police_officer_must_receive_the_complaint_and_inform_the_procureur() {
        describeCoupleViolence(Capacity.POLICE);

        String result = decide();

        assertThat(result).contains("art. 15-3 du code de procédure pénale").contains("art. 19 du code de procédure pénale");
        assertThat(result).contains("Recevoir la plainte, remettre un récépissé").contains("Informer le procureur sans délai.");
        assertThat(result).contains("Obligatoire");
    }

    @Test
    void a_police_officer_not_known_as_an_opj_is_told_the_art_19_duty_binds_only_an_opj() {
        describeCoupleViolence(Capacity.POLICE);

        String result = decide();

        assertThat(result).contains("art. 19 du code de procédure pénale")
                .contains("Seulement pour un officier de police judiciaire")
                .contains("Officier de police judiciaire : Inconnu");
    }

    @Test
    void a_police_officer_who_is_not_an_opj_receives_the_complaint_but_gets_no_art_19_duty() {
        describeCoupleViolence(Capacity.POLICE);
        ((CheckboxGroup<Flag>) group("Faits que vous ignorez")).setValue(Set.of());

        String result = decide();

        assertThat(result).contains("art. 15-3 du code de procédure pénale").doesNotContain("art. 19 du code de procédure pénale");
    }

    @Test
    void an_opj_must_inform_the_procureur_without_the_condition() {
        describeCoupleViolence(Capacity.POLICE);
        ((CheckboxGroup<Flag>) group("Faits que vous ignorez")).setValue(Set.of());
        tick("Vous êtes officier de police judiciaire");

        String result = decide();

        assertThat(result).contains("art. 19 du code de procédure pénale").contains("Informer le procureur sans délai.")
                .doesNotContain("Seulement pour un officier de police judiciaire");
    }

    @Test
    void a_neighbour_who_knows_of_a_crime_must_inform_the_authorities_under_434_1() {
        asker().setValue(Set.of(Capacity.MEMBER_OF_THE_PUBLIC));
        ((RadioButtonGroup<Relation>) radio("Qui est l’auteur des violences ?")).setValue(Relation.OTHER);
        ((CheckboxGroup<Violence>) group("Quelles violences ?")).setValue(Set.of(Violence.SEXUAL));
        ((Select<Offence>) select("Les faits sont-ils un crime ou un délit ?")).setValue(Offence.CRIME);

        String result = decide();

        assertThat(result).contains("Doit signaler aux autorités judiciaires ou administratives").contains("art. 434-1 du code pénal");
        assertThat(result).contains("Qualification pénale : Un crime");
    }

    @Test
    void a_deaf_person_in_danger_is_sent_to_the_114_first() {
        describeCoupleViolence(Capacity.SOCIAL_WORKER);
        tick("Elle est sourde ou malentendante");
        tick("Elle est en danger immédiat");

        decide();

        OrderedList contacts = find(OrderedList.class).withId("simulator-contacts").single();
        String first = contacts.getChildren().findFirst().map(c -> c.getElement().getTextRecursively()).orElseThrow();
        assertThat(first).contains("114").contains("personnes sourdes ou malentendantes");
    }

    @Test
    void a_fact_said_unknown_cannot_be_ticked_and_the_duty_says_it_depends_on_it() {
        describeCoupleViolence(Capacity.PUBLIC_EMPLOYEE);
        Checkbox learned = checkbox("Vous l’avez appris dans l’exercice de vos fonctions");
        assertThat(learned.getValue()).isTrue();

        ((CheckboxGroup<Flag>) group("Faits que vous ignorez")).setValue(Set.of(Flag.LEARNED_IN_FUNCTIONS));
        String result = decide();

        assertThat(learned.getValue()).isFalse();
        assertThat(learned.isEnabled()).isFalse();
        assertThat(result).contains("art. 40 al. 2 du code de procédure pénale")
                .contains("Seulement si les faits ont été connus dans l’exercice des fonctions.")
                .contains("Connu dans l’exercice des fonctions : Inconnu");
    }

    @Test
    void without_who_asks_nothing_is_decided_and_the_field_says_why() {
        test(find(Button.class).withText("Voir l’orientation").single()).click();

        assertThat(asker().isInvalid()).isTrue();
        assertThat(asker().getErrorMessage()).isEqualTo(
                "Dites qui pose la question : les règles sur le secret et le signalement en dépendent.");
        assertThat(find(Section.class).all().stream().filter(s -> s.hasClassName("vss-simulator-result"))
                .allMatch(s -> !s.isVisible())).isTrue();
    }

    /** Violence within the couple, physical, consent refused, by an adult's partner. */
    @Test
    @SignedInAs("hopital")
    void a_partner_user_goes_from_the_decision_to_a_new_path_in_one_click_with_the_situation_kept() {
        describeCoupleViolence(Capacity.DOCTOR);
        decide();

        test(find(Button.class).withId("simulator-new-path").single()).click();

        assertThat(screen()).isEqualTo("PathOpeningView");
        assertThat(io.github.clvss.admin.base.SituationHandOff.find()).hasValueSatisfying(situation ->
                assertThat(situation.asker()).containsExactly(Capacity.DOCTOR));
    }

    @Test
    void a_coordinator_who_opens_no_path_is_not_offered_one() {
        describeCoupleViolence(Capacity.DOCTOR);
        decide();

        assertThat(find(Button.class).withId("simulator-new-path").all()).isEmpty();
    }

    private void describeCoupleViolence(Capacity who) {
        asker().setValue(Set.of(who));
        ((RadioButtonGroup<AgeGroup>) radio("Son âge")).setValue(AgeGroup.ADULT);
        ((RadioButtonGroup<Relation>) radio("Qui est l’auteur des violences ?")).setValue(Relation.PARTNER);
        ((CheckboxGroup<Violence>) group("Quelles violences ?")).setValue(Set.of(Violence.PHYSICAL));
        ((RadioButtonGroup<Consent>) radio("Est-elle d’accord pour un signalement ?")).setValue(Consent.REFUSED);
    }

    private String decide() {
        test(find(Button.class).withText("Voir l’orientation").single()).click();
        Section result = find(Section.class).all().stream().filter(s -> s.hasClassName("vss-simulator-result")).findFirst()
                .orElseThrow();
        assertThat(result.isVisible()).as("the decision is shown").isTrue();
        return String.join(" ", result.getChildren().map(c -> c.getElement().getTextRecursively()).toList())
                .replaceAll("\\s+", " ") + " " + String.join(" ", find(ListItem.class).all().stream()
                        .map(li -> li.getElement().getTextRecursively()).toList());
    }

    private CheckboxGroup<Capacity> asker() {
        return (CheckboxGroup<Capacity>) group("Qui pose la question ?");
    }

    private DatePicker date() {
        return find(DatePicker.class).all().stream().filter(d -> "Date à laquelle vous agissez".equals(d.getLabel())).findFirst()
                .orElseThrow();
    }

    private void tick(String label) {
        checkbox(label).setValue(true);
    }

    private Checkbox checkbox(String label) {
        return find(Checkbox.class).all().stream().filter(c -> label.equals(c.getLabel())).findFirst().orElseThrow();
    }

    private CheckboxGroup<?> group(String label) {
        return find(CheckboxGroup.class).all().stream().filter(c -> label.equals(c.getLabel())).findFirst().orElseThrow();
    }

    private RadioButtonGroup<?> radio(String label) {
        return find(RadioButtonGroup.class).all().stream().filter(c -> label.equals(c.getLabel())).findFirst().orElseThrow();
    }

    private Select<?> select(String label) {
        return find(Select.class).all().stream().filter(c -> label.equals(c.getLabel())).findFirst().orElseThrow();
    }
}
