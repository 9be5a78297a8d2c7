package io.github.clvss.core.followup;

import static io.github.clvss.core.Fixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.shared.InvalidInputException;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Provenance;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActionTest {

    private final PartnerId hospital = PartnerId.next(CLOCK);
    private final PartnerId police = PartnerId.next(CLOCK);
    private final Action circuit = Action.plan(CLOCK, TerritoryId.next(CLOCK), ContractId.next(CLOCK), "1.3",
            "Formaliser le circuit d’accueil aux urgences", hospital, List.of(police), Optional.of(LocalDate.of(2024, 4, 30)),
            Provenance.ENTERED);

    @Test
    void an_open_action_is_due_on_its_deadline_and_late_from_the_day_after() {
        Action started = changed(circuit, ActionStatus.IN_PROGRESS, Optional.empty(), 40);

        assertThat(circuit.state(LocalDate.of(2024, 4, 30))).isEqualTo(ActionState.PLANNED);
        assertThat(circuit.state(LocalDate.of(2024, 5, 1))).isEqualTo(ActionState.LATE);
        assertThat(started.state(LocalDate.of(2024, 4, 30))).isEqualTo(ActionState.IN_PROGRESS);
        assertThat(started.state(LocalDate.of(2025, 1, 1))).isEqualTo(ActionState.LATE);
    }

    @Test
    void a_done_or_abandoned_action_is_never_late_and_one_without_deadline_neither() {
        LocalDate muchLater = LocalDate.of(2030, 1, 1);
        Action noDeadline = new Action(circuit.id(), 0, circuit.territory(), circuit.contract(), "1.3", "Sans échéance",
                hospital, List.of(), Optional.empty(), ActionStatus.IN_PROGRESS, Optional.empty(), 10, List.of(),
                Provenance.ENTERED);

        assertThat(circuit.withStatus(ActionStatus.DONE, Optional.empty()).state(muchLater)).isEqualTo(ActionState.DONE);
        assertThat(circuit.withStatus(ActionStatus.ABANDONED, Optional.of("Remplacée")).state(muchLater))
                .isEqualTo(ActionState.ABANDONED);
        assertThat(noDeadline.state(muchLater)).isEqualTo(ActionState.IN_PROGRESS);
    }

    @Test
    void marking_an_action_done_brings_it_to_a_hundred_percent_and_done_below_it_is_refused() {
        assertThat(circuit.withStatus(ActionStatus.DONE, Optional.empty()).progress()).isEqualTo(100);
        assertThatThrownBy(() -> changed(circuit, ActionStatus.DONE, Optional.empty(), 80))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::code).containsExactly("action.done.progress"));
        assertThatThrownBy(() -> changed(circuit, ActionStatus.IN_PROGRESS, Optional.empty(), 101))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::code).containsExactly("action.progress.range"));
    }

    @Test
    void an_abandoned_action_needs_a_reason_and_only_an_abandoned_one_has_one() {
        assertThatThrownBy(() -> circuit.withStatus(ActionStatus.ABANDONED, Optional.of("  ")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::code).containsExactly("action.abandon.reason-required"));
        assertThatThrownBy(() -> changed(circuit, ActionStatus.PLANNED, Optional.of("Pourquoi pas"), 0))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::code).containsExactly("action.abandon.reason-unexpected"));
        Action abandoned = circuit.withStatus(ActionStatus.ABANDONED, Optional.of("Remplacée par la campagne départementale"));
        assertThat(abandoned.withStatus(ActionStatus.PLANNED, Optional.of("ignoré")).abandonReason()).isEmpty();
    }

    @Test
    void the_lead_partner_is_no_contributor_and_a_contributor_counts_once() {
        List<Problem> problems = Action.inconsistencies("1.3", "Titre", hospital, List.of(police, hospital, police),
                ActionStatus.PLANNED, Optional.empty(), 0, List.of(), "$");

        assertThat(problems).extracting(p -> p.code() + "@" + p.path().orElseThrow()).containsExactly(
                "action.contributor.lead@$.contributors", "action.contributor.twice@$.contributors[2]");
    }

    @Test
    void a_form_hears_of_every_wrong_field_at_once_with_its_path() {
        List<Problem> problems = Action.inconsistencies("1 3", " ", hospital, List.of(), ActionStatus.PLANNED,
                Optional.empty(), 0, List.of(new Evidence.Note(""), new Evidence.Document("deux\nlignes")), "action");

        assertThat(problems).extracting(p -> p.code() + "@" + p.path().orElseThrow()).containsExactly(
                "action.commitment.invalid@action.commitment", "action.title.invalid@action.title",
                "action.evidence.note.invalid@action.evidence[0]", "action.evidence.document.invalid@action.evidence[1]");
    }

    @Test
    void a_change_lists_only_the_fields_that_changed_each_with_its_value_before_and_after() {
        Action after = new Action(circuit.id(), 1, circuit.territory(), circuit.contract(), "1.3", circuit.title(), hospital,
                List.of(), Optional.of(LocalDate.of(2024, 6, 30)), ActionStatus.IN_PROGRESS, Optional.empty(), 60,
                List.of(new Evidence.Document("Projet de procédure v2")), Provenance.ENTERED);

        assertThat(after.changesSince(Optional.of(circuit))).containsExactly(
                new FieldChange("contributors", Optional.of(police.toString()), Optional.empty()),
                new FieldChange("deadline", Optional.of("2024-04-30"), Optional.of("2024-06-30")),
                new FieldChange("status", Optional.of("PLANNED"), Optional.of("IN_PROGRESS")),
                new FieldChange("progress", Optional.of("0"), Optional.of("60")),
                new FieldChange("evidence", Optional.empty(), Optional.of("DOCUMENT Projet de procédure v2")));
        assertThat(circuit.changesSince(Optional.empty())).extracting(FieldChange::field)
                .containsExactly("commitment", "title", "lead", "contributors", "deadline", "status", "progress");
        assertThat(circuit.changesSince(Optional.of(circuit))).isEmpty();
    }

    private static Action changed(Action a, ActionStatus status, Optional<String> reason, int progress) {
        return new Action(a.id(), a.version(), a.territory(), a.contract(), a.commitment(), a.title(), a.lead(), a.contributors(),
                a.deadline(), status, reason, progress, a.evidence(), a.provenance());
    }
}
