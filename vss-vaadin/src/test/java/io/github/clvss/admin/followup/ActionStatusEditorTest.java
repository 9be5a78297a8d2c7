package io.github.clvss.admin.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import io.github.clvss.admin.base.ProblemList;
import io.github.clvss.admin.base.ViewTest;
import io.github.clvss.admin.security.SignedInAs;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.followup.Action;
import io.github.clvss.core.followup.ActionPlan;
import io.github.clvss.core.followup.ActionStatus;
import io.github.clvss.core.shared.Provenance;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ActionStatusEditorTest extends ViewTest {

    private static final String HOSPITAL_ACTION = "Formaliser le circuit d’accueil des victimes aux urgences de l’hôpital";

    @Autowired
    private ActionPlan actions;

    @SuppressWarnings("unchecked")
    private Grid<Action> grid() {
        return (Grid<Action>) find(Grid.class).all().stream()
                .filter(g -> g.getAriaLabel().orElse("").equals("Actions du contrat")).findFirst().orElseThrow();
    }

    /**
     * A new action led by the hospital, under another commitment than its own (the demo's
     * actions, and the hospital's commitment alone, stay as they are for the other tests).
     */
    private Action planned(String title) {
        navigate(ActionsView.class);
        Grid<Action> grid = grid();
        Action hospital = java.util.stream.IntStream.range(0, test(grid).size()).mapToObj(test(grid)::getRow)
                .filter(a -> a.title().equals(HOSPITAL_ACTION)).findFirst().orElseThrow();
        String other = java.util.stream.IntStream.range(0, test(grid).size()).mapToObj(test(grid)::getRow)
                .map(Action::commitment).filter(c -> !c.equals(hospital.commitment())).findFirst().orElseThrow();
        Action action = actions.add(Actor.system(), Action.plan(Clock.systemUTC(), hospital.territory(), hospital.contract(),
                other, title, hospital.lead(), List.of(), Optional.empty(), Provenance.ENTERED));
        navigate(ActionsView.class);
        return action;
    }

    private void openStatus(String title) {
        Grid<Action> grid = grid();
        for (int row = 0; row < test(grid).size(); row++) {
            if (test(grid).getCellText(row, 1).equals(title)) {
                test(test(grid).getCellComponent(row, 6).getChildren().map(Button.class::cast)
                        .filter(b -> b.getAriaLabel().orElse("").equals("Changer l’état de l’action " + title))
                        .findFirst().orElseThrow()).click();
                return;
            }
        }
        throw new AssertionError("no action " + title);
    }

    @Test
    @SignedInAs("coordination")
    @SuppressWarnings("unchecked")
    void giving_up_an_action_without_a_reason_is_refused_on_the_reason_and_the_choice_stays() {
        Action action = planned("Afficher le numéro 3919 dans les pharmacies");
        openStatus(action.title());

        Select<ActionStatus> status = find(Select.class).withCaption("État").single();
        status.setValue(ActionStatus.ABANDONED);
        TextArea reason = find(TextArea.class).withCaption("Raison de l’abandon").single();
        test(find(Button.class).withText("Enregistrer").single()).click();

        assertThat(reason.isInvalid()).as("the refusal lands on the reason").isTrue();
        assertThat(reason.getErrorMessage()).isNotBlank().doesNotContain("action.abandonReason");
        assertThat(status.getValue()).as("the input stays").isEqualTo(ActionStatus.ABANDONED);
        assertThat(actions.find(Actor.system(), action.id()).status()).isEqualTo(ActionStatus.PLANNED);
    }

    @Test
    @SignedInAs("coordination")
    @SuppressWarnings("unchecked")
    void a_status_saved_after_someone_elses_change_says_so_keeps_the_input_and_overwrites_nothing() {
        Action action = planned("Afficher le numéro 3919 dans les boulangeries");
        openStatus(action.title());
        Select<ActionStatus> status = find(Select.class).withCaption("État").single();
        status.setValue(ActionStatus.DONE);

        actions.changeStatus(Actor.system(), action.id(), action.version(), ActionStatus.IN_PROGRESS, Optional.empty());
        test(find(Button.class).withText("Enregistrer").single()).click();

        assertThat(find(ProblemList.class).single().getElement().getTextRecursively())
                .contains("Quelqu’un a modifié cette fiche pendant que vous la remplissiez");
        assertThat(status.getValue()).as("the input stays").isEqualTo(ActionStatus.DONE);
        assertThat(actions.find(Actor.system(), action.id()).status()).isEqualTo(ActionStatus.IN_PROGRESS);
    }
}
