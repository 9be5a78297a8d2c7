package io.github.clvss.admin.contract;

import io.github.clvss.admin.base.ViewTest;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import io.github.clvss.admin.security.SignedInAs;
import io.github.clvss.core.contract.Contract;
import org.junit.jupiter.api.Test;

class ContractOverviewViewTest extends ViewTest {

    @Test
    @SignedInAs("coordination")
    @SuppressWarnings("unchecked")
    void the_coordinator_sees_the_boulogne_contract_and_its_summary_links() {
        navigate(ContractOverviewView.class);

        assertThat(find(H1.class).withText("Contrat local — Boulogne-Billancourt").exists()).isTrue();
        Grid<Contract> contracts = find(Grid.class).single();
        assertThat(test(contracts).size()).isEqualTo(1);
        assertThat(test(contracts).getCellText(0, 0))
                .isEqualTo("Contrat de mobilisation et de coordination locale sur les violences sexistes et sexuelles");
        assertThat(find(Anchor.class).from(test(contracts).getCellComponent(0, 4)).withText("Synthèse (PDF)").single().getHref())
                .isEqualTo("documents/contracts/018875f8-8001-7b4c-a55a-75eb92c7ad98/summary.pdf?lang=fr");
    }

    @Test
    @SignedInAs("ailleurs")
    void a_coordinator_of_another_territory_sees_only_their_own() {
        navigate(ContractOverviewView.class);

        assertThat(find(H1.class).withText("Contrat local — Issy-les-Moulineaux").exists()).isTrue();
        assertThat(find(H1.class).withTextContaining("Boulogne").exists()).isFalse();
    }

    @Test
    @SignedInAs("coordination")
    void the_coordinator_sees_the_dashboard_of_the_latest_contract_with_the_records_to_check_linked_to_their_screens() {
        navigate(ContractOverviewView.class);

        assertThat(find(com.vaadin.flow.component.html.H2.class).withText("Tableau de bord").exists()).isTrue();
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).withId("dashboard-late-count").single().getText())
                .endsWith("action(s) en retard");
        assertThat(find(Anchor.class).withTextContaining("partenaire(s) à vérifier").single().getHref()).isEqualTo("partenaires");
        assertThat(find(Anchor.class).withTextContaining("adresse(s) utile(s) à vérifier").single().getHref()).isEqualTo("ressources");
    }
}
