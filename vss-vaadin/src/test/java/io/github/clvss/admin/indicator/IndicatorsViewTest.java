package io.github.clvss.admin.indicator;

import io.github.clvss.admin.base.ViewTest;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.github.clvss.admin.security.SignedInAs;
import io.github.clvss.core.indicator.Indicator;
import org.junit.jupiter.api.Test;

class IndicatorsViewTest extends ViewTest {

    private static final String FACTS = "Faits de violences sexistes et sexuelles enregistrés";
    private static final String MEETINGS = "Réunions de toutes les institutions signataires";
    private static final String UPDATES = "Mises à jour du document unique";
    private static final String MINORS = "dont victimes mineures";

    @SuppressWarnings("unchecked")
    private Grid<Indicator> indicators() {
        return (Grid<Indicator>) find(Grid.class).all().stream()
                .filter(g -> g.getAriaLabel().orElse("").equals("Indicateurs du contrat")).findFirst().orElseThrow();
    }

    private int row(Grid<Indicator> grid, String name) {
        for (int row = 0; row < test(grid).size(); row++) {
            if (test(grid).getCellText(row, 1).equals(name)) {
                return row;
            }
        }
        throw new AssertionError("no indicator " + name);
    }

    @Test
    @SignedInAs("observation")
    void an_observer_reads_the_last_value_and_its_change_but_defines_and_records_nothing() {
        navigate(IndicatorsView.class);
        Grid<Indicator> grid = indicators();

        int facts = row(grid, FACTS);
        assertThat(test(grid).getCellText(facts, 0)).as("the first objective of the part the text does not number, not its key")
                .isEqualTo("objectif 1");
        assertThat(test(grid).getCellText(facts, 2)).isEqualTo("faits");
        assertThat(test(grid).getCellText(facts, 3)).isEqualTo("181 (2023)");
        assertThat(test(grid).getCellText(facts, 4)).as("from 173 to 181: 8 / 173 = 4.62 %").isEqualTo("+4,6 % (+8)");
        assertThat(find(Button.class).withText("Définir un indicateur").exists()).isFalse();
        assertThat(find(Button.class).withText("Importer des valeurs (CSV)").exists()).isFalse();
        assertThat(find(Button.class).withText("Enregistrer la note").exists()).isFalse();
        assertThat(find(TextArea.class).withId("indicators-note").single().isReadOnly()).isTrue();
    }

    @Test
    @SignedInAs("observation")
    void an_observer_sees_the_3_minors_masked_and_their_change_withheld() {
        navigate(IndicatorsView.class);
        Grid<Indicator> grid = indicators();

        assertThat(test(grid).getCellText(row(grid, MINORS), 3)).isEqualTo("< 5 (2023)");
        assertThat(test(grid).getCellText(row(grid, MINORS), 4)).isEqualTo("masquée");
    }

    @Test
    @SignedInAs("coordination")
    void the_coordinator_sees_the_3_minors_as_recorded() {
        navigate(IndicatorsView.class);
        Grid<Indicator> grid = indicators();

        assertThat(test(grid).getCellText(row(grid, MINORS), 3)).isEqualTo("3 (2023)");
    }

    @Test
    @SignedInAs("coordination")
    void the_coordinator_records_a_value_and_the_list_shows_it_with_its_change() {
        navigate(IndicatorsView.class);
        Grid<Indicator> grid = indicators();
        assertThat(test(grid).getCellText(row(grid, MEETINGS), 3)).isEqualTo("1 (2023)");

        Button record = (Button) test(grid).getCellComponent(row(grid, MEETINGS), 5);
        assertThat(record.getAriaLabel()).contains("Saisir une valeur de l’indicateur " + MEETINGS);
        test(record).click();
        find(TextField.class).withCaption("Période").single().setValue("2024");
        find(TextField.class).withCaption("Valeur").single().setValue("2");
        test(find(Button.class).withText("Enregistrer").single()).click();

        assertThat(test(grid).getCellText(row(grid, MEETINGS), 3)).isEqualTo("2 (2024)");
        assertThat(test(grid).getCellText(row(grid, MEETINGS), 4)).isEqualTo("+100 % (+1)");
    }

    @Test
    @SignedInAs("coordination")
    void a_period_that_is_not_one_keeps_the_form_open_with_the_reason() {
        navigate(IndicatorsView.class);
        Grid<Indicator> grid = indicators();

        test((Button) test(grid).getCellComponent(row(grid, UPDATES), 5)).click();
        TextField period = find(TextField.class).withCaption("Période").single();
        period.setValue("l’an dernier");
        find(TextField.class).withCaption("Valeur").single().setValue("2");
        test(find(Button.class).withText("Enregistrer").single()).click();

        assertThat(period.getValue()).isEqualTo("l’an dernier");
        assertThat(find(com.vaadin.flow.component.html.ListItem.class).all()).extracting(li -> li.getElement().getText())
                .anyMatch(text -> text.contains("n’est pas une période"));
        assertThat(test(grid).getCellText(row(grid, UPDATES), 3)).isEqualTo("2 (2023)");
    }

    @Test
    @SignedInAs("coordination")
    void the_diagnostic_of_a_year_shows_its_note_and_links_to_its_documents() {
        navigate(IndicatorsView.class);

        find(IntegerField.class).withId("indicators-year").single().setValue(2023);

        assertThat(find(TextArea.class).withId("indicators-note").single().getValue()).startsWith("Texte de démonstration.");
        assertThat(find(Anchor.class).all()).extracting(Anchor::getHref)
                .anyMatch(href -> href.matches("documents/contracts/[0-9a-f-]+/diagnostic-2023\\.pdf\\?lang=fr"))
                .anyMatch(href -> href.contains("/diagnostic-2023.csv"));
    }
}
