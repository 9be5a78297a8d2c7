package io.github.clvss.admin.partner;

import io.github.clvss.admin.base.ViewTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import io.github.clvss.admin.security.CurrentUser;
import io.github.clvss.admin.security.SignedInAs;
import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.partner.Partner;
import io.github.clvss.core.partner.Referent;
import io.github.clvss.core.partner.ReferentQuery;
import io.github.clvss.core.shared.AccessRefusedException;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Provenance;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PartnersViewTest extends ViewTest {

    private static final String HOSPITAL = "Centre hospitalier Ambroise-Paré";
    private static final String POLICE = "Direction territoriale de la sécurité de proximité des Hauts-de-Seine";

    @Autowired
    Vss vss;

    @Autowired
    CurrentUser user;

    @Test
    @SignedInAs("hopital")
    @SuppressWarnings("unchecked")
    void the_hospitals_user_appoints_a_hospital_referent_but_is_offered_nothing_on_the_polices_and_refused_in_the_service() {
        navigate(PartnersView.class);
        Grid<Partner> partners = find(Grid.class).single();
        assertThat(test(partners).size()).as("the eight signatories, and any partner another test added").isGreaterThanOrEqualTo(8);

        open(partners, HOSPITAL);
        test(find(Button.class).withText("Ajouter un référent").single()).click();
        test(find(TextField.class).withLabel("Nom").last()).setValue("Agathe Nouvelle (démo)");
        test(find(TextField.class).withLabel("Fonction").last()).setValue("Infirmière référente");
        test(find(TextField.class).withLabel("Téléphone professionnel").last()).setValue("01 46 09 00 09");
        test(find(Button.class).withText("Enregistrer").single()).click();
        Actor hospitalUser = user.actor();
        Partner hospital = partner(hospitalUser, HOSPITAL);
        assertThat(vss.referents().list(hospitalUser, ReferentQuery.current(hospital.territory()).of(hospital.id()),
                PageRequest.first(10))).extracting(r -> r.details().orElseThrow().name()).contains("Agathe Nouvelle (démo)");

        assertThat(referentMenus()).as("the hospital's référents offer their actions").isNotEmpty();

        test(find(Button.class).withText("Fermer").last()).click();
        open(partners, POLICE);
        assertThat(find(Button.class).withText("Ajouter un référent").exists()).isFalse();
        assertThat(find(Button.class).withText("Enregistrer les informations").exists()).isFalse();
        assertThat(referentMenus()).as("the police's référents offer nothing to the hospital's user").isEmpty();

        Partner police = partner(hospitalUser, POLICE);
        assertThatThrownBy(() -> vss.referents().appoint(hospitalUser, Referent.appoint(vss.clock(), police.id(),
                police.territory(), new io.github.clvss.core.partner.ReferentDetails("Intrus", "Aucune", Optional.empty(),
                        Optional.empty(), Optional.empty()), Optional.empty(), false, Provenance.ENTERED)))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    @SignedInAs("coordination")
    void the_coordinator_is_offered_the_document_unique_and_the_referents_import_of_the_contract() {
        navigate(PartnersView.class);

        assertThat(find(Button.class).withText("Générer le document unique").exists()).isTrue();
        test(find(Button.class).withText("Importer des référents (CSV)").single()).click();
        assertThat(find(com.vaadin.flow.component.upload.Upload.class).exists()).as("the import dialog is open").isTrue();
    }

    /** The visible action menus of the référents in the open partner dialog. */
    @SuppressWarnings("unchecked")
    private java.util.List<com.vaadin.flow.component.menubar.MenuBar> referentMenus() {
        Grid<Referent> referents = (Grid<Referent>) find(ReferentGrid.class).last();
        return java.util.stream.IntStream.range(0, test(referents).size())
                .mapToObj(row -> test(referents).getCellComponent(row, 6))
                .map(com.vaadin.flow.component.menubar.MenuBar.class::cast)
                .filter(com.vaadin.flow.component.menubar.MenuBar::isVisible)
                .toList();
    }

    private void open(Grid<Partner> partners, String institution) {
        for (int row = 0; row < test(partners).size(); row++) {
            if (test(partners).getCellText(row, 0).equals(institution)) {
                test((Button) test(partners).getCellComponent(row, 4)).click();
                return;
            }
        }
        throw new AssertionError("no partner " + institution);
    }

    private Partner partner(Actor actor, String institution) {
        var territory = vss.territories().findByInseeCode(actor, new io.github.clvss.core.territory.InseeCode("92012")).orElseThrow();
        var contract = vss.contracts().list(actor, territory.id(), PageRequest.first(1)).getFirst();
        List<Partner> all = vss.partners().list(actor, contract.id(), PageRequest.first(20));
        return all.stream().filter(p -> vss.institutions().find(actor, p.institution()).name().equals(institution)).findFirst()
                .orElseThrow();
    }
}
