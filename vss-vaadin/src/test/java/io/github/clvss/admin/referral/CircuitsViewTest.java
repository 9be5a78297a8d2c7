package io.github.clvss.admin.referral;

import io.github.clvss.admin.base.ViewTest;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import io.github.clvss.admin.security.SignedInAs;
import io.github.clvss.core.referral.Circuit;
import io.github.clvss.core.referral.CircuitRevision;
import io.github.clvss.core.referral.Facts.Capacity;
import org.junit.jupiter.api.Test;

class CircuitsViewTest extends ViewTest {

    @Test
    @SignedInAs("observation")
    @SuppressWarnings("unchecked")
    void an_observer_reads_the_circuits_and_their_history_but_cannot_change_them() {
        navigate(CircuitsView.class);

        Grid<Circuit> draft = (Grid<Circuit>) find(Grid.class).all().stream()
                .filter(g -> g.getAriaLabel().orElse("").equals("Circuits du brouillon")).findFirst().orElseThrow();
        assertThat(test(draft).size()).isEqualTo(3);
        assertThat(test(draft).getCellText(0, 2)).isEqualTo("Violences : Sexuelles (viol, agression, harcèlement)");
        Grid<CircuitRevision> history = (Grid<CircuitRevision>) find(Grid.class).all().stream()
                .filter(g -> g.getAriaLabel().orElse("").equals("Versions publiées")).findFirst().orElseThrow();
        assertThat(test(history).getCellText(0, 0)).isEqualTo("1");
        assertThat(test(history).getCellText(0, 3)).contains("ajouté : urgences-ambroise-pare");
        assertThat(find(Button.class).withText("Ajouter un circuit").exists()).isFalse();
        assertThat(find(Button.class).withText("Publier la version 2").exists()).isFalse();
    }

    @Test
    @SignedInAs("coordination")
    @SuppressWarnings("unchecked")
    void removing_a_circuit_from_the_draft_shows_what_would_be_published_until_it_is_discarded() {
        navigate(CircuitsView.class);
        Button publish = find(Button.class).withText("Publier la version 2").single();
        assertThat(publish.isEnabled()).isFalse();

        Grid<Circuit> draft = (Grid<Circuit>) find(Grid.class).all().stream()
                .filter(g -> g.getAriaLabel().orElse("").equals("Circuits du brouillon")).findFirst().orElseThrow();
        Button remove = test(draft).getCellComponent(2, 4).getChildren().map(Button.class::cast)
                .filter(b -> b.getAriaLabel().orElse("").equals("Retirer le circuit permanence-victimes")).findFirst().orElseThrow();
        test(remove).click();

        assertThat(publish.isEnabled()).isTrue();
        assertThat(find(com.vaadin.flow.component.html.ListItem.class).all()).extracting(li -> li.getElement().getText())
                .contains("À publier : retiré : permanence-victimes");
        test(find(Button.class).withText("Annuler les modifications").single()).click();
        assertThat(publish.isEnabled()).isFalse();
    }

    @Test
    @SignedInAs("hopital")
    @SuppressWarnings("unchecked")
    void a_partner_user_asks_the_simulator_and_sees_the_rule_set_version() {
        navigate(SimulatorView.class);
        CheckboxGroup<Capacity> asker = find(CheckboxGroup.class).all().getFirst();
        Button decide = find(Button.class).withText("Voir l’orientation").single();

        test(decide).click();
        assertThat(asker.isInvalid()).as("who asks is required").isTrue();
        assertThat(find(Paragraph.class).withId("simulator-version").exists()).isFalse();

        asker.setValue(java.util.Set.of(Capacity.NURSE));
        test(decide).click();

        assertThat(asker.isInvalid()).isFalse();
        assertThat(find(Paragraph.class).withId("simulator-version").single().getText())
                .startsWith("Version des règles : vss ").contains("circuits 1");
    }
}
