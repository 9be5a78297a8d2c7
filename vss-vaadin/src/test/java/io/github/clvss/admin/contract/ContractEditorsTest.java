package io.github.clvss.admin.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import io.github.clvss.admin.base.ProblemList;
import io.github.clvss.admin.base.ViewTest;
import io.github.clvss.admin.security.SignedInAs;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.contract.ContractLifecycle;
import io.github.clvss.core.contract.ContractManagement;
import io.github.clvss.core.contract.Signatory;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The contract's dates form (versioned) and the approval form (acts are only added). */
class ContractEditorsTest extends ViewTest {

    private static final String BOULOGNE_CONTRACT = "018875f8-8001-7b4c-a55a-75eb92c7ad98";

    @Autowired
    private ContractManagement contracts;

    @Autowired
    private ContractLifecycle lifecycle;

    @Autowired
    private io.github.clvss.core.Vss vss;

    private Contract contract() {
        return contracts.find(Actor.system(), ContractId.parse(BOULOGNE_CONTRACT, "id").orElseThrow());
    }

    /** The other demo town's contract: a draft (Boulogne's is approved and signed, as in its true story). */
    private Contract draft() {
        return contracts.list(Actor.system(), vss.territories().findByInseeCode(Actor.system(),
                new io.github.clvss.core.territory.InseeCode("92040")).orElseThrow().id(),
                io.github.clvss.core.shared.PageRequest.first(1)).getFirst();
    }

    @Test
    @SignedInAs("coordination")
    void a_contract_ending_before_it_starts_is_refused_on_its_end_and_the_input_stays() {
        Contract before = contract();
        navigate(ContractView.class, BOULOGNE_CONTRACT);

        test(find(Button.class).withId("contract-dates").single()).click();
        DatePicker start = find(DatePicker.class).withId("contract-start").single();
        DatePicker end = find(DatePicker.class).withId("contract-end").single();
        start.setValue(LocalDate.of(2025, 1, 1));
        end.setValue(LocalDate.of(2024, 12, 31));
        test(find(Button.class).withId("contract-dates-ok").single()).click();

        assertThat(end.isInvalid()).as("the refusal lands on the end").isTrue();
        assertThat(end.getErrorMessage()).isNotBlank().doesNotContain("contract.endDate");
        assertThat(start.getValue()).as("the input stays").isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(contract().startDate()).isEqualTo(before.startDate());
        assertThat(contract().endDate()).isEqualTo(before.endDate());
    }

    @Test
    @SignedInAs("coordination")
    void dates_saved_after_someone_elses_change_say_so_keep_the_input_and_overwrite_nothing() {
        navigate(ContractView.class, BOULOGNE_CONTRACT);
        test(find(Button.class).withId("contract-dates").single()).click();
        DatePicker start = find(DatePicker.class).withId("contract-start").single();
        start.setValue(LocalDate.of(2023, 9, 1));

        Contract current = contract();
        Contract changed = contracts.reschedule(Actor.system(), current.id(), current.version(), current.startDate(),
                current.endDate());
        test(find(Button.class).withId("contract-dates-ok").single()).click();

        assertThat(find(ProblemList.class).single().getElement().getTextRecursively())
                .contains("Quelqu’un a modifié cette fiche pendant que vous la remplissiez");
        assertThat(start.getValue()).as("the input stays").isEqualTo(LocalDate.of(2023, 9, 1));
        assertThat(contract().startDate()).isEqualTo(current.startDate());
        assertThat(contract().version()).isEqualTo(changed.version());
    }

    @Test
    @SignedInAs("ailleurs")
    @SuppressWarnings("unchecked")
    void an_approval_without_its_deliberation_is_refused_on_the_deliberation_and_nothing_is_recorded() {
        navigate(ContractView.class, draft().id().toString());

        test(find(Button.class).withId("contract-approve").single()).click();
        test(find(Button.class).withId("approve-ok").single()).click();

        ComboBox<Object> deliberation = find(ComboBox.class).withId("approve-deliberation").single();
        assertThat(deliberation.isInvalid()).isTrue();
        assertThat(deliberation.getErrorMessage()).isEqualTo("Choisissez la délibération qui approuve le contrat.");
        assertThat(lifecycle.lifecycle(Actor.system(), draft().id()).approval()).isEmpty();
        assertThat(find(Span.class).withId("contract-status").single().getText()).isEqualTo("Brouillon");
    }

    @Test
    @SignedInAs("ailleurs")
    void a_signature_of_a_draft_is_refused_with_the_reason_and_the_date_stays() {
        Contract contract = draft();
        navigate(ContractView.class, contract.id().toString());
        // the draft has no partner yet: a signatory of Boulogne's contract stands in for one
        Signatory first = lifecycle.signatories(Actor.system(), contract().id()).getFirst();
        // a draft shows no Sign button: the form is opened as the button of an approved contract would
        new SignatureEditor(lifecycle, Actor.system(), contract, first, LocalDate.of(2024, 5, 2), () -> { }).open();
        DatePicker on = find(DatePicker.class).withId("sign-date").single();
        on.setValue(LocalDate.of(2024, 4, 30));

        test(find(Button.class).withId("sign-ok").single()).click();

        assertThat(find(ProblemList.class).single().getElement().getTextRecursively())
                .startsWith("L’acte n’a pas été enregistré :")
                .contains("n’est pas encore approuvé par une délibération");
        assertThat(on.getValue()).as("the input stays").isEqualTo(LocalDate.of(2024, 4, 30));
        assertThat(lifecycle.acts(Actor.system(), contract.id())).isEmpty();
    }

    @Test
    @SignedInAs("coordination")
    void a_termination_without_a_reason_is_refused_with_the_reason_and_nothing_is_recorded() {
        navigate(ContractView.class, BOULOGNE_CONTRACT);
        Contract contract = contract();
        // the form is opened as the Terminate button of the contract in force does
        new TerminationEditor(lifecycle, Actor.system(), contract, LocalDate.of(2024, 5, 2), () -> { }).open();
        DatePicker on = find(DatePicker.class).withCaption("Date de résiliation").single();
        assertThat(on.getValue()).as("today by default").isEqualTo(LocalDate.of(2024, 5, 2));

        test(find(Button.class).withText("Résilier").all().getLast()).click();

        assertThat(find(ProblemList.class).single().getElement().getTextRecursively())
                .startsWith("L’acte n’a pas été enregistré :").contains("Indiquez le motif de la résiliation");
        assertThat(lifecycle.lifecycle(Actor.system(), contract.id()).termination()).isEmpty();
    }
}
