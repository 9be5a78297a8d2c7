package io.github.clvss.admin.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import io.github.clvss.admin.base.ViewTest;
import io.github.clvss.admin.security.SignedInAs;
import io.github.clvss.core.indicator.Indicator;
import org.junit.jupiter.api.Test;

/** The indicator form (indicators are defined, not changed: no version to check). */
class IndicatorEditorTest extends ViewTest {

    @SuppressWarnings("unchecked")
    private Grid<Indicator> grid() {
        return (Grid<Indicator>) find(Grid.class).all().stream()
                .filter(g -> g.getAriaLabel().orElse("").equals("Indicateurs du contrat")).findFirst().orElseThrow();
    }

    @Test
    @SignedInAs("coordination")
    void an_indicator_without_a_unit_is_refused_on_its_unit_and_the_input_stays() {
        navigate(IndicatorsView.class);
        int before = test(grid()).size();

        test(find(Button.class).withText("Définir un indicateur").single()).click();
        TextField name = find(TextField.class).withCaption("Indicateur").single();
        name.setValue("Pharmacies affichant le 3919");
        TextField unit = find(TextField.class).withCaption("Unité").single();
        test(find(Button.class).withText("Enregistrer").single()).click();

        assertThat(unit.isInvalid()).as("the refusal lands on the unit").isTrue();
        assertThat(unit.getErrorMessage()).isEqualTo("Ce champ est obligatoire.");
        assertThat(name.isInvalid()).isFalse();
        assertThat(name.getValue()).as("the input stays").isEqualTo("Pharmacies affichant le 3919");
        assertThat(test(grid()).size()).as("nothing defined").isEqualTo(before);
    }
}
