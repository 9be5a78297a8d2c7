package io.github.clvss.admin.territory;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import io.github.clvss.admin.base.ViewTest;
import io.github.clvss.admin.security.CurrentUser;
import io.github.clvss.admin.security.SignedInAs;
import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Grant;
import io.github.clvss.core.account.Account;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.territory.InseeCode;
import io.github.clvss.core.territory.Territory;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The new-town form: what the INSEE code gives, and vss-core's refusals on their field. */
@SignedInAs("admin")
class TerritoriesViewTest extends ViewTest {

    @Autowired
    Vss vss;

    @Autowired
    CurrentUser user;

    private void typeTown(String insee, String name) {
        navigate(TerritoriesView.class);
        test(find(Button.class).withText("Nouvelle commune").single()).click();
        test(find(TextField.class).withId("territory-insee").single()).setValue(insee);
        test(find(TextField.class).withId("territory-name").single()).setValue(name);
    }

    @Test
    void the_insee_code_prefills_the_department_and_the_usual_siren() {
        typeTown("89446", "Vézelay");
        assertThat(find(TextField.class).withId("territory-department").single().getValue()).isEqualTo("89");
        assertThat(find(TextField.class).withId("territory-siren").single().getValue()).startsWith("21890446");
    }

    @Test
    void the_administrator_creates_a_town_and_its_coordinator_who_coordinates_it() {
        typeTown("2B033", "Bastia");
        test(find(IntegerField.class).withId("territory-population").single()).setValue(48_000);
        test(find(IntegerField.class).withId("territory-population-year").single()).setValue(2021);
        test(find(TextField.class).withId("coordinator-login").single()).setValue("coordination.bastia");
        test(find(TextField.class).withId("coordinator-name").single()).setValue("Coordination de Bastia");
        test(find(PasswordField.class).withId("coordinator-password").single()).setValue("un mot de passe assez long");

        test(find(Button.class).withId("territory-save").single()).click();

        Territory bastia = vss.territories().findByInseeCode(user.actor(), new InseeCode("2B033")).orElseThrow();
        assertThat(bastia.facts().department().value()).isEqualTo("2B");
        assertThat(bastia.facts().population()).hasValueSatisfying(p -> assertThat(p.inhabitants()).isEqualTo(48_000));
        Account coordinator = vss.accounts().list(user.actor(), Optional.of("coordination.bastia"), PageRequest.first(5))
                .getFirst();
        assertThat(coordinator.grants()).containsExactly(Grant.coordinator(bastia.id()));
        assertThat(find(Button.class).withId("territory-save").exists()).as("the form closed").isFalse();
        var told = vss.notifier().mine(new io.github.clvss.core.access.Actor(coordinator.id().toString(),
                java.util.Set.of()), PageRequest.first(5));
        assertThat(told).as("the coordinator is told of the role, as the accounts screen tells")
                .anySatisfy(n -> {
                    assertThat(n.code()).isEqualTo("notification.granted");
                    assertThat(n.arguments()).containsExactly("Coordination", "Bastia");
                });
    }

    @Test
    void an_insee_code_already_registered_is_refused_and_nothing_is_created() {
        long before = vss.territories().count(user.actor());
        typeTown("92012", "Boulogne-Billancourt");
        test(find(TextField.class).withId("coordinator-login").single()).setValue("coordination.doublon");
        test(find(TextField.class).withId("coordinator-name").single()).setValue("Doublon");

        test(find(Button.class).withId("territory-save").single()).click();

        assertThat(vss.territories().count(user.actor())).isEqualTo(before);
        assertThat(vss.accounts().list(user.actor(), Optional.of("coordination.doublon"), PageRequest.first(5))).isEmpty();
        assertThat(find(Button.class).withId("territory-save").exists()).as("the form stays open").isTrue();
        assertThat(find(TextField.class).withId("territory-name").single().getValue()).isEqualTo("Boulogne-Billancourt");
    }

    @Test
    void an_ill_formed_insee_code_is_refused_on_its_field() {
        typeTown("9201", "Nulle part");
        test(find(Button.class).withId("territory-save").single()).click();
        TextField insee = find(TextField.class).withId("territory-insee").single();
        assertThat(insee.isInvalid()).isTrue();
        assertThat(insee.getErrorMessage()).contains("n’est pas un code INSEE");
    }

    @Test
    void a_contract_file_of_a_town_already_here_is_checked_refused_with_its_reasons_and_writes_nothing() {
        long before = vss.territories().count(user.actor());
        navigate(TerritoriesView.class);
        test(find(Button.class).withId("territory-file").single()).click();
        ContractFileDialog dialog = find(ContractFileDialog.class).single();

        dialog.check(io.github.clvss.core.contractfile.ContractFiles.demoFile());

        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).withId("contract-file-report").single().getText())
                .isEqualTo("Le fichier ne peut pas être importé : rien n’a été enregistré.");
        assertThat(find(io.github.clvss.admin.base.ProblemList.class).all().stream()
                .filter(io.github.clvss.admin.base.ProblemList::isVisible)
                .map(p -> p.getElement().getTextRecursively()).toList()).isNotEmpty();
        assertThat(find(Button.class).withText("Importer").exists()).as("nothing to import").isFalse();
        assertThat(vss.territories().count(user.actor())).isEqualTo(before);
    }

    @Test
    void a_commune_whose_siren_does_not_follow_its_insee_code_is_listed_with_the_warning_in_words() {
        var facts = new io.github.clvss.core.territory.TerritoryFacts(io.github.clvss.core.territory.TerritoryKind.COMMUNE,
                "Commune nouvelle d’essai", Optional.of(new InseeCode("01998")),
                new io.github.clvss.core.territory.DepartmentCode("01"), new io.github.clvss.core.territory.Siren("200000172"),
                Optional.empty(), Optional.empty(), java.time.ZoneId.of("Europe/Paris"));
        assertThat(vss.territories().warnings(facts)).extracting(io.github.clvss.core.shared.Problem::code)
                .containsExactly("territory.siren.insee");
        vss.territories().register(user.actor(), facts, io.github.clvss.core.shared.Provenance.ENTERED);

        navigate(TerritoriesView.class);

        com.vaadin.flow.component.grid.GridTester<com.vaadin.flow.component.grid.Grid<Territory>, Territory> grid =
                test(find(com.vaadin.flow.component.grid.Grid.class).single());
        java.util.Map<String, String> cells = new java.util.HashMap<>();
        for (int row = 0; row < grid.size(); row++) {
            cells.put(grid.getRow(row).name(), grid.getCellComponent(row, 0).getElement().getTextRecursively());
        }
        assertThat(cells.get("Commune nouvelle d’essai")).contains("À vérifier : Le SIREN 200000172 ne suit pas le code INSEE"
                + " 01998 (le SIREN d’une commune commence d’ordinaire par 21010998) : vérifiez-le — les communes nouvelles en"
                + " ont un autre.");
        assertThat(cells.get("Boulogne-Billancourt")).as("its SIREN follows its INSEE code").isNotNull()
                .doesNotContain("À vérifier");
    }
}
