package io.github.clvss.admin.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import io.github.clvss.admin.base.ProblemList;
import io.github.clvss.admin.base.ViewTest;
import io.github.clvss.admin.security.SignedInAs;
import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.Grant;
import io.github.clvss.core.account.Account;
import io.github.clvss.core.account.LinkedIdentity;
import io.github.clvss.core.account.Login;
import io.github.clvss.core.journal.JournalEntry;
import io.github.clvss.core.journal.JournalQuery;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.shared.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The platform administrator links an identity provider's identity to an account from *Comptes →
 * Gérer*, sees it in words, and unlinks it; each act is journaled by vss-core.
 */
@SignedInAs("admin")
class AccountIdentitiesViewTest extends ViewTest {

    private static final String ISSUER = "https://identite.proconnect.example/api/v2";

    @Autowired
    Vss vss;

    @Test
    void the_administrator_links_an_identity_sees_it_in_words_and_unlinks_it() {
        Account person = newAccount();
        Actor admin = vss.accounts().find(Actor.system(), vss.accounts().idOf(Actor.system(), new Login("admin")).orElseThrow()).actor();
        manage(person);
        assertThat(identityItems()).containsExactly(
                "Aucune identité liée : ce compte se connecte seulement par identifiant et mot de passe.");

        test(find(TextField.class).withLabel("Adresse du fournisseur d’identité").single()).setValue(ISSUER);
        test(find(TextField.class).withLabel("Identifiant chez le fournisseur").single()).setValue("c0ffee-42");
        test(find(Button.class).withText("Lier l’identité").single()).click();

        assertThat(vss.accounts().identities(Actor.system(), person.id())).extracting(LinkedIdentity::issuer, LinkedIdentity::subject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ISSUER, "c0ffee-42"));
        assertThat(identityItems()).singleElement().satisfies(item -> assertThat(item)
                .startsWith("identite.proconnect.example — identifiant chez le fournisseur : c0ffee-42 (liée le ")
                .doesNotContain("https://").doesNotContain("{"));

        Button unlink = find(Button.class).withText("Délier").single();
        assertThat(unlink.getAriaLabel()).contains("Délier l’identité c0ffee-42 de identite.proconnect.example");
        test(unlink).click();

        assertThat(vss.accounts().identities(Actor.system(), person.id())).isEmpty();
        assertThat(identityItems()).containsExactly(
                "Aucune identité liée : ce compte se connecte seulement par identifiant et mot de passe.");
        List<JournalEntry> acts = vss.auditTrail().find(Actor.system(), JournalQuery.all()
                .withPerson(person.id().toString()).withActor(admin.id()), PageRequest.first(50));
        assertThat(acts).extracting(e -> e.act().action())
                .contains("account.identity.link", "account.identity.unlink", "account.identity.read");
        assertThat(acts).allSatisfy(e -> assertThat(e.toString()).doesNotContain("c0ffee-42"));
    }

    @Test
    void an_identity_already_linked_to_another_account_or_a_blank_one_is_refused_with_words_and_kept_as_typed() {
        Account first = newAccount();
        vss.accounts().linkIdentity(Actor.system(), first.id(), ISSUER, "deja-pris");
        Account second = newAccount();
        manage(second);

        test(find(TextField.class).withLabel("Adresse du fournisseur d’identité").single()).setValue(ISSUER);
        test(find(TextField.class).withLabel("Identifiant chez le fournisseur").single()).setValue("deja-pris");
        test(find(Button.class).withText("Lier l’identité").single()).click();

        assertThat(problems()).contains("Cette identité OpenID Connect est déjà liée à un compte.");
        assertThat(find(TextField.class).withLabel("Identifiant chez le fournisseur").single().getValue()).isEqualTo("deja-pris");
        assertThat(vss.accounts().identities(Actor.system(), second.id())).isEmpty();

        test(find(TextField.class).withLabel("Adresse du fournisseur d’identité").single()).setValue("  ");
        test(find(Button.class).withText("Lier l’identité").single()).click();
        assertThat(find(TextField.class).withLabel("Adresse du fournisseur d’identité").single().getErrorMessage())
                .isEqualTo("Ce champ est obligatoire.");
    }

    private void manage(Account account) {
        navigate(AccountsView.class);
        test(find(TextField.class).withLabel("Rechercher (identifiant ou nom)").single()).setValue(account.login().value());
        @SuppressWarnings("unchecked")
        GridTester<Grid<Account>, Account> grid = test(find(Grid.class).single());
        assertThat(grid.size()).isEqualTo(1);
        test((Button) grid.getCellComponent(0, 5)).click();
    }

    private List<String> identityItems() {
        UnorderedList list = find(UnorderedList.class).withClassName("vss-identities").single();
        return find(ListItem.class).from(list).all().stream()
                .map(item -> item.getElement().getTextRecursively().replace("Délier", "").strip()).toList();
    }

    private List<String> problems() {
        return find(ProblemList.class).withCondition(ProblemList::isVisible).all().stream()
                .flatMap(p -> find(ListItem.class).from(p).all().stream()).map(item -> item.getElement().getText()).toList();
    }

    private Account newAccount() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        return vss.accounts().open(Actor.system(), Account.open(vss.clock(), new Login("lien." + suffix), "Lien " + suffix,
                Optional.empty(), Language.FR, Set.of(Grant.platformAdministrator())), Optional.of("correct horse battery".toCharArray()));
    }
}
