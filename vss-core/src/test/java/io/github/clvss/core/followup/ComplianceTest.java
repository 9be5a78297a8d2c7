package io.github.clvss.core.followup;

import static io.github.clvss.core.Fixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.shared.InvalidInputException;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Provenance;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ComplianceTest {

    private static final Period THIRTY_DAYS = Period.ofDays(30);
    private final Obligation yearly = Obligation.yearlyMeetingOfSignatories(TerritoryId.next(CLOCK), ContractId.next(CLOCK),
            "1.1", LocalDate.of(2023, 6, 1), Provenance.ENTERED);
    private final Optional<LocalDate> lastMeeting = Optional.of(LocalDate.of(2024, 6, 13));

    @Test
    void thirteen_months_after_the_last_yearly_meeting_the_obligation_is_overdue() {
        Compliance compliance = Compliance.on(yearly, lastMeeting, LocalDate.of(2025, 7, 13), THIRTY_DAYS);

        assertThat(compliance.status()).isEqualTo(ComplianceStatus.OVERDUE);
        assertThat(compliance.due()).isEqualTo(LocalDate.of(2025, 6, 13));
        assertThat(compliance.lastFulfilled()).isEqualTo(lastMeeting);
    }

    @Test
    void it_is_met_until_the_window_before_the_due_date_then_due_soon_up_to_the_due_date_itself() {
        assertThat(Compliance.on(yearly, lastMeeting, LocalDate.of(2025, 5, 13), THIRTY_DAYS).status())
                .isEqualTo(ComplianceStatus.MET);
        assertThat(Compliance.on(yearly, lastMeeting, LocalDate.of(2025, 5, 14), THIRTY_DAYS).status())
                .isEqualTo(ComplianceStatus.DUE_SOON);
        assertThat(Compliance.on(yearly, lastMeeting, LocalDate.of(2025, 6, 13), THIRTY_DAYS).status())
                .isEqualTo(ComplianceStatus.DUE_SOON);
        assertThat(Compliance.on(yearly, lastMeeting, LocalDate.of(2025, 6, 14), THIRTY_DAYS).status())
                .isEqualTo(ComplianceStatus.OVERDUE);
    }

    @Test
    void the_window_is_configurable() {
        LocalDate twoMonthsBefore = LocalDate.of(2025, 4, 13);

        assertThat(Compliance.on(yearly, lastMeeting, twoMonthsBefore, THIRTY_DAYS).status()).isEqualTo(ComplianceStatus.MET);
        assertThat(Compliance.on(yearly, lastMeeting, twoMonthsBefore, Period.ofMonths(3)).status())
                .isEqualTo(ComplianceStatus.DUE_SOON);
    }

    @Test
    void before_any_meeting_the_first_period_runs_from_the_day_the_obligation_is_counted_from() {
        Compliance firstYear = Compliance.on(yearly, Optional.empty(), LocalDate.of(2024, 1, 1), THIRTY_DAYS);
        Compliance never = Compliance.on(yearly, Optional.empty(), LocalDate.of(2024, 6, 2), THIRTY_DAYS);

        assertThat(firstYear.status()).isEqualTo(ComplianceStatus.MET);
        assertThat(firstYear.due()).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(never.status()).isEqualTo(ComplianceStatus.OVERDUE);
    }

    @Test
    void a_meeting_before_the_day_the_obligation_is_counted_from_does_not_bring_the_due_date_forward() {
        Compliance compliance = Compliance.on(yearly, Optional.of(LocalDate.of(2023, 1, 10)), LocalDate.of(2024, 1, 1),
                THIRTY_DAYS);

        assertThat(compliance.due()).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(compliance.status()).isEqualTo(ComplianceStatus.MET);
    }

    @Test
    void an_obligation_comes_back_every_one_to_a_hundred_and_twenty_months() {
        assertThatThrownBy(() -> new Obligation(yearly.territory(), yearly.contract(), "1.1",
                ObligationKind.MEETING_OF_SIGNATORIES, 0, LocalDate.of(2023, 6, 1), Provenance.ENTERED))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::code).containsExactly("obligation.every.range"));
        Obligation halfYearly = new Obligation(yearly.territory(), yearly.contract(), "1.1",
                ObligationKind.MEETING_OF_SIGNATORIES, 6, LocalDate.of(2023, 6, 1), Provenance.ENTERED);
        assertThat(Compliance.on(halfYearly, lastMeeting, LocalDate.of(2025, 1, 1), THIRTY_DAYS).status())
                .isEqualTo(ComplianceStatus.OVERDUE);
    }
}
