package io.github.clvss.admin.partner;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarTester;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.github.clvss.admin.base.ProblemList;
import io.github.clvss.admin.base.ViewTest;
import io.github.clvss.admin.security.CurrentUser;
import io.github.clvss.admin.security.SignedInAs;
import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.partner.Partner;
import io.github.clvss.core.partner.Referent;
import io.github.clvss.core.partner.ReferentDetails;
import io.github.clvss.core.partner.ReferentQuery;
import io.github.clvss.core.shared.PageRequest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The partner forms (addition, facts, référent): vss-core's refusals land on their field, and a
 * stale save overwrites nothing.
 */
@SignedInAs("coordination")
class PartnerFormsTest extends ViewTest {

    private static final String HOSPITAL = "Centre hospitalier Ambroise-Paré";

    @Autowired
    Vss vss;

    @Autowired
    CurrentUser user;

    @Test
    @SuppressWarnings("unchecked")
    void a_siret_that_is_not_one_is_refused_on_its_field_and_the_new_partner_is_not_added() {
        navigate(PartnersView.class);
        Grid<Partner> partners = find(Grid.class).single();
        int before = test(partners).size();
        test(find(Button.class).withText("Ajouter un partenaire").single()).click();
        test(find(TextField.class).withLabel("Nom de la nouvelle institution").single()).setValue("Association de démonstration");
        test(find(com.vaadin.flow.component.select.Select.class).withLabel("Secteur").single()).selectItem("Associatif");
        test(find(TextField.class).withLabel("SIRET (facultatif)").single()).setValue("123");
        test(find(TextArea.class).withLabel("Rôle dans le contrat").single()).setValue("Écoute");

        test(find(Button.class).withText("Ajouter au contrat").single()).click();

        TextField siret = find(TextField.class).withLabel("SIRET (facultatif)").single();
        assertThat(siret.isInvalid()).isTrue();
        assertThat(siret.getErrorMessage()).contains("« 123 » n’est pas un SIRET");
        assertThat(find(TextField.class).withLabel("Nom de la nouvelle institution").single().isInvalid()).isFalse();
        assertThat(siret.getValue()).isEqualTo("123");
        assertThat(test(partners).size()).isEqualTo(before);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_partner_phone_that_is_not_one_is_refused_on_its_field_and_the_input_stays() {
        Partner before = partner(HOSPITAL);
        openPartner(HOSPITAL);
        test(find(TextField.class).withLabel("Téléphone (standard ou service)").single()).setValue("pas un numéro");

        test(find(Button.class).withText("Enregistrer les informations").single()).click();

        TextField phone = find(TextField.class).withLabel("Téléphone (standard ou service)").single();
        assertThat(phone.isInvalid()).isTrue();
        assertThat(phone.getErrorMessage()).contains("« pas un numéro » n’est pas un numéro de téléphone valide");
        assertThat(phone.getValue()).isEqualTo("pas un numéro");
        assertThat(partner(HOSPITAL).version()).as("nothing saved").isEqualTo(before.version());
    }

    @Test
    @SuppressWarnings("unchecked")
    void saving_partner_facts_someone_confirmed_meanwhile_says_so_keeps_the_input_and_overwrites_nothing() {
        openPartner(HOSPITAL);
        test(find(TextArea.class).withLabel("Rôle dans le contrat").single()).setValue("Un rôle tapé pendant ce temps");
        Partner shown = partner(HOSPITAL);

        vss.partners().confirm(user.actor(), shown.id(), shown.version());
        test(find(Button.class).withText("Enregistrer les informations").single()).click();

        assertThat(visibleProblems()).anySatisfy(text ->
                assertThat(text).contains("Quelqu’un a modifié cette fiche pendant que vous la remplissiez"));
        assertThat(find(TextArea.class).withLabel("Rôle dans le contrat").single().getValue())
                .isEqualTo("Un rôle tapé pendant ce temps");
        assertThat(partner(HOSPITAL).role()).isEqualTo(shown.role());
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_referent_email_that_is_not_one_is_refused_on_its_field_and_nobody_is_appointed() {
        openPartner(HOSPITAL);
        Partner hospital = partner(HOSPITAL);
        long before = vss.referents().count(user.actor(), ReferentQuery.current(hospital.territory()).of(hospital.id()));
        test(find(Button.class).withText("Ajouter un référent").single()).click();
        test(find(TextField.class).withLabel("Nom").last()).setValue("Personne de démonstration");
        test(find(TextField.class).withLabel("Courriel professionnel").last()).setValue("pas-une-adresse");

        test(find(Button.class).withText("Enregistrer").single()).click();

        TextField email = find(TextField.class).withLabel("Courriel professionnel").last();
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).contains("« pas-une-adresse » n’est pas une adresse électronique valide.");
        assertThat(find(TextField.class).withLabel("Fonction").last().isInvalid()).as("the function is required").isTrue();
        assertThat(find(TextField.class).withLabel("Nom").last().isInvalid()).isFalse();
        assertThat(email.getValue()).isEqualTo("pas-une-adresse");
        assertThat(find(TextField.class).withLabel("Nom").last().getValue()).isEqualTo("Personne de démonstration");
        assertThat(vss.referents().count(user.actor(), ReferentQuery.current(hospital.territory()).of(hospital.id())))
                .isEqualTo(before);
    }

    @Test
    @SuppressWarnings("unchecked")
    void correcting_a_referent_someone_corrected_meanwhile_says_so_keeps_the_input_and_overwrites_nothing() {
        openPartner(HOSPITAL);
        Partner hospital = partner(HOSPITAL);
        Grid<Referent> referents = (Grid<Referent>) find(ReferentGrid.class).single();
        Referent first = vss.referents().list(user.actor(), ReferentQuery.current(hospital.territory()).of(hospital.id()),
                PageRequest.first(1)).getFirst();
        String name = first.details().orElseThrow().name();
        int row = java.util.stream.IntStream.range(0, test(referents).size())
                .filter(r -> test(referents).getCellText(r, 0).equals(name)).findFirst().orElseThrow();
        new MenuBarTester<>((MenuBar) test(referents).getCellComponent(row, 6)).clickItem("Actions", "Corriger");
        test(find(TextField.class).withLabel("Fonction").last()).setValue("Fonction tapée pendant ce temps");

        ReferentDetails same = first.details().orElseThrow();
        vss.referents().correct(user.actor(), first.id(), first.version(), same, first.from(), first.until());
        test(find(Button.class).withText("Enregistrer").single()).click();

        assertThat(visibleProblems()).anySatisfy(text ->
                assertThat(text).contains("Quelqu’un a modifié cette fiche pendant que vous la remplissiez"));
        assertThat(find(TextField.class).withLabel("Fonction").last().getValue()).isEqualTo("Fonction tapée pendant ce temps");
        assertThat(vss.referents().export(user.actor(), first.id()).details().orElseThrow().function())
                .isEqualTo(same.function());
    }

    private List<String> visibleProblems() {
        return find(ProblemList.class).all().stream().filter(ProblemList::isVisible)
                .map(p -> p.getElement().getTextRecursively()).toList();
    }

    private void openPartner(String institution) {
        navigate(PartnersView.class);
        @SuppressWarnings("unchecked")
        Grid<Partner> grid = find(Grid.class).single();
        for (int row = 0; row < test(grid).size(); row++) {
            if (test(grid).getCellText(row, 0).equals(institution)) {
                test((Button) test(grid).getCellComponent(row, 4)).click();
                return;
            }
        }
        throw new AssertionError("no partner " + institution);
    }

    private Partner partner(String institution) {
        Actor actor = user.actor();
        var territory = vss.territories().findByInseeCode(actor, new io.github.clvss.core.territory.InseeCode("92012")).orElseThrow();
        var contract = vss.contracts().list(actor, territory.id(), PageRequest.first(1)).getFirst();
        return vss.partners().list(actor, contract.id(), PageRequest.first(50)).stream()
                .filter(p -> vss.institutions().find(actor, p.institution()).name().equals(institution)).findFirst()
                .orElseThrow();
    }
}
