package io.github.clvss.core.contract;

import static io.github.clvss.core.contract.LifecycleFixture.ASSOCIATION;
import static io.github.clvss.core.contract.LifecycleFixture.COUNCIL;
import static io.github.clvss.core.contract.LifecycleFixture.DELIBERATION;
import static io.github.clvss.core.contract.LifecycleFixture.MAYOR;
import static io.github.clvss.core.contract.LifecycleFixture.PREFECT;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.clvss.core.DemoContractText;
import io.github.clvss.core.deliberation.DeliberationId;
import java.time.LocalDate;
import java.util.UUID;
import org.assertj.core.api.ObjectAssert;
import org.junit.jupiter.api.Test;

class LifecyclePolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 11, 27);
    private static final ContractText TEXT = DemoContractText.boulogne();
    private static final DeliberationId AVENANT = new DeliberationId(UUID.fromString("018875f8-8001-7000-8000-000000000002"));

    @Test
    void the_text_of_a_draft_may_be_written_and_that_of_an_approved_contract_only_through_an_amendment() {
        assertThat(LifecyclePolicy.writeText(LifecycleFixture.draft().lifecycle()).allowed()).isTrue();
        refused(LifecyclePolicy.writeText(LifecycleFixture.draft().approved().lifecycle()), "contract.text.not-draft",
                LifecycleDecision.Cause.STATE);
        refused(LifecyclePolicy.writeText(LifecycleFixture.draft().signed().lifecycle()), "contract.text.not-draft",
                LifecycleDecision.Cause.STATE);
    }

    @Test
    void only_a_draft_with_a_text_is_approved_on_a_day_not_after_today() {
        Lifecycle draft = LifecycleFixture.draft().lifecycle();

        assertThat(LifecyclePolicy.approve(draft, TEXT, COUNCIL, TODAY).allowed()).isTrue();
        assertThat(LifecyclePolicy.approve(draft, TEXT, TODAY, TODAY).allowed()).isTrue();
        refused(LifecyclePolicy.approve(draft, TEXT, TODAY.plusDays(1), TODAY), "contract.act.in-future",
                LifecycleDecision.Cause.INPUT);
        refused(LifecyclePolicy.approve(draft, ContractText.EMPTY, COUNCIL, TODAY), "contract.approve.no-text",
                LifecycleDecision.Cause.INPUT);
        refused(LifecyclePolicy.approve(LifecycleFixture.draft().approved().lifecycle(), TEXT, COUNCIL, TODAY),
                "contract.approve.not-draft", LifecycleDecision.Cause.STATE);
        refused(LifecyclePolicy.approve(LifecycleFixture.draft().signed().lifecycle(), TEXT, COUNCIL, TODAY),
                "contract.approve.not-draft", LifecycleDecision.Cause.STATE);
    }

    @Test
    void a_required_signatory_signs_an_approved_contract_once_not_before_the_approval_nor_after_today() {
        Lifecycle approved = LifecycleFixture.draft().approved().lifecycle();

        assertThat(LifecyclePolicy.sign(approved, MAYOR, COUNCIL, TODAY).allowed()).isTrue();
        assertThat(LifecyclePolicy.sign(approved, PREFECT, TODAY, TODAY).allowed()).isTrue();
        refused(LifecyclePolicy.sign(LifecycleFixture.draft().lifecycle(), MAYOR, COUNCIL, TODAY),
                "contract.sign.not-approved", LifecycleDecision.Cause.STATE);
        refused(LifecyclePolicy.sign(approved, ASSOCIATION, COUNCIL, TODAY), "contract.sign.not-required",
                LifecycleDecision.Cause.INPUT);
        refused(LifecyclePolicy.sign(approved, MAYOR, COUNCIL.minusDays(1), TODAY), "contract.sign.before-approval",
                LifecycleDecision.Cause.INPUT);
        refused(LifecyclePolicy.sign(approved, MAYOR, TODAY.plusDays(1), TODAY), "contract.act.in-future",
                LifecycleDecision.Cause.INPUT);
        Lifecycle signedByTheMayor = LifecycleFixture.draft().approved().signedBy(MAYOR, COUNCIL).lifecycle();
        assertThat(refused(LifecyclePolicy.sign(signedByTheMayor, MAYOR, TODAY, TODAY), "contract.sign.twice",
                LifecycleDecision.Cause.STATE).arguments()).containsExactly("1", "2023-06-01");
    }

    @Test
    void after_an_amendment_each_signatory_signs_the_new_version_once_not_before_the_amendment() {
        LocalDate avenantDay = LocalDate.of(2024, 9, 26);
        Lifecycle amended = LifecycleFixture.draft().signed().amended(AVENANT, avenantDay).lifecycle();

        assertThat(LifecyclePolicy.sign(amended, MAYOR, avenantDay, TODAY).allowed()).isTrue();
        refused(LifecyclePolicy.sign(amended, MAYOR, avenantDay.minusDays(1), TODAY), "contract.sign.before-approval",
                LifecycleDecision.Cause.INPUT);
        Lifecycle resigned = LifecycleFixture.draft().signed().amended(AVENANT, avenantDay).signedBy(MAYOR, avenantDay)
                .lifecycle();
        refused(LifecyclePolicy.sign(resigned, MAYOR, TODAY, TODAY), "contract.sign.twice", LifecycleDecision.Cause.STATE);
    }

    @Test
    void a_terminated_contract_takes_no_more_act() {
        Lifecycle terminated = LifecycleFixture.draft().signed().terminated(LocalDate.of(2024, 3, 1)).lifecycle();

        refused(LifecyclePolicy.sign(terminated, MAYOR, TODAY, TODAY), "contract.terminated", LifecycleDecision.Cause.STATE);
        refused(LifecyclePolicy.approve(terminated, TEXT, TODAY, TODAY), "contract.terminated", LifecycleDecision.Cause.STATE);
        refused(LifecyclePolicy.terminate(terminated, TODAY, "Encore", TODAY), "contract.terminated",
                LifecycleDecision.Cause.STATE);
        refused(LifecyclePolicy.amend(terminated, AVENANT, TODAY, TODAY), "contract.terminated",
                LifecycleDecision.Cause.STATE);
    }

    @Test
    void termination_needs_a_reason_and_an_approved_contract_and_a_date_between_the_approval_and_today() {
        Lifecycle approved = LifecycleFixture.draft().approved().lifecycle();

        assertThat(LifecyclePolicy.terminate(approved, COUNCIL, "Dissolution du CLSPD", TODAY).allowed()).isTrue();
        assertThat(LifecyclePolicy.terminate(LifecycleFixture.draft().signed().lifecycle(), TODAY, "Fusion", TODAY)
                .allowed()).isTrue();
        refused(LifecyclePolicy.terminate(approved, TODAY, " ", TODAY), "contract.terminate.reason-missing",
                LifecycleDecision.Cause.INPUT);
        refused(LifecyclePolicy.terminate(approved, TODAY, "x".repeat(LifecyclePolicy.REASON_MAX + 1), TODAY),
                "contract.terminate.reason-missing", LifecycleDecision.Cause.INPUT);
        refused(LifecyclePolicy.terminate(LifecycleFixture.draft().lifecycle(), TODAY, "Abandon", TODAY),
                "contract.terminate.not-approved", LifecycleDecision.Cause.STATE);
        refused(LifecyclePolicy.terminate(approved, COUNCIL.minusDays(1), "Erreur", TODAY),
                "contract.terminate.before-approval", LifecycleDecision.Cause.INPUT);
        refused(LifecyclePolicy.terminate(approved, TODAY.plusDays(1), "Plus tard", TODAY), "contract.act.in-future",
                LifecycleDecision.Cause.INPUT);
    }

    @Test
    void only_a_signed_or_in_force_contract_is_amended_by_a_deliberation_of_its_own() {
        Lifecycle inForce = LifecycleFixture.draft().signed().lifecycle();
        LocalDate day = LocalDate.of(2024, 9, 26);

        assertThat(inForce.status(day)).isEqualTo(ContractStatus.IN_FORCE);
        assertThat(LifecyclePolicy.amend(inForce, AVENANT, day, day).allowed()).isTrue();
        assertThat(LifecyclePolicy.amend(inForce, AVENANT, LocalDate.of(2023, 6, 20), LocalDate.of(2023, 6, 20))
                .allowed()).as("signed, before its start").isTrue();
        refused(LifecyclePolicy.amend(inForce, DELIBERATION, day, day), "contract.amend.same-deliberation",
                LifecycleDecision.Cause.INPUT);
        refused(LifecyclePolicy.amend(LifecycleFixture.draft().lifecycle(), AVENANT, day, day), "contract.amend.not-signed",
                LifecycleDecision.Cause.STATE);
        refused(LifecyclePolicy.amend(LifecycleFixture.draft().approved().lifecycle(), AVENANT, day, day),
                "contract.amend.not-signed", LifecycleDecision.Cause.STATE);
        refused(LifecyclePolicy.amend(inForce, AVENANT, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 2)),
                "contract.amend.not-signed", LifecycleDecision.Cause.STATE);
        refused(LifecyclePolicy.amend(inForce, AVENANT, COUNCIL.minusDays(1), day), "contract.amend.before-current",
                LifecycleDecision.Cause.INPUT);
        refused(LifecyclePolicy.amend(inForce, AVENANT, day.plusDays(1), day), "contract.act.in-future",
                LifecycleDecision.Cause.INPUT);
        Lifecycle amended = LifecycleFixture.draft().signed().amended(AVENANT, day).lifecycle();
        refused(LifecyclePolicy.amend(amended, AVENANT, day, day), "contract.amend.same-deliberation",
                LifecycleDecision.Cause.INPUT);
        refused(LifecyclePolicy.amend(amended, new DeliberationId(UUID.randomUUID()), day.minusDays(1), day),
                "contract.amend.before-current", LifecycleDecision.Cause.INPUT);
    }

    @Test
    void a_signed_contract_is_renewed_once_and_a_contract_never_signed_is_not() {
        assertThat(LifecyclePolicy.renew(LifecycleFixture.draft().signed().lifecycle()).allowed()).isTrue();
        assertThat(LifecyclePolicy.renew(LifecycleFixture.draft().signed().terminated(TODAY).lifecycle()).allowed()).isTrue();
        refused(LifecyclePolicy.renew(LifecycleFixture.draft().lifecycle()), "contract.renew.not-signed",
                LifecycleDecision.Cause.STATE);
        refused(LifecyclePolicy.renew(LifecycleFixture.draft().approved().signedBy(MAYOR, COUNCIL).lifecycle()),
                "contract.renew.not-signed", LifecycleDecision.Cause.STATE);
        refused(LifecyclePolicy.renew(LifecycleFixture.draft().signed().renewed().lifecycle()), "contract.renew.twice",
                LifecycleDecision.Cause.STATE);
    }

    @Test
    void no_act_makes_a_signed_contract_a_draft_again() {
        Lifecycle signed = LifecycleFixture.draft().signed().lifecycle();
        LocalDate day = LocalDate.of(2024, 9, 26);

        refused(LifecyclePolicy.approve(signed, TEXT, day, day), "contract.approve.not-draft", LifecycleDecision.Cause.STATE);
        refused(LifecyclePolicy.writeText(signed), "contract.text.not-draft", LifecycleDecision.Cause.STATE);
        Lifecycle amended = LifecycleFixture.draft().signed().amended(AVENANT, day).lifecycle();
        Lifecycle terminated = LifecycleFixture.draft().signed().terminated(day).lifecycle();
        for (Lifecycle later : java.util.List.of(signed, amended, terminated)) {
            for (LocalDate when : java.util.List.of(COUNCIL, day, LocalDate.of(2030, 1, 1))) {
                assertThat(later.status(when)).isNotIn(ContractStatus.DRAFT, ContractStatus.APPROVED);
            }
        }
    }

    private static LifecycleDecision.Refused refused(LifecycleDecision decision, String reason,
            LifecycleDecision.Cause cause) {
        ObjectAssert<LifecycleDecision> check = assertThat(decision);
        check.isInstanceOf(LifecycleDecision.Refused.class);
        LifecycleDecision.Refused refused = (LifecycleDecision.Refused) decision;
        assertThat(refused.reason()).isEqualTo(reason);
        assertThat(refused.cause()).isEqualTo(cause);
        assertThat(refused.problem().code()).isEqualTo(reason);
        return refused;
    }
}
