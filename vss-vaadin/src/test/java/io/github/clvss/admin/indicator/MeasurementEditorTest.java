package io.github.clvss.admin.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import io.github.clvss.admin.base.ViewTest;
import io.github.clvss.admin.security.SignedInAs;
import io.github.clvss.admin.base.ProblemList;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.indicator.Indicator;
import io.github.clvss.core.indicator.IndicatorBoard;
import io.github.clvss.core.indicator.Measurement;
import io.github.clvss.core.indicator.Period;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Provenance;
import java.math.BigDecimal;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The measurement form. A value recorded for a period replaces the one shown for that period
 * only: a value someone else recorded meanwhile is never overwritten.
 */
class MeasurementEditorTest extends ViewTest {

    private static final String TRAINED = "Professionnels formés au repérage des violences";
    private static final ContractId BOULOGNE = ContractId.parse("018875f8-8001-7b4c-a55a-75eb92c7ad98", "id").orElseThrow();

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

    @Autowired
    private IndicatorBoard indicators;

    private Indicator trained() {
        return indicators.list(Actor.system(), BOULOGNE, PageRequest.first(100)).stream()
                .filter(i -> i.name().equals(TRAINED)).findFirst().orElseThrow();
    }

    @Test
    @SignedInAs("coordination")
    void a_value_someone_recorded_for_the_period_meanwhile_is_not_overwritten_and_the_form_says_so() {
        navigate(IndicatorsView.class);
        test((Button) test(grid()).getCellComponent(row(TRAINED), 5)).click();
        find(TextField.class).withCaption("Période").single().setValue("2019-T2");
        TextField value = find(TextField.class).withCaption("Valeur").single();
        value.setValue("30");

        indicators.record(Actor.system(), new Measurement(trained().id(), Period.quarter(2019, 2), BigDecimal.valueOf(17),
                Provenance.ENTERED));
        test(find(Button.class).withText("Enregistrer").single()).click();

        assertThat(find(ProblemList.class).all().stream().filter(ProblemList::isVisible)
                .map(p -> p.getElement().getTextRecursively()).toList())
                .anySatisfy(text -> assertThat(text).contains("Quelqu’un a modifié cette fiche pendant que vous la remplissiez")
                        .contains("a été enregistrée pour cette période par quelqu’un d’autre"));
        assertThat(value.getValue()).as("the input stays").isEqualTo("30");
        assertThat(indicators.measurement(Actor.system(), trained().id(), Period.quarter(2019, 2)).orElseThrow().value())
                .as("the other person's value stays").isEqualByComparingTo("17");
    }

    @Test
    @SignedInAs("coordination")
    void a_period_with_a_value_shows_it_and_recording_replaces_that_value() {
        indicators.record(Actor.system(), new Measurement(trained().id(), Period.month(2018, 5), BigDecimal.valueOf(4),
                Provenance.ENTERED));
        navigate(IndicatorsView.class);
        test((Button) test(grid()).getCellComponent(row(TRAINED), 5)).click();
        find(TextField.class).withCaption("Période").single().setValue("2018-05");
        TextField value = find(TextField.class).withCaption("Valeur").single();

        assertThat(value.getHelperText()).isEqualTo("4 personnes — valeur déjà enregistrée pour cette période : la vôtre la remplacera");
        value.setValue("6");
        test(find(Button.class).withText("Enregistrer").single()).click();

        assertThat(indicators.measurement(Actor.system(), trained().id(), Period.month(2018, 5)).orElseThrow().value())
                .isEqualByComparingTo("6");
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
