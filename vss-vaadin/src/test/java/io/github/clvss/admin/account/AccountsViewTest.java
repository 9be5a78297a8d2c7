package io.github.clvss.admin.account;

import io.github.clvss.admin.base.ProblemList;
import io.github.clvss.admin.base.ViewTest;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import io.github.clvss.admin.security.SignedInAs;
import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.account.Login;
import io.github.clvss.core.notification.Notifier;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@SignedInAs("admin")
class AccountsViewTest extends ViewTest {

    @Autowired
    Vss vss;

    @Test
    void every_way_a_test_notification_can_go_out_has_a_sentence_in_french_and_in_english() throws IOException {
        for (String file : List.of("translations.properties", "translations_en.properties")) {
            Properties sentences = new Properties();
            try (Reader reader = new InputStreamReader(
                    AccountsViewTest.class.getResourceAsStream("/vaadin-i18n/" + file), StandardCharsets.UTF_8)) {
                sentences.load(reader);
            }
            assertThat(Notifier.Email.values()).as(file).allSatisfy(email ->
                    assertThat(sentences.getProperty("accounts.test-notification.sent." + email.name())).isNotBlank());
        }
    }

    @Test
    void an_accounts_csv_with_errors_on_lines_2_and_4_is_refused_with_exactly_those_two_problems_and_creates_nothing() {
        long before = vss.accounts().count(Actor.system(), Optional.empty());
        navigate(AccountsView.class);
        test(find(Button.class).withText("Importer des comptes (CSV)").single()).click();

        String csv = """
                identifiant;nom;courriel;rôle;territoire
                agent.un;Agent un;pas-une-adresse;coordinateur;92012
                agent.deux;Agent deux;agent.deux@ville.fr;observateur;92012
                agent.trois;Agent trois;;coordinateur;75056
                """;
        test(find(Upload.class).single()).upload("comptes.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        await(() -> find(ProblemList.class).withCondition(ProblemList::isVisible).exists());

        assertThat(find(ListItem.class).from(find(ProblemList.class).single()).all())
                .extracting(item -> item.getElement().getText())
                .containsExactly(
                        "ligne 2, colonne « email » : « pas-une-adresse » n’est pas une adresse électronique valide.",
                        "ligne 4, colonne « territory » : Aucun territoire de code INSEE ou de SIREN « 75056 ».");
        assertThat(find(Button.class).withTextContaining("Ouvrir les").exists()).isFalse();
        assertThat(vss.accounts().count(Actor.system(), Optional.empty())).isEqualTo(before);
    }

    @Test
    void a_valid_accounts_csv_is_previewed_then_opened_on_confirmation() {
        navigate(AccountsView.class);
        test(find(Button.class).withText("Importer des comptes (CSV)").single()).click();
        String csv = "identifiant,nom,rôle,territoire\nnouvelle.personne,Nouvelle personne,observateur,92012\n";

        test(find(Upload.class).single()).upload("comptes.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        await(() -> find(Button.class).withText("Ouvrir les 1 compte(s)").exists());
        assertThat(vss.accounts().idOf(Actor.system(), new Login("nouvelle.personne"))).isEmpty();
        test(find(Button.class).withText("Ouvrir les 1 compte(s)").single()).click();
        // the lines are written in the background
        await(() -> vss.accounts().idOf(Actor.system(), new Login("nouvelle.personne")).isPresent());

        assertThat(vss.accounts().idOf(Actor.system(), new Login("nouvelle.personne"))).isPresent();
    }

    @Test
    void the_new_account_form_keeps_what_was_typed_and_lists_every_problem() {
        navigate(AccountsView.class);
        test(find(Button.class).withText("Nouveau compte").single()).click();
        test(find(TextField.class).withLabel("Identifiant").single()).setValue("Pas Valide");
        test(find(EmailField.class).withLabel("Courriel").single()).setValue("pas-une-adresse");

        test(find(Button.class).withText("Ouvrir le compte").single()).click();

        assertThat(find(ListItem.class).from(find(ProblemList.class).single()).all()).hasSize(3);
        assertThat(find(TextField.class).withLabel("Identifiant").single().getValue()).isEqualTo("Pas Valide");
        assertThat(find(EmailField.class).withLabel("Courriel").single().getValue()).isEqualTo("pas-une-adresse");
    }
}
