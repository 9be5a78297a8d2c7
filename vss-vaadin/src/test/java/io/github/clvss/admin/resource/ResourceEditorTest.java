package io.github.clvss.admin.resource;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.github.clvss.admin.base.ProblemList;
import io.github.clvss.admin.base.ViewTest;
import io.github.clvss.admin.security.CurrentUser;
import io.github.clvss.admin.security.SignedInAs;
import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.resource.Resource;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.territory.InseeCode;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The address form: vss-core's refusals land on their field, and a stale save overwrites nothing. */
@SignedInAs("coordination")
class ResourceEditorTest extends ViewTest {

    private static final String LOCAL = "Permanence d’accueil des victimes (démo)";

    @Autowired
    Vss vss;

    @Autowired
    CurrentUser user;

    @Test
    @SuppressWarnings("unchecked")
    void a_web_address_vss_refuses_shows_on_the_web_field_and_the_input_stays() {
        navigate(ResourcesView.class);
        Grid<Resource> grid = find(Grid.class).single();
        int before = test(grid).size();
        test(find(Button.class).withText("Ajouter une adresse").single()).click();
        test(find(TextField.class).withLabel("Nom").single()).setValue("Point d’écoute du marché (démo)");
        test(find(TextArea.class).withLabel("Description (français)").single()).setValue("Écoute sans rendez-vous");
        test(find(TextField.class).withLabel("Site web").single()).setValue("pas-une-adresse");

        test(find(Button.class).withText("Enregistrer").single()).click();

        TextField web = find(TextField.class).withLabel("Site web").single();
        assertThat(web.isInvalid()).as("the refusal is on the web field").isTrue();
        assertThat(web.getErrorMessage()).contains("« pas-une-adresse » n’est pas une adresse web");
        assertThat(find(TextField.class).withLabel("Nom").single().isInvalid()).isFalse();
        assertThat(web.getValue()).isEqualTo("pas-une-adresse");
        assertThat(find(TextField.class).withLabel("Nom").single().getValue()).isEqualTo("Point d’écoute du marché (démo)");
        assertThat(test(grid).size()).as("nothing added").isEqualTo(before);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_phone_number_that_is_not_one_is_refused_on_its_field_before_anything_is_saved() {
        navigate(ResourcesView.class);
        Grid<Resource> grid = find(Grid.class).single();
        int before = test(grid).size();
        test(find(Button.class).withText("Ajouter une adresse").single()).click();
        test(find(TextField.class).withLabel("Nom").single()).setValue("Point d’écoute de la gare (démo)");
        test(find(TextArea.class).withLabel("Description (français)").single()).setValue("Écoute sans rendez-vous");
        test(find(TextField.class).withLabel("Téléphone").single()).setValue("pas un numéro");

        test(find(Button.class).withText("Enregistrer").single()).click();

        TextField phone = find(TextField.class).withLabel("Téléphone").single();
        assertThat(phone.isInvalid()).isTrue();
        assertThat(phone.getErrorMessage()).contains("« pas un numéro » n’est pas un numéro de téléphone valide");
        assertThat(phone.getValue()).isEqualTo("pas un numéro");
        assertThat(test(grid).size()).isEqualTo(before);
    }

    @Test
    void an_address_has_a_phone_and_an_sms_number_not_a_work_phone() {
        navigate(ResourcesView.class);
        test(find(Button.class).withText("Ajouter une adresse").single()).click();

        assertThat(find(TextField.class).withLabel("Téléphone").exists()).isTrue();
        assertThat(find(TextField.class).withLabel("SMS").exists()).isTrue();
        assertThat(find(TextField.class).withLabel("Téléphone professionnel").exists())
                .as("a resource is a service, not a person at work").isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void saving_an_address_someone_confirmed_meanwhile_says_so_keeps_the_input_and_overwrites_nothing() {
        Actor actor = user.actor();
        var territory = vss.territories().findByInseeCode(actor, new InseeCode("92012")).orElseThrow();
        Resource local = vss.resources().serving(actor, territory.id(), PageRequest.first(100)).stream()
                .filter(r -> r.name().equals(LOCAL)).findFirst().orElseThrow();
        navigate(ResourcesView.class);
        Grid<Resource> grid = find(Grid.class).single();
        int row = IntStream.range(0, test(grid).size()).filter(r -> test(grid).getCellText(r, 0).equals(LOCAL))
                .findFirst().orElseThrow();
        Button edit = test(grid).getCellComponent(row, 5).getChildren().map(Button.class::cast)
                .filter(b -> b.getAriaLabel().orElse("").equals("Modifier " + LOCAL)).findFirst().orElseThrow();
        test(edit).click();
        test(find(TextField.class).withLabel("Nom").single()).setValue("Renommée pendant ce temps (démo)");

        vss.resources().confirm(actor, local.id(), local.version());
        test(find(Button.class).withText("Enregistrer").single()).click();

        assertThat(find(ProblemList.class).single().getElement().getTextRecursively())
                .contains("Quelqu’un a modifié cette fiche pendant que vous la remplissiez");
        assertThat(find(TextField.class).withLabel("Nom").single().getValue()).isEqualTo("Renommée pendant ce temps (démo)");
        assertThat(vss.resources().serving(actor, territory.id(), PageRequest.first(100)).stream()
                .filter(r -> r.id().equals(local.id())).findFirst().orElseThrow().name()).isEqualTo(LOCAL);
    }
}
