package io.github.clvss.admin.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import io.github.clvss.admin.base.ViewTest;
import io.github.clvss.admin.security.SignedInAs;
import io.github.clvss.core.indicator.Indicator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The measurement form. A value recorded for a period replaces the one before, by design: the
 * form has no version to check.
 */
class MeasurementEditorTest extends ViewTest {

    private static final String TRAINED = "Professionnels formés au repérage des violences";

    @SuppressWarnings("unchecked")
    private Grid<Indicator> grid() {
        return (Grid<Indicator>) find(Grid.class).all().stream()
                .filter(g -> g.getAriaLabel().orElse("").equals("Indicateurs du contrat")).findFirst().orElseThrow();
    }

    private int row(String name) {
        Grid<Indicator> grid = grid();
        return IntStream.range(0, test(grid).size()).filter(r -> test(grid).getCellText(r, 1).equals(name)).findFirst()
                .orElseThrow();
    }

    @Test
    @SignedInAs("coordination")
    void a_value_that_is_no_number_is_refused_on_its_field_before_anything_is_sent() {
        navigate(IndicatorsView.class);
        String last = test(grid()).getCellText(row(TRAINED), 3);

        test((Button) test(grid()).getCellComponent(row(TRAINED), 5)).click();
        TextField period = find(TextField.class).withCaption("Période").single();
        period.setValue("2024");
        TextField value = find(TextField.class).withCaption("Valeur").single();
        value.setValue("une quarantaine");
        test(find(Button.class).withText("Enregistrer").single()).click();

        assertThat(value.isInvalid()).isTrue();
        assertThat(value.getErrorMessage()).isEqualTo("Écrivez un nombre, par exemple 12 ou 3,5.");
        assertThat(period.isInvalid()).isFalse();
        assertThat(value.getValue()).as("the input stays").isEqualTo("une quarantaine");
        assertThat(test(grid()).getCellText(row(TRAINED), 3)).isEqualTo(last);
    }

    @Test
    @SignedInAs("coordination")
    void half_a_person_is_refused_by_vss_on_the_value_and_the_input_stays() {
        navigate(IndicatorsView.class);
        String last = test(grid()).getCellText(row(TRAINED), 3);

        test((Button) test(grid()).getCellComponent(row(TRAINED), 5)).click();
        TextField period = find(TextField.class).withCaption("Période").single();
        period.setValue("2024");
        TextField value = find(TextField.class).withCaption("Valeur").single();
        value.setValue("12,5");
        test(find(Button.class).withText("Enregistrer").single()).click();

        assertThat(value.isInvalid()).as("the refusal lands on the value").isTrue();
        assertThat(value.getErrorMessage()).contains("n’est pas un effectif").doesNotContain("measurements[0]");
        assertThat(period.getValue()).as("the input stays").isEqualTo("2024");
        assertThat(value.getValue()).isEqualTo("12,5");
        assertThat(test(grid()).getCellText(row(TRAINED), 3)).isEqualTo(last);
    }

    @Test
    @SignedInAs("coordination")
    void a_period_that_is_not_one_is_refused_on_its_field_too() {
        navigate(IndicatorsView.class);

        test((Button) test(grid()).getCellComponent(row(TRAINED), 5)).click();
        TextField period = find(TextField.class).withCaption("Période").single();
        period.setValue("2024-T5");
        find(TextField.class).withCaption("Valeur").single().setValue("3");
        test(find(Button.class).withText("Enregistrer").single()).click();

        assertThat(period.isInvalid()).isTrue();
        assertThat(period.getErrorMessage()).contains("n’est pas une période").doesNotContain("measurement.period");
    }
}
