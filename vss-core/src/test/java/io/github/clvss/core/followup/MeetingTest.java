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
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MeetingTest {

    private final PartnerId townHall = PartnerId.next(CLOCK);
    private final PartnerId prefecture = PartnerId.next(CLOCK);
    private final PartnerId hospital = PartnerId.next(CLOCK);
    private final PartnerId association = PartnerId.next(CLOCK);
    private final List<PartnerId> signatories = List.of(townHall, prefecture, hospital);
    private final Meeting steering = Meeting.plan(CLOCK, TerritoryId.next(CLOCK), ContractId.next(CLOCK),
            MeetingKind.STEERING_COMMITTEE, "Comité de pilotage 2024", LocalDateTime.of(2024, 6, 13, 18, 0),
            LocalDateTime.of(2024, 6, 13, 20, 0), Optional.of("Hôtel de ville"), List.of("Bilan"),
            List.of(townHall, prefecture, hospital, association), List.of(), Provenance.ENTERED);

    @Test
    void an_institution_present_or_represented_attends_and_all_signatories_are_then_there() {
        Meeting held = steering.withAttendance(townHall, Attendance.PRESENT)
                .withAttendance(prefecture, Attendance.REPRESENTED)
                .withAttendance(hospital, Attendance.PRESENT)
                .withAttendance(association, Attendance.ABSENT);

        assertThat(held.missing(signatories)).isEmpty();
        assertThat(held.allAttended(signatories)).isTrue();
    }

    @Test
    void an_excused_or_absent_signatory_is_missing_and_so_is_one_whose_attendance_is_not_recorded() {
        Meeting held = steering.withAttendance(townHall, Attendance.PRESENT)
                .withAttendance(prefecture, Attendance.EXCUSED);

        assertThat(held.missing(signatories)).containsExactly(prefecture, hospital);
        assertThat(held.allAttended(signatories)).isFalse();
        assertThat(held.withAttendance(prefecture, Attendance.ABSENT).withAttendance(hospital, Attendance.PRESENT)
                .missing(signatories)).containsExactly(prefecture);
    }

    @Test
    void a_signatory_that_was_not_invited_is_missing_and_cannot_be_recorded_as_attending() {
        PartnerId parquet = PartnerId.next(CLOCK);

        assertThat(steering.missing(List.of(parquet))).containsExactly(parquet);
        assertThatThrownBy(() -> steering.withAttendance(parquet, Attendance.PRESENT))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::code).containsExactly("meeting.attendance.not-invited"));
    }

    @Test
    void a_contract_without_signatories_has_no_meeting_of_all_its_signatories() {
        assertThat(steering.allAttended(List.of())).isFalse();
        assertThat(new SignatoryAttendance(List.of(), List.of()).all()).isFalse();
    }

    @Test
    void a_meeting_ends_after_it_starts_and_invites_each_partner_once() {
        List<Problem> problems = Meeting.inconsistencies("Comité", LocalDateTime.of(2024, 6, 13, 18, 0),
                LocalDateTime.of(2024, 6, 13, 18, 0), Optional.of(""), List.of("Bilan", ""),
                List.of(Invitee.invited(townHall), Invitee.invited(townHall)), List.of(), Optional.empty(),
                List.of(new MeetingDecision("Décision", Optional.empty())), "meeting");

        assertThat(problems).extracting(p -> p.code() + "@" + p.path().orElseThrow()).containsExactly(
                "meeting.period.reversed@meeting.end", "meeting.place.invalid@meeting.place",
                "meeting.agenda.invalid@meeting.agenda[1]", "meeting.invitee.twice@meeting.invitees[1]");
    }

    @Test
    void a_decision_adds_to_the_meeting_and_one_action_comes_from_one_decision_only() {
        ActionId action = ActionId.next(CLOCK);
        Meeting decided = steering.withDecision(new MeetingDecision("Former les agents", Optional.of(action)));

        assertThat(decided.decisions()).extracting(MeetingDecision::action).containsExactly(Optional.of(action));
        assertThatThrownBy(() -> decided.withDecision(new MeetingDecision("Encore", Optional.of(action))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::code).containsExactly("meeting.decision.action-twice"));
    }
}
