package io.github.clvss.admin.partner;

import io.github.clvss.admin.base.ProblemList;
import io.github.clvss.admin.base.ViewTest;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.github.clvss.admin.security.SignedInAs;
import io.github.clvss.core.partner.Partner;
import io.github.clvss.core.resource.Resource;
import org.junit.jupiter.api.Test;

class RegistryFormsTest extends ViewTest {

    @Test
    @SignedInAs("coordination")
    @SuppressWarnings("unchecked")
    void the_coordinator_adds_a_partner_that_vss_did_not_know_and_the_form_keeps_input_until_valid() {
        navigate(PartnersView.class);
        Grid<Partner> partners = find(Grid.class).single();
        int before = test(partners).size();
        test(find(Button.class).withText("Ajouter un partenaire").single()).click();
        test(find(TextField.class).withLabel("Nom de la nouvelle institution").single()).setValue("Maison des femmes de démonstration");
        test(find(Button.class).withText("Ajouter au contrat").single()).click();
        assertThat(find(ListItem.class).from(find(ProblemList.class).single()).all()).hasSize(2);
        assertThat(find(TextField.class).withLabel("Nom de la nouvelle institution").single().getValue())
                .isEqualTo("Maison des femmes de démonstration");

        test(find(Select.class).withLabel("Secteur").single()).selectItem("Associatif");
        test(find(TextArea.class).withLabel("Rôle dans le contrat").single()).setValue("Accueil pluridisciplinaire des victimes");
        test(find(Button.class).withText("Ajouter au contrat").single()).click();

        assertThat(test(partners).size()).isEqualTo(before + 1);
    }

    @Test
    @SignedInAs("coordination")
    @SuppressWarnings("unchecked")
    void the_coordinator_adds_a_local_address_that_must_be_reachable() {
        open("ressources");
        assertThat(screen()).isEqualTo("ResourcesView");
        Grid<Resource> resources = find(Grid.class).single();
        int before = test(resources).size();
        test(find(Button.class).withText("Ajouter une adresse").single()).click();
        test(find(TextField.class).withLabel("Nom").single()).setValue("Point d’écoute de quartier (démo)");
        test(find(TextArea.class).withLabel("Description (français)").single()).setValue("Écoute sans rendez-vous");
        test(find(Button.class).withText("Enregistrer").single()).click();
        assertThat(find(ListItem.class).from(find(ProblemList.class).single()).all()).extracting(i -> i.getElement().getText())
                .singleElement().asString().contains("au moins un moyen de joindre");

        test(find(TextField.class).withLabel("Téléphone").single()).setValue("01 46 09 00 10");
        test(find(Button.class).withText("Enregistrer").single()).click();

        assertThat(test(resources).size()).isEqualTo(before + 1);
    }
}
