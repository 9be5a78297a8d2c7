package io.github.clvss.admin.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import io.github.clvss.admin.base.ProblemList;
import io.github.clvss.admin.base.ViewTest;
import io.github.clvss.admin.security.CurrentUser;
import io.github.clvss.admin.security.SignedInAs;
import io.github.clvss.core.Vss;
import io.github.clvss.core.contract.Commitment;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.contract.ContractText;
import io.github.clvss.core.territory.InseeCode;
import io.github.clvss.core.territory.Territory;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A contract started from the model and written in the app, as the coordinator of the demo's
 * other town (Issy-les-Moulineaux, which has no contract of its own): every change goes through
 * vss-core, a refusal lands on its field, and a text someone saved meanwhile is not overwritten.
 */
@SignedInAs("ailleurs")
class ContractTextViewTest extends ViewTest {

    @Autowired
    Vss vss;

    @Autowired
    CurrentUser user;

    /** Starts a contract from the model on the new-contract screen; returns it, once on its text screen. */
    private Contract startFromModel() {
        long before = vss.contracts().count(user.actor(), issy().id());
        navigate(NewContractView.class);
        test(find(Button.class).withId("new-contract-save").single()).click();
        assertThat(vss.contracts().count(user.actor(), issy().id())).isEqualTo(before + 1);
        Contract contract = vss.contracts().list(user.actor(), issy().id(), io.github.clvss.core.shared.PageRequest.first(1))
                .getFirst();
        navigate(ContractTextView.class, contract.id().toString());
        return contract;
    }

    private Territory issy() {
        return vss.territories().findByInseeCode(user.actor(), new InseeCode("92040")).orElseThrow();
    }

    private ContractText stored(Contract contract) {
        return vss.contractLifecycle().text(user.actor(), contract.id());
    }

    @Test
    void a_contract_started_from_the_model_holds_the_model_text_written_for_the_town() {
        Contract contract = startFromModel();
        ContractText text = stored(contract);
        assertThat(text.commitments()).extracting(Commitment::id)
                .containsExactly("1.1", "1.2", "1.3", "2.1", "2.2", "3.1", "obj-1", "obj-2", "obj-3");
        assertThat(text.preamble()).contains("Issy-les-Moulineaux");
        assertThat(find(TextArea.class).withId("commitment-1.1").single().getValue())
                .isEqualTo(text.commitment("1.1").orElseThrow().text());
    }

    @Test
    void a_commitment_added_reworded_and_moved_keeps_its_id_and_the_others_keep_theirs() {
        Contract contract = startFromModel();
        test(find(Button.class).withId("text-add-commitment-1").single()).click();
        test(find(TextArea.class).withId("commitment-2.3").single()).setValue("Un annuaire partagé entre partenaires.");
        test(find(TextArea.class).withId("commitment-2.1").single()).setValue("Un document unique, mis à jour chaque année.");
        test(find(Button.class).withCondition(b -> "Monter : Engagement 2.3".equals(b.getElement().getAttribute("aria-label"))).single()).click();

        test(find(Button.class).withId("text-save").single()).click();

        ContractText text = stored(contract);
        assertThat(text.axes().get(1).commitments()).extracting(Commitment::id).containsExactly("2.1", "2.3", "2.2");
        assertThat(text.commitment("2.1").orElseThrow().text()).isEqualTo("Un document unique, mis à jour chaque année.");
        assertThat(text.commitment("2.3").orElseThrow().text()).isEqualTo("Un annuaire partagé entre partenaires.");
    }

    @Test
    void a_blank_commitment_is_refused_on_its_field_and_nothing_is_saved() {
        Contract contract = startFromModel();
        test(find(Button.class).withId("text-add-commitment-0").single()).click();

        test(find(Button.class).withId("text-save").single()).click();

        TextArea blank = find(TextArea.class).withId("commitment-1.4").single();
        assertThat(blank.isInvalid()).isTrue();
        assertThat(blank.getErrorMessage()).isEqualTo("Ce champ du texte du contrat est obligatoire.");
        assertThat(stored(contract).commitment("1.4")).isEmpty();
    }

    @Test
    void a_text_someone_saved_meanwhile_is_not_overwritten_and_the_input_stays() {
        Contract contract = startFromModel();
        test(find(TextArea.class).withId("commitment-1.1").single()).setValue("Ma version.");
        Contract current = vss.contracts().find(user.actor(), contract.id());
        ContractText theirs = stored(contract);
        vss.contractLifecycle().writeText(user.actor(), contract.id(), current.version(),
                new ContractText("Leur préambule.", theirs.references(), theirs.axes(), theirs.annexes()));

        test(find(Button.class).withId("text-save").single()).click();

        assertThat(find(ProblemList.class).all().stream().filter(ProblemList::isVisible)
                .map(p -> p.getElement().getTextRecursively()).toList())
                .anySatisfy(text -> assertThat(text).contains("Quelqu’un a modifié cette fiche"));
        assertThat(find(TextArea.class).withId("commitment-1.1").single().getValue()).isEqualTo("Ma version.");
        assertThat(stored(contract).preamble()).isEqualTo("Leur préambule.");
        assertThat(stored(contract).commitment("1.1").map(Commitment::text)).isNotEqualTo(Optional.of("Ma version."));
    }
}
