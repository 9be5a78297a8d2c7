package io.github.clvss.admin.journal;

import io.github.clvss.admin.base.ViewTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.github.clvss.admin.security.SignedInAs;
import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.Grant;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.account.Account;
import io.github.clvss.core.account.Login;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.journal.JournalEntry;
import io.github.clvss.core.journal.JournalQuery;
import io.github.clvss.core.shared.AccessRefusedException;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.territory.Territory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Sign-ins on the journal and accounts screens: who sees them, the filters a coordinator uses,
 * and the platform administrator's unlock.
 */
class SignInJournalViewTest extends ViewTest {

    private static final String RIGHT = "correct horse battery";
    private static final int ACTION = 2;
    private static final int ACTOR = 1;
    private static final int REASON = 6;

    @Autowired
    Vss vss;

    @Test
    @SignedInAs("coordination")
    void a_coordinator_finds_by_name_the_refused_sign_ins_and_the_lockout_of_a_person_of_their_territory() {
        Account witness = lockedOutWitness();

        navigate(JournalView.class);
        test(find(Select.class).withLabel("Type de donnée").single()).selectItem("Connexion");
        test(find(ComboBox.class).withLabel("Personne").single()).selectItem(witness.displayName() + " (" + witness.login().value() + ")");
        test(find(Button.class).withText("Filtrer").single()).click();

        List<List<String>> rows = rows();
        assertThat(rows).hasSize(12);
        assertThat(rows).extracting(row -> row.get(ACTION) + " — " + row.get(ACTOR)).containsOnlyOnce("Blocage de la connexion — Système")
                .filteredOn(text -> text.equals("Connexion — Anonyme")).hasSize(11);
        assertThat(rows).extracting(row -> row.get(REASON)).contains(
                "Identifiant ou mot de passe incorrect, ou compte désactivé.",
                "Tentative trop rapprochée après des échecs : refusée sans vérifier le mot de passe.",
                "Connexion bloquée après trop d’échecs : refusée sans vérifier le mot de passe.");
        assertThat(String.join(" ", rows.stream().flatMap(List::stream).toList())).doesNotContain(witness.login().value());
    }

    @Test
    @SignedInAs("ailleurs")
    void another_towns_coordinator_does_not_see_those_sign_ins() {
        Account witness = lockedOutWitness();

        navigate(JournalView.class);
        test(find(Select.class).withLabel("Type de donnée").single()).selectItem("Connexion");
        test(find(Button.class).withText("Filtrer").single()).click();

        assertThat(entries()).noneMatch(e -> e.act().recordId().equals(Optional.of(witness.id().toString())));
        var people = test(find(ComboBox.class).withLabel("Personne").single());
        people.setFilter(witness.login().value());
        assertThat(people.getSuggestionItems()).map(Object::toString).doesNotContain(witness.id().toString());
    }

    @Test
    @SignedInAs("coordination")
    void the_action_filter_offers_the_journals_actions_in_words_and_keeps_only_the_chosen_one() {
        lockedOutWitness();
        navigate(JournalView.class);
        var actions = test(find(ComboBox.class).withLabel("Action").single());
        List<String> offered = actions.getSuggestions();

        assertThat(offered).contains("Connexion", "Blocage de la connexion")
                .allSatisfy(words -> assertThat(words).doesNotStartWith("!").doesNotMatch("[a-z-]+(\\.[a-z-]+)+"));
        actions.selectItem("Blocage de la connexion");
        test(find(Button.class).withText("Filtrer").single()).click();

        assertThat(rows()).isNotEmpty().allSatisfy(row -> assertThat(row.get(ACTION)).isEqualTo("Blocage de la connexion"));
    }

    @Test
    @SignedInAs("coordination")
    void the_person_filter_offers_the_people_whose_name_or_login_contains_what_is_typed() {
        Account witness = lockedOutWitness();
        navigate(JournalView.class);
        var people = test(find(ComboBox.class).withLabel("Personne").single());

        people.setFilter(witness.login().value().substring(2).toUpperCase(java.util.Locale.ROOT));
        assertThat(people.getSuggestions()).containsExactly(witness.displayName() + " (" + witness.login().value() + ")");

        people.setFilter("syst");
        assertThat(people.getSuggestions()).containsExactly("Système");

        people.setFilter("personne-qui-n-existe-pas");
        assertThat(people.getSuggestions()).isEmpty();
    }

