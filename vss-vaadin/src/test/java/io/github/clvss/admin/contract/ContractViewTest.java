package io.github.clvss.admin.contract;

import io.github.clvss.admin.base.ViewTest;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import io.github.clvss.admin.security.SignedInAs;
import org.junit.jupiter.api.Test;

class ContractViewTest extends ViewTest {

    private static final String BOULOGNE_CONTRACT = "018875f8-8001-7b4c-a55a-75eb92c7ad98";

    @Test
    @SignedInAs("observation")
    void an_observer_reads_the_contract_its_status_and_signatories_but_records_no_act() {
        navigate(ContractView.class, BOULOGNE_CONTRACT);

        assertThat(find(Span.class).withId("contract-status").single().getText()).isEqualTo("Brouillon");
        assertThat(find(Button.class).withText("Enregistrer l’approbation").exists()).isFalse();
        assertThat(find(Button.class).withText("Modifier les dates").exists()).isFalse();
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).withId("signature-progress").single().getText())
                .isEqualTo("0 signature(s) sur 8");
    }

    @Test
    @SignedInAs("coordination")
    void the_coordinator_may_record_the_approval_of_a_draft() {
        navigate(ContractView.class, BOULOGNE_CONTRACT);

        assertThat(find(Button.class).withText("Enregistrer l’approbation").exists()).isTrue();
        assertThat(find(Button.class).withText("Résilier").exists()).as("a draft cannot be terminated").isFalse();
    }
}
