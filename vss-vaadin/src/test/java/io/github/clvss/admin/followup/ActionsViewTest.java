package io.github.clvss.admin.followup;

import io.github.clvss.admin.base.ProblemList;
import io.github.clvss.admin.base.ViewTest;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import io.github.clvss.admin.security.SignedInAs;
import io.github.clvss.core.followup.Action;
import io.github.clvss.core.followup.ActionChange;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActionsViewTest extends ViewTest {

    private static final String HOSPITAL_ACTION = "Formaliser le circuit d’accueil des victimes aux urgences de l’hôpital";
    private static final String TRAINING_ACTION =
            "Former ensemble les agents d’accueil de la mairie, du commissariat et de l’hôpital au repérage";

    @SuppressWarnings("unchecked")
    private Grid<Action> actions() {
        return (Grid<Action>) find(Grid.class).all().stream()
                .filter(g -> g.getAriaLabel().orElse("").equals("Actions du contrat")).findFirst().orElseThrow();
    }

    private int row(Grid<Action> grid, String title) {
        for (int row = 0; row < test(grid).size(); row++) {
            if (test(grid).getCellText(row, 1).equals(title)) {
                return row;
            }
        }
        throw new AssertionError("no action " + title);
    }

    private List<String> buttons(Grid<Action> grid, String title) {
        List<String> labels = new ArrayList<>();
        test(grid).getCellComponent(row(grid, title), 6).getChildren()
                .forEach(b -> labels.add(((Button) b).getAriaLabel().orElse("")));
        return labels;
    }

    private Button button(Grid<Action> grid, String title, String label) {
        return test(grid).getCellComponent(row(grid, title), 6).getChildren().map(Button.class::cast)
                .filter(b -> b.getAriaLabel().orElse("").equals(label)).findFirst().orElseThrow();
    }

    @Test
    @SignedInAs("hopital")
    void the_hospital_user_may_change_only_the_action_its_partner_leads() {
        navigate(ActionsView.class);
        Grid<Action> grid = actions();

        assertThat(buttons(grid, HOSPITAL_ACTION)).contains("Modifier l’action " + HOSPITAL_ACTION,
                "Changer l’état de l’action " + HOSPITAL_ACTION);
        assertThat(buttons(grid, TRAINING_ACTION)).as("the training is led by the CIDFF, the hospital only contributes")
                .containsExactly("Historique de l’action " + TRAINING_ACTION);
        assertThat(find(Button.class).withText("Ajouter une action").exists()).isFalse();
    }

    @Test
    @SignedInAs("hopital")
    @SuppressWarnings("unchecked")
    void the_hospital_user_records_progress_and_the_history_says_it_was_them() {
        navigate(ActionsView.class);
        Grid<Action> grid = actions();

        test(button(grid, HOSPITAL_ACTION, "Modifier l’action " + HOSPITAL_ACTION)).click();
        IntegerField progress = find(IntegerField.class).withCaption("Avancement (%)").single();
        assertThat(progress.getValue()).isEqualTo(60);
        progress.setValue(80);
        test(find(Button.class).withText("Enregistrer").single()).click();

        assertThat(test(grid).getCellText(row(grid, HOSPITAL_ACTION), 5)).isEqualTo("80 %");
        test(button(grid, HOSPITAL_ACTION, "Historique de l’action " + HOSPITAL_ACTION)).click();
        Grid<ActionChange> history = (Grid<ActionChange>) find(Grid.class).all().stream()
                .filter(g -> g.getAriaLabel().orElse("").equals("Historique : " + HOSPITAL_ACTION)).findFirst().orElseThrow();
        int last = test(history).size() - 1;
        assertThat(last).isPositive();
        assertThat(test(history).getCellText(last, 1)).isEqualTo("vous");
        assertThat(test(history).getCellText(last, 2)).isEqualTo("avancement : 60 → 80");
        assertThat(test(history).getCellText(0, 1)).as("the demo data was loaded by another account").isNotEqualTo("vous");
    }

    @Test
    @SignedInAs("hopital")
    @SuppressWarnings("unchecked")
    void the_hospital_user_cannot_hand_its_action_over_to_another_partner_and_keeps_the_input() {
        navigate(ActionsView.class);
        Grid<Action> grid = actions();
        String lead = test(grid).getCellText(row(grid, HOSPITAL_ACTION), 2);

        test(button(grid, HOSPITAL_ACTION, "Modifier l’action " + HOSPITAL_ACTION)).click();
        com.vaadin.flow.component.select.Select<Object> leads = find(com.vaadin.flow.component.select.Select.class)
                .withCaption("Partenaire pilote").single();
        Object other = leads.getListDataView().getItems().filter(p -> !p.equals(leads.getValue())).findFirst().orElseThrow();
        leads.setValue(other);
        test(find(Button.class).withText("Enregistrer").single()).click();

        assertThat(find(ProblemList.class).single().isVisible()).as("the refusal is shown in the form").isTrue();
        assertThat(find(ProblemList.class).single().getElement().getTextRecursively()).isNotBlank();
        assertThat(leads.getValue()).as("the input stays").isEqualTo(other);
        assertThat(test(grid).getCellText(row(grid, HOSPITAL_ACTION), 2)).isEqualTo(lead);
    }

    @Test
    @SignedInAs("observation")
    void an_observer_sees_late_actions_marked_but_no_button_to_change_them() {
        navigate(ActionsView.class);
        Grid<Action> grid = actions();

        Span state = (Span) test(grid).getCellComponent(row(grid, HOSPITAL_ACTION), 4);
        assertThat(state.getText()).as("in progress, due 30 April 2024").isEqualTo("En retard");
        assertThat(state.getElement().getThemeList()).contains("badge", "error");
        assertThat(((Span) test(grid).getCellComponent(row(grid, "Réunir le comité de pilotage annuel des signataires"), 4))
                .getText()).isEqualTo("Réalisée");
        assertThat(buttons(grid, HOSPITAL_ACTION)).containsExactly("Historique de l’action " + HOSPITAL_ACTION);
        assertThat(find(Button.class).withText("Ajouter une action").exists()).isFalse();
    }

    @Test
    @SignedInAs("coordination")
    @SuppressWarnings("unchecked")
    void the_coordinator_adds_an_action_and_filters_by_commitment() {
        navigate(ActionsView.class);
        Grid<Action> grid = actions();
        int before = test(grid).size();

        test(find(Button.class).withText("Ajouter une action").single()).click();
        find(com.vaadin.flow.component.textfield.TextField.class).withCaption("Action").single()
                .setValue("Installer un affichage dans les halls des gymnases");
        com.vaadin.flow.component.select.Select<Object> lead = find(com.vaadin.flow.component.select.Select.class)
                .withCaption("Partenaire pilote").single();
        lead.setValue(lead.getListDataView().getItems().findFirst().orElseThrow());
        test(find(Button.class).withText("Enregistrer").single()).click();

        assertThat(test(grid).size()).isEqualTo(before + 1);
        assertThat(((Span) test(grid).getCellComponent(row(grid, "Installer un affichage dans les halls des gymnases"), 4))
                .getText()).isEqualTo("Prévue");
        com.vaadin.flow.component.select.Select<String> commitment = find(com.vaadin.flow.component.select.Select.class)
                .withId("actions-commitment").single();
        commitment.setValue("1.3");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 1)).isEqualTo(HOSPITAL_ACTION);
    }

    @Test
    @SignedInAs("coordination")
    @SuppressWarnings("unchecked")
    void a_commitment_the_text_does_not_number_is_shown_as_an_objective_never_by_its_key() {
        navigate(ActionsView.class);
        Grid<Action> grid = actions();

        assertThat(test(grid).getCellText(row(grid, "Afficher les numéros d’aide dans les pharmacies de la ville"), 0))
                .isEqualTo("objectif 3");
        assertThat(test(grid).getCellText(row(grid, HOSPITAL_ACTION), 0)).isEqualTo("1.3");
        com.vaadin.flow.component.select.Select<String> commitment = find(com.vaadin.flow.component.select.Select.class)
                .withId("actions-commitment").single();
        assertThat(commitment.getItemLabelGenerator().apply("obj-2"))
                .startsWith("objectif 2 — De développer la sensibilisation");
    }
}
