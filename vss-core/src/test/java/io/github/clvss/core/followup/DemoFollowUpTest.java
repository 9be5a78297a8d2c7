package io.github.clvss.core.followup;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clvss.core.shared.Provenance;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DemoFollowUpTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void after_the_first_year_the_living_years_give_one_late_action_some_done_and_some_upcoming() {
        DemoFollowUp.LivingYears living = DemoFollowUp.livingYears(TODAY);

        List<Action> all = Stream.concat(DemoFollowUp.actions().stream()
                        .map(a -> living.settled().stream().filter(s -> s.id().equals(a.id())).findFirst().orElse(a)),
                living.actions().stream()).toList();
        assertThat(all).filteredOn(a -> open(a) && a.deadline().orElseThrow().isBefore(TODAY)).singleElement()
                .satisfies(late -> assertThat(late.id()).isEqualTo(DemoFollowUp.LATE_ACTION))
                .satisfies(late -> assertThat(late.deadline()).contains(TODAY.minusWeeks(3)));
        assertThat(all).filteredOn(a -> open(a) && a.deadline().orElseThrow().isAfter(TODAY)).hasSize(2);
        assertThat(all).filteredOn(a -> a.status() == ActionStatus.DONE).hasSize(5);
        assertThat(living.actions()).allMatch(a -> a.provenance() == Provenance.DEMO).first()
                .extracting(Action::id).isEqualTo(DemoFollowUp.LIVING_MARK);
    }

    @Test
    void a_steering_committee_every_june_since_2025_keeps_the_yearly_meeting_and_the_next_meeting_is_ahead() {
        List<Meeting> meetings = DemoFollowUp.livingYears(TODAY).meetings();

        assertThat(meetings).filteredOn(m -> m.kind() == MeetingKind.STEERING_COMMITTEE)
                .extracting(Meeting::title).containsExactly("Comité de pilotage 2025", "Comité de pilotage 2026");
        assertThat(meetings).filteredOn(m -> m.start().toLocalDate().isAfter(TODAY)).singleElement()
                .satisfies(next -> assertThat(next.invitees()).allMatch(i -> i.attendance().isEmpty()));
        assertThat(meetings).extracting(Meeting::id).doesNotHaveDuplicates().doesNotContain(DemoFollowUp.STEERING_COMMITTEE_2024);
    }

    @Test
    void on_the_day_the_file_describes_nothing_is_added() {
        DemoFollowUp.LivingYears living = DemoFollowUp.livingYears(DemoFollowUp.STORY_DAY);

        assertThat(living.settled()).isEmpty();
        assertThat(living.actions()).isEmpty();
        assertThat(living.meetings()).isEmpty();
    }

    @Test
    void every_signatory_signs_after_the_approval_and_the_period_starts_at_the_last_signature() {
        assertThat(DemoFollowUp.signatures()).hasSize(8)
                .allSatisfy((partner, on) -> assertThat(on).isAfter(LocalDate.of(2023, 6, 6)));
        assertThat(DemoFollowUp.signatures().values().stream().max(LocalDate::compareTo)).contains(DemoFollowUp.IN_FORCE_FROM);
    }

    private static boolean open(Action a) {
        return a.status() == ActionStatus.PLANNED || a.status() == ActionStatus.IN_PROGRESS;
    }
}
