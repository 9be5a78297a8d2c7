package io.github.clvss.core.contract;

import static io.github.clvss.core.contract.LifecycleFixture.COUNCIL;
import static io.github.clvss.core.contract.LifecycleFixture.MAYOR;
import static io.github.clvss.core.contract.LifecycleFixture.PREFECT;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.clvss.core.deliberation.DeliberationId;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LifecycleTest {

    private static final LocalDate START = LocalDate.of(2023, 7, 1);
    private static final LocalDate END = LocalDate.of(2026, 6, 30);

    @Test
    void a_contract_without_an_approval_is_a_draft_whatever_the_date() {
        Lifecycle draft = LifecycleFixture.draft().lifecycle();

        assertThat(draft.status(START.minusYears(1))).isEqualTo(ContractStatus.DRAFT);
        assertThat(draft.status(START)).isEqualTo(ContractStatus.DRAFT);
        assertThat(draft.status(END.plusDays(1))).isEqualTo(ContractStatus.DRAFT);
    }

    @Test
    void an_approved_contract_stays_approved_until_the_last_required_signature() {
        LifecycleFixture fixture = LifecycleFixture.draft().approved().signedBy(MAYOR, LocalDate.of(2023, 6, 5));

        assertThat(fixture.lifecycle().status(START.plusDays(10))).isEqualTo(ContractStatus.APPROVED);
        assertThat(fixture.lifecycle().signedOn()).isEmpty();

        Lifecycle signed = fixture.signedBy(PREFECT, LocalDate.of(2023, 6, 12)).lifecycle();
        assertThat(signed.signedOn()).contains(LocalDate.of(2023, 6, 12));
        assertThat(signed.status(LocalDate.of(2023, 6, 12))).isEqualTo(ContractStatus.SIGNED);
    }

    @Test
    void a_signed_contract_is_in_force_from_its_start_date_to_its_end_date_inclusive_then_expired() {
        Lifecycle signed = LifecycleFixture.draft().signed().lifecycle();

        assertThat(signed.status(START.minusDays(1))).isEqualTo(ContractStatus.SIGNED);
        assertThat(signed.status(START)).isEqualTo(ContractStatus.IN_FORCE);
        assertThat(signed.status(END)).isEqualTo(ContractStatus.IN_FORCE);
        assertThat(signed.status(END.plusDays(1))).isEqualTo(ContractStatus.EXPIRED);
    }

    @Test
    void without_a_start_date_a_contract_is_in_force_from_its_last_required_signature_and_never_expires() {
        Lifecycle signed = LifecycleFixture.undated().signed().lifecycle();

        assertThat(signed.status(LocalDate.of(2023, 6, 12))).isEqualTo(ContractStatus.IN_FORCE);
        assertThat(signed.status(LocalDate.of(2040, 1, 1))).isEqualTo(ContractStatus.IN_FORCE);
    }

    @Test
    void a_contract_nobody_must_sign_stays_approved() {
        Lifecycle approved = LifecycleFixture.withoutSignatories().approved().lifecycle();

        assertThat(approved.status(LocalDate.of(2024, 1, 1))).isEqualTo(ContractStatus.APPROVED);
    }

    @Test
    void a_terminated_contract_is_terminated_before_during_and_after_its_period() {
        Lifecycle terminated = LifecycleFixture.draft().signed().terminated(LocalDate.of(2024, 3, 1)).lifecycle();

        assertThat(terminated.status(LocalDate.of(2024, 3, 1))).isEqualTo(ContractStatus.TERMINATED);
        assertThat(terminated.status(END.plusYears(1))).isEqualTo(ContractStatus.TERMINATED);
    }

    @Test
    void an_amendment_keeps_the_contract_in_force_and_opens_a_new_text_version_to_sign() {
        DeliberationId avenant = new DeliberationId(UUID.randomUUID());
        Lifecycle amended = LifecycleFixture.draft().signed().amended(avenant, LocalDate.of(2024, 9, 26))
                .signedBy(MAYOR, LocalDate.of(2024, 10, 1)).lifecycle();

        assertThat(amended.status(LocalDate.of(2024, 10, 2))).isEqualTo(ContractStatus.IN_FORCE);
        assertThat(amended.textVersion()).isEqualTo(2);
        assertThat(amended.textVersionApprovedOn()).contains(LocalDate.of(2024, 9, 26));
        assertThat(amended.signatures(2)).containsOnlyKeys(MAYOR);
        assertThat(amended.signatures(1)).containsOnlyKeys(MAYOR, PREFECT);
        assertThat(amended.deliberations()).containsExactly(LifecycleFixture.DELIBERATION, avenant);
        assertThat(LifecycleFixture.draft().approved().lifecycle().textVersionApprovedOn()).contains(COUNCIL);
    }
}
