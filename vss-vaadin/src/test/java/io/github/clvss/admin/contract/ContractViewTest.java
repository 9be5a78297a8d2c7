package io.github.clvss.admin.contract;

import io.github.clvss.admin.base.ViewTest;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import io.github.clvss.admin.security.SignedInAs;
import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.territory.InseeCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ContractViewTest extends ViewTest {

    private static final String BOULOGNE_CONTRACT = "018875f8-8001-7b4c-a55a-75eb92c7ad98";

    @Autowired
    private Vss vss;

    @Test
    @SignedInAs("observation")
    void an_observer_reads_the_contract_in_force_its_period_and_its_eight_signatures_but_records_no_act() {
        navigate(ContractView.class, BOULOGNE_CONTRACT);

        // approved on 1 June 2023, signed by its eight signatories (demo dates), in force until the end of 2027
        assertThat(find(Span.class).withId("contract-status").single().getText()).isEqualTo("En vigueur");
        assertThat(find(Paragraph.class).withText("Du 11 juillet 2023 au 31 décembre 2027").exists())
                .as("the period, from the last signature").isTrue();
        assertThat(find(Button.class).withText("Enregistrer l’approbation").exists()).isFalse();
        assertThat(find(Button.class).withText("Modifier les dates").exists()).isFalse();
        assertThat(find(Paragraph.class).withId("signature-progress").single().getText())
                .isEqualTo("8 signature(s) sur 8");
    }

    @Test
    @SignedInAs("ailleurs")
    void the_coordinator_may_record_the_approval_of_a_draft() {
        Contract draft = vss.contracts().list(Actor.system(), vss.territories()
                .findByInseeCode(Actor.system(), new InseeCode("92040")).orElseThrow().id(), PageRequest.first(1)).getFirst();

        navigate(ContractView.class, draft.id().toString());

        assertThat(find(Span.class).withId("contract-status").single().getText()).isEqualTo("Brouillon");
        assertThat(find(Paragraph.class).withId("contract-period").single().getText())
                .as("no dates yet: said in one sentence, not «Du Non renseigné au Non renseigné»")
                .isEqualTo("Dates du contrat non renseignées.");
        assertThat(find(Button.class).withText("Enregistrer l’approbation").exists()).isTrue();
        assertThat(find(Button.class).withText("Résilier").exists()).as("a draft cannot be terminated").isFalse();
    }

    @Test
    @SignedInAs("coordination")
    void the_dashboard_shows_a_living_contract_one_late_action_and_the_next_deadlines() {
        navigate(ContractOverviewView.class);

        assertThat(find(Paragraph.class).withId("dashboard-late-count").single().getText()).isEqualTo("1 action(s) en retard");
        String text = getCurrentView().getElement().getTextRecursively();
        assertThat(text).contains("Prochaines échéances").doesNotContain("Aucune échéance à venir")
                .contains("Mettre à jour le document unique des initiatives et contacts")
                .contains("Recenser les places d’hébergement d’urgence pour les victimes")
                .contains("Formaliser le circuit d’accueil des victimes aux urgences de l’hôpital");
        assertThat(find(com.vaadin.flow.component.html.UnorderedList.class).withId("dashboard-obligations").single()
                .getElement().getTextRecursively()).doesNotContain("En retard");
    }
}
