package io.github.clvss.admin.institution;

import io.github.clvss.admin.base.ViewTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import io.github.clvss.admin.security.CurrentUser;
import io.github.clvss.admin.security.SignIn;
import io.github.clvss.admin.security.SignedInAs;
import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.institution.Institution;
import io.github.clvss.core.institution.InstitutionProposal;
import io.github.clvss.core.institution.ProposalStatus;
import io.github.clvss.core.journal.JournalEntry;
import io.github.clvss.core.shared.AccessRefusedException;
import io.github.clvss.core.shared.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** Institutions are shared safely: a coordinator changes only their own, proposes the rest; each town's journal shows it. */
class InstitutionsViewTest extends ViewTest {

    private static final String CIDFF = "CIDFF des Hauts-de-Seine Sud";

    @Autowired
    Vss vss;

    @Autowired
    CurrentUser user;

    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> security;

    @Test
    @SignedInAs("ailleurs")
    void ailleurs_cannot_change_boulognes_institution_and_boulognes_journal_shows_the_attempt_to_coordination() {
        Actor ailleurs = user.actor();
        Institution cidff = institution(CIDFF);
        navigate(InstitutionsView.class);
        Grid<Institution> institutions = grid("Institutions");
        test(find(TextField.class).withLabel("Rechercher (nom)").single()).setValue("CIDFF des Hauts");
        int row = rowOf(institutions, CIDFF);
        test((Button) test(institutions).getCellComponent(row, 4)).click();

        assertThat(find(Paragraph.class).withTextContaining("D’autres territoires utilisent aussi cette institution").exists())
                .isTrue();
        assertThat(find(Button.class).withText("Enregistrer").exists()).as("no direct change is offered").isFalse();
        test(find(TextField.class).withLabel("Nom de la nouvelle institution").last()).setValue("Renommé par une autre commune");
        test(find(Button.class).withText("Proposer la modification").single()).click();

        assertThat(vss.institutions().find(Actor.system(), cidff.id()).name()).as("nothing changes before a decision")
                .isEqualTo(CIDFF);
        Grid<InstitutionProposal> proposals = grid("Propositions de modification");
        int proposed = IntStream.range(0, test(proposals).size())
                .filter(r -> test(proposals).getCellText(r, 2).equals("Renommé par une autre commune"))
                .findFirst().orElseThrow(() -> new AssertionError("the proposal is not listed"));
        assertThat(test(proposals).getCellText(proposed, 1)).isEqualTo(CIDFF);
        assertThat(test(proposals).getCellText(proposed, 6)).isEqualTo("En attente");
        assertThatThrownBy(() -> vss.institutions().correct(ailleurs,
                cidff.correct("Renommé quand même", cidff.sector(), cidff.siret(), cidff.parent())))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(vss.institutions().find(Actor.system(), cidff.id()).name()).isEqualTo(CIDFF);

        SignIn.as(vss, security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy), "coordination");
        open("journal");
        assertThat(screen()).isEqualTo("JournalView");
        // the person filter lists the territory's own accounts: the other town's coordinator is found by the action
        test(find(ComboBox.class).withLabel("Action").single()).selectItem("Correction — Institution");
        test(find(Button.class).withText("Filtrer").single()).click();

        Grid<JournalEntry> journal = grid("Journal d’audit");
        int attempt = IntStream.range(0, test(journal).size())
                .filter(r -> test(journal).getCellText(r, 1).equals("Coordination d’une autre commune (démo)")
                        && test(journal).getCellText(r, 4).equals(cidff.id().toString()))
                .findFirst().orElseThrow(() -> new AssertionError("ailleurs's attempt is not in Boulogne's journal"));
        assertThat(test(journal).getCellText(attempt, 3)).isEqualTo("Institution");
        assertThat(test(journal).getCellText(attempt, 5)).isEqualTo("Refusé");
        assertThat(test(journal).getCellText(attempt, 6)).startsWith("D’autres territoires utilisent cette institution");