    @Test
    @SignedInAs("admin")
    void the_platform_administrator_sees_every_sign_in_and_lockout_without_choosing_any_filter() {
        Account witness = lockedOutWitness();

        navigate(JournalView.class);

        assertThat(entries()).filteredOn(e -> e.act().recordId().equals(Optional.of(witness.id().toString())))
                .extracting(e -> e.act().action() + " " + e.outcome())
                .contains("account.lock DONE", "account.sign-in REFUSED");
    }

    @Test
    @SignedInAs("coordination")
    void an_observers_refused_write_shows_in_the_coordinators_journal() {
        Account observation = account("observation");
        TerritoryId boulogne = boulogne();
        Contract contract = vss.contracts().list(Actor.system(), boulogne, PageRequest.first(1)).getFirst();
        assertThatThrownBy(() -> vss.contracts().retitle(observation.actor(), contract.id(), contract.version(), "Changé"))
                .isInstanceOf(AccessRefusedException.class);

        navigate(JournalView.class);
        test(find(Select.class).withLabel("Résultat").single()).selectItem("Refusé");
        test(find(ComboBox.class).withLabel("Personne").single()).selectItem(observation.displayName() + " (observation)");
        test(find(Button.class).withText("Filtrer").single()).click();

        assertThat(rows()).extracting(row -> row.get(ACTOR) + " — " + row.get(REASON)).contains(observation.displayName()
                + " (observation) — Votre rôle d’observateur permet de consulter, pas de modifier (Changement de titre — Contrat refusé).");
    }

    @Test
    @SignedInAs("admin")
    void the_platform_administrator_unlocks_a_locked_account_from_the_accounts_screen() {
        Account witness = lockedOutWitness();
        Actor admin = account("admin").actor();

        open("comptes");
        assertThat(screen()).isEqualTo("AccountsView");
        test(find(TextField.class).withLabel("Rechercher (identifiant ou nom)").single()).setValue(witness.login().value());
        GridTester<Grid<Account>, Account> grid = test(find(Grid.class).single());
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getCellText(0, 4)).isEqualTo("Actif — connexion bloquée");
        test((Button) grid.getCellComponent(0, 5)).click();
        test(find(Button.class).withText("Débloquer la connexion").single()).click();

        assertThat(vss.accounts().lockedUntil(admin, witness.id())).isEmpty();
        assertThat(vss.accounts().signIn(witness.login(), RIGHT.toCharArray(), Optional.of("2001:db8::ffff")).account()).isPresent();
        assertThat(vss.auditTrail().find(Actor.system(), JournalQuery.all().withAction("account.unlock")
                .withPerson(witness.id().toString()), PageRequest.first(5)))
                .extracting(JournalEntry::actor).containsExactly(admin.id());
    }

    /** A new observer of Boulogne-Billancourt, locked out after ten wrong passwords. */
    private Account lockedOutWitness() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Account witness = vss.accounts().open(Actor.system(), Account.open(vss.clock(), new Login("temoin." + suffix),
                "Témoin " + suffix, Optional.empty(), Language.FR, Set.of(Grant.observer(boulogne()))),
                Optional.of(RIGHT.toCharArray()));
        Optional<String> address = Optional.of("2001:db8::" + suffix.substring(0, 4));
        for (int i = 0; i < 10; i++) {
            vss.accounts().signIn(witness.login(), ("wrong guess " + i).toCharArray(), address);
        }
        assertThat(vss.accounts().signIn(witness.login(), RIGHT.toCharArray(), address).account())
                .as("locked, even with the right password").isEmpty();
        return witness;
    }

    private TerritoryId boulogne() {
        return vss.territories().list(Actor.system(), PageRequest.first(50)).stream()
                .filter(t -> t.name().equals("Boulogne-Billancourt")).map(Territory::id).findFirst().orElseThrow();
    }

    private Account account(String login) {
        return vss.accounts().find(Actor.system(), vss.accounts().idOf(Actor.system(), new Login(login)).orElseThrow());
    }

    @SuppressWarnings("unchecked")
    private List<JournalEntry> entries() {
        GridTester<Grid<JournalEntry>, JournalEntry> grid = test(find(Grid.class).single());
        List<JournalEntry> entries = new ArrayList<>();
        for (int row = 0; row < grid.size(); row++) {
            entries.add(grid.getRow(row));
        }
        return entries;
    }

    @SuppressWarnings("unchecked")
    private List<List<String>> rows() {
        GridTester<Grid<JournalEntry>, JournalEntry> grid = test(find(Grid.class).single());
        List<List<String>> rows = new ArrayList<>();
        for (int row = 0; row < grid.size(); row++) {
            List<String> cells = new ArrayList<>();
            for (int column = 0; column < 7; column++) {
                cells.add(grid.getCellText(row, column));
            }
            rows.add(cells);
        }
        return rows;
    }
}
