package io.github.clvss.admin.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import io.github.clvss.admin.base.ProblemList;
import io.github.clvss.admin.base.ViewTest;
import io.github.clvss.admin.security.CurrentUser;
import io.github.clvss.admin.security.SignedInAs;
import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Grant;
import io.github.clvss.core.access.Role;
import io.github.clvss.core.account.Account;
import io.github.clvss.core.account.Login;
import io.github.clvss.core.shared.Language;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The account forms: vss-core's refusals land on their field, and a stale grant overwrites nothing. */
@SignedInAs("admin")
class AccountEditorTest extends ViewTest {

    @Autowired
    Vss vss;

    @Autowired
    CurrentUser user;

    @Test
    void a_login_already_used_is_refused_on_the_login_field_and_the_input_stays() {
        navigate(AccountsView.class);
        test(find(Button.class).withText("Nouveau compte").single()).click();
        test(find(TextField.class).withLabel("Identifiant").single()).setValue("admin");
        test(find(TextField.class).withLabel("Nom affiché").single()).setValue("Un homonyme");

        test(find(Button.class).withText("Ouvrir le compte").single()).click();

        TextField login = find(TextField.class).withLabel("Identifiant").single();
        assertThat(login.isInvalid()).as("vss-core's refusal is on the login field").isTrue();
        assertThat(login.getErrorMessage()).contains("L’identifiant admin est déjà utilisé.");
        assertThat(find(TextField.class).withLabel("Nom affiché").single().isInvalid()).isFalse();
        assertThat(login.getValue()).isEqualTo("admin");
        assertThat(find(TextField.class).withLabel("Nom affiché").single().getValue()).isEqualTo("Un homonyme");
        assertThat(find(Button.class).withText("Ouvrir le compte").exists()).as("the form stays open").isTrue();
    }

    @Test
    void a_login_that_is_not_one_is_refused_on_its_field_before_anything_is_saved() {
        long before = vss.accounts().count(user.actor(), Optional.empty());
        navigate(AccountsView.class);
        test(find(Button.class).withText("Nouveau compte").single()).click();
        test(find(TextField.class).withLabel("Identifiant").single()).setValue("Pas Valide");
        test(find(TextField.class).withLabel("Nom affiché").single()).setValue("Quelqu’un");

        test(find(Button.class).withText("Ouvrir le compte").single()).click();

        TextField login = find(TextField.class).withLabel("Identifiant").single();
        assertThat(login.isInvalid()).isTrue();
        assertThat(login.getErrorMessage()).contains("« pas valide » n’est pas un identifiant de connexion");
        assertThat(find(TextField.class).withLabel("Nom affiché").single().isInvalid()).isFalse();
        assertThat(vss.accounts().count(user.actor(), Optional.empty())).isEqualTo(before);
    }

    @Test
    @SuppressWarnings("unchecked")
    void granting_a_role_on_an_account_someone_changed_meanwhile_says_so_keeps_the_choice_and_grants_nothing() {
        Account account = vss.accounts().open(user.actor(), Account.open(vss.clock(), new Login("grant.pendant"),
                "Compte changé pendant ce temps", Optional.empty(), Language.FR, Set.of()), Optional.empty());
        navigate(AccountsView.class);
        manage((Grid<Account>) find(Grid.class).single(), "grant.pendant");
        RolePicker role = find(RolePicker.class).single();
        role.setValue(Role.PLATFORM_ADMINISTRATOR);

        vss.accounts().disable(user.actor(), account.id(), account.version());
        test(find(Button.class).withText("Donner ce rôle").single()).click();

        assertThat(find(ProblemList.class).all().stream().filter(ProblemList::isVisible)
                .map(p -> p.getElement().getTextRecursively()).toList())
                .anySatisfy(text -> assertThat(text).contains("Quelqu’un a modifié cette fiche pendant que vous la remplissiez"));
        assertThat(role.getValue()).as("the choice stays").isEqualTo(Role.PLATFORM_ADMINISTRATOR);
        assertThat(vss.accounts().find(user.actor(), account.id()).grants()).doesNotContain(Grant.platformAdministrator());
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_password_too_short_is_refused_on_its_field_and_the_input_stays() {
        Account account = vss.accounts().open(user.actor(), Account.open(vss.clock(), new Login("mot.de.passe.court"),
                "Mot de passe trop court", Optional.empty(), Language.FR, Set.of()), Optional.empty());
        navigate(AccountsView.class);
        manage((Grid<Account>) find(Grid.class).single(), "mot.de.passe.court");
        test(find(PasswordField.class).withLabel("Mot de passe").single()).setValue("court");

        test(find(Button.class).withText("Définir le mot de passe").single()).click();

        PasswordField password = find(PasswordField.class).withLabel("Mot de passe").single();
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).contains("au moins 12 caractères");
        assertThat(password.getValue()).isEqualTo("court");
        assertThat(vss.accounts().find(user.actor(), account.id()).passwordHash()).as("no password set").isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_reset_after_another_administrators_reset_says_so_keeps_the_input_and_the_first_password_stays() {
        Account account = vss.accounts().open(user.actor(), Account.open(vss.clock(), new Login("deux.remises"),
                "Deux remises à zéro", Optional.empty(), Language.FR, Set.of()), Optional.empty());
        navigate(AccountsView.class);
        manage((Grid<Account>) find(Grid.class).single(), "deux.remises");
        test(find(PasswordField.class).withLabel("Mot de passe").single()).setValue("le second mot de passe");

        vss.accounts().setPassword(user.actor(), account.id(), account.version(), "le premier mot de passe".toCharArray());
        test(find(Button.class).withText("Définir le mot de passe").single()).click();

        assertThat(find(ProblemList.class).all().stream().filter(ProblemList::isVisible)
                .map(p -> p.getElement().getTextRecursively()).toList())
                .anySatisfy(text -> assertThat(text).contains("Quelqu’un a modifié cette fiche pendant que vous la remplissiez"));
        assertThat(find(PasswordField.class).withLabel("Mot de passe").single().getValue()).as("the input stays")
                .isEqualTo("le second mot de passe");
        assertThat(vss.accounts().signIn(new Login("deux.remises"), "le premier mot de passe".toCharArray()))
                .as("the first reset is not overwritten").isPresent();
        assertThat(vss.accounts().signIn(new Login("deux.remises"), "le second mot de passe".toCharArray())).isEmpty();
    }

    private void manage(Grid<Account> grid, String login) {
        int row = IntStream.range(0, test(grid).size()).filter(r -> test(grid).getCellText(r, 0).equals(login))
                .findFirst().orElseThrow(() -> new AssertionError("no account " + login));
        test((Button) test(grid).getCellComponent(row, 5)).click();
    }
}
