package io.github.clvss.admin.institution;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import io.github.clvss.admin.base.ProblemList;
import io.github.clvss.admin.base.ViewTest;
import io.github.clvss.admin.security.CurrentUser;
import io.github.clvss.admin.security.SignedInAs;
import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.institution.Institution;
import io.github.clvss.core.shared.PageRequest;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The institution form: refusals land on their field, and a stale correction overwrites nothing. */
@SignedInAs("coordination")
class InstitutionEditorTest extends ViewTest {

    private static final String CIDFF = "CIDFF des Hauts-de-Seine Sud";

    @Autowired
    Vss vss;

    @Autowired
    CurrentUser user;

    @Test
    void a_siret_that_is_not_one_is_refused_on_its_field_and_the_institution_stays_as_it_was() {
        Institution before = institution();
        edit();
        test(find(TextField.class).withLabel("SIRET").last()).setValue("123");

        test(find(Button.class).withText("Enregistrer").single()).click();

        TextField siret = find(TextField.class).withLabel("SIRET").last();
        assertThat(siret.isInvalid()).isTrue();
        assertThat(siret.getErrorMessage()).contains("« 123 » n’est pas un SIRET");
        assertThat(find(TextField.class).withLabel("Nom de la nouvelle institution").last().isInvalid()).isFalse();
        assertThat(siret.getValue()).isEqualTo("123");
        assertThat(institution().version()).isEqualTo(before.version());
    }

    @Test
    void correcting_an_institution_someone_corrected_meanwhile_says_so_keeps_the_input_and_overwrites_nothing() {
        Institution shown = institution();
        edit();
        assertThat(find(Button.class).withText("Enregistrer").exists()).as("Boulogne alone uses it: a direct change").isTrue();
        test(find(TextField.class).withLabel("Nom de la nouvelle institution").last()).setValue("Nom tapé pendant ce temps");

        vss.institutions().correct(user.actor(), shown.correct(shown.name(), shown.sector(), shown.siret(), shown.parent()));
        test(find(Button.class).withText("Enregistrer").single()).click();

        assertThat(find(ProblemList.class).single().getElement().getTextRecursively())
                .contains("Quelqu’un a modifié cette fiche pendant que vous la remplissiez");
        assertThat(find(TextField.class).withLabel("Nom de la nouvelle institution").last().getValue())
                .isEqualTo("Nom tapé pendant ce temps");
        assertThat(institution().name()).isEqualTo(CIDFF);
    }

    @SuppressWarnings("unchecked")
    private void edit() {
        navigate(InstitutionsView.class);
        test(find(TextField.class).withLabel("Rechercher (nom)").single()).setValue("CIDFF des Hauts");
        Grid<Institution> grid = (Grid<Institution>) find(Grid.class)
                .withCondition(g -> g.getAriaLabel().filter("Institutions"::equals).isPresent()).single();
        int row = IntStream.range(0, test(grid).size()).filter(r -> test(grid).getCellText(r, 0).equals(CIDFF))
                .findFirst().orElseThrow();
        test((Button) test(grid).getCellComponent(row, 4)).click();
    }

    private Institution institution() {
        return vss.institutions().list(Actor.system(), Optional.of(CIDFF), PageRequest.first(5)).stream()
                .filter(i -> i.name().equals(CIDFF)).findFirst().orElseThrow();
    }
}