        test(find(ComboBox.class).withLabel("Action").single()).selectItem("Proposition — Institution");
        test(find(Button.class).withText("Filtrer").single()).click();
        assertThat(IntStream.range(0, test(journal).size())
                .mapToObj(r -> test(journal).getCellText(r, 4) + " " + test(journal).getCellText(r, 5)).toList())
                .as("ailleurs's proposals Boulogne's institutions are concerned by").contains(cidff.id() + " Effectué");
    }

    @Test
    @SignedInAs("admin")
    void the_administrator_accepts_a_pending_proposal_and_the_institution_changes_for_every_territory() {
        Institution parquet = institution("Parquet près le tribunal judiciaire de Nanterre");
        Actor ailleurs = vss.accounts().find(Actor.system(), vss.accounts().idOf(Actor.system(),
                new io.github.clvss.core.account.Login("ailleurs")).orElseThrow()).actor();
        io.github.clvss.core.access.TerritoryId issy = ailleurs.grants().iterator().next().territory().orElseThrow();
        InstitutionProposal proposal = vss.institutions().propose(ailleurs, issy, parquet.correct(
                "Parquet de Nanterre (démo)", parquet.sector(), parquet.siret(), parquet.parent()));
        navigate(InstitutionsView.class);
        Grid<InstitutionProposal> proposals = grid("Propositions de modification");
        int row = IntStream.range(0, test(proposals).size())
                .filter(r -> test(proposals).getCellText(r, 3).equals("Parquet de Nanterre (démo)"))
                .findFirst().orElseThrow();
        assertThat(test(proposals).getCellText(row, 1)).isEqualTo("Issy-les-Moulineaux");

        test(find(Button.class).withText("Accepter").from(test(proposals).getCellComponent(row, 10)).single()).click();

        assertThat(vss.institutions().find(Actor.system(), parquet.id()).name())
                .isEqualTo("Parquet de Nanterre (démo)");
        assertThat(vss.institutions().proposals(Actor.system(), Optional.of(issy), Optional.of(ProposalStatus.ACCEPTED),
                PageRequest.first(10))).extracting(InstitutionProposal::id).contains(proposal.id());
    }

    @Test
    @SignedInAs("coordination")
    void once_boulogne_approves_what_the_other_town_using_the_prefecture_proposed_the_change_applies() {
        Actor ailleurs = vss.accounts().find(Actor.system(), vss.accounts().idOf(Actor.system(),
                new io.github.clvss.core.account.Login("ailleurs")).orElseThrow()).actor();
        io.github.clvss.core.access.TerritoryId issy = ailleurs.grants().iterator().next().territory().orElseThrow();
        Institution prefecture = institution("Préfecture des Hauts-de-Seine");
        io.github.clvss.core.contract.Contract issyContract = vss.contracts().list(Actor.system(), issy, PageRequest.first(1))
                .getFirst();
        vss.partners().add(Actor.system(), io.github.clvss.core.partner.Partner.join(vss.clock(), "system", issy,
                issyContract.id(), prefecture.id(), "Coordination de l’État", List.of(),
                io.github.clvss.core.partner.PublicContact.NONE, Optional.empty(), true, io.github.clvss.core.shared.Provenance.DEMO));
        vss.institutions().propose(ailleurs, issy, prefecture.correct("Préfecture des Hauts-de-Seine (Nanterre)",
                prefecture.sector(), prefecture.siret(), prefecture.parent()));
        navigate(InstitutionsView.class);
        Grid<InstitutionProposal> proposals = grid("Propositions de modification");
        int row = IntStream.range(0, test(proposals).size())
                .filter(r -> test(proposals).getCellText(r, 2).equals("Préfecture des Hauts-de-Seine (Nanterre)"))
                .findFirst().orElseThrow(() -> new AssertionError("Boulogne does not see the proposal about its préfecture"));
        assertThat(test(proposals).getCellText(row, 8)).as("approved by the proposing town").isEqualTo("1");

        test(find(Button.class).withText("Approuver").from(test(proposals).getCellComponent(row, 9)).single()).click();

        assertThat(vss.institutions().find(Actor.system(), prefecture.id()).name())
                .isEqualTo("Préfecture des Hauts-de-Seine (Nanterre)");
    }

    private Institution institution(String name) {
        List<Institution> found = vss.institutions().list(Actor.system(), Optional.of(name), PageRequest.first(5));
        return found.stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private <T> Grid<T> grid(String label) {
        return (Grid<T>) find(Grid.class).withCondition(g -> g.getAriaLabel().filter(label::equals).isPresent()).single();
    }

    private int rowOf(Grid<Institution> grid, String name) {
        return IntStream.range(0, test(grid).size()).filter(r -> test(grid).getCellText(r, 0).equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + name));
    }
}
