package io.github.clvss.core.contract;

import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.deliberation.DeliberationId;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * Whether an act may be recorded on a contract, given its {@link Lifecycle} and today's date:
 * small pure functions returning a {@link LifecycleDecision} with the reason of a refusal.
 *
 * <p>No act is dated after today. No act makes a contract a draft again. Once approved, the
 * text changes only through an amendment. Nothing is recorded on a terminated contract.
 */
public final class LifecyclePolicy {

    /** Longest accepted reason for a termination. */
    public static final int REASON_MAX = 2000;

    private static final LifecycleDecision ALLOWED = new LifecycleDecision.Allowed();

    private LifecyclePolicy() {
    }

    /** Writing the text: a draft only (afterwards, through an amendment). */
    public static LifecycleDecision writeText(Lifecycle lifecycle) {
        if (lifecycle.approval().isPresent()) {
            return state("contract.text.not-draft");
        }
        return ALLOWED;
    }

    /**
     * Approving by a deliberation of {@code on}: a draft only, with a text that has at least one
     * axis, on a date not after today.
     */
    public static LifecycleDecision approve(Lifecycle lifecycle, ContractText text, LocalDate on, LocalDate today) {
        if (lifecycle.termination().isPresent()) {
            return state("contract.terminated");
        }
        if (lifecycle.approval().isPresent()) {
            return state("contract.approve.not-draft", lifecycle.approval().get().on());
        }
        if (text.axes().isEmpty()) {
            return input("contract.approve.no-text");
        }
        return notAfter(on, today);
    }

    /**
     * Signing the current text version for {@code partner}: only once approved, only a required
     * signatory, once per version, not before that version's approval nor after today.
     */
    public static LifecycleDecision sign(Lifecycle lifecycle, PartnerId partner, LocalDate on, LocalDate today) {
        if (lifecycle.termination().isPresent()) {
            return state("contract.terminated");
        }
        Optional<LocalDate> approvedOn = lifecycle.textVersionApprovedOn();
        if (approvedOn.isEmpty()) {
            return state("contract.sign.not-approved");
        }
        if (!lifecycle.requiredSignatories().contains(partner)) {
            return input("contract.sign.not-required", partner);
        }
        int version = lifecycle.textVersion();
        LocalDate signed = lifecycle.signatures(version).get(partner);
        if (signed != null) {
            return state("contract.sign.twice", version, signed);
        }
        if (on.isBefore(approvedOn.get())) {
            return input("contract.sign.before-approval", on, approvedOn.get());
        }
        return notAfter(on, today);
    }

    /**
     * Terminating on {@code on} for {@code reason}: a reason is required, the contract at least
     * approved and not terminated yet, the date neither before the approval nor after today.
     */
    public static LifecycleDecision terminate(Lifecycle lifecycle, LocalDate on, String reason, LocalDate today) {
        if (reason.isBlank() || reason.length() > REASON_MAX) {
            return input("contract.terminate.reason-missing", REASON_MAX);
        }
        if (lifecycle.termination().isPresent()) {
            return state("contract.terminated");
        }
        if (lifecycle.approval().isEmpty()) {
            return state("contract.terminate.not-approved");
        }
        LocalDate approvedOn = lifecycle.approval().get().on();
        if (on.isBefore(approvedOn)) {
            return input("contract.terminate.before-approval", on, approvedOn);
        }
        return notAfter(on, today);
    }

    /**
     * Amending by a deliberation of {@code on}: a signed or in-force contract only, by a
     * deliberation of its own (not one that approved the contract or an earlier amendment),
     * dated neither before the current text's approval nor after today.
     */
    public static LifecycleDecision amend(Lifecycle lifecycle, DeliberationId deliberation, LocalDate on,
            LocalDate today) {
        ContractStatus status = lifecycle.status(today);
        if (status == ContractStatus.TERMINATED) {
            return state("contract.terminated");
        }
        if (status != ContractStatus.SIGNED && status != ContractStatus.IN_FORCE) {
            return state("contract.amend.not-signed", status);
        }
        if (lifecycle.deliberations().contains(deliberation)) {
            return input("contract.amend.same-deliberation", deliberation);
        }
        LocalDate current = lifecycle.textVersionApprovedOn().orElseThrow();
        if (on.isBefore(current)) {
            return input("contract.amend.before-current", on, current);
        }
        return notAfter(on, today);
    }

    /** Renewing: a contract that was signed (in force, expired or terminated since), once. */
    public static LifecycleDecision renew(Lifecycle lifecycle) {
        if (lifecycle.renewedBy().isPresent()) {
            return state("contract.renew.twice", lifecycle.renewedBy().get());
        }
        if (lifecycle.signedOn().isEmpty()) {
            return state("contract.renew.not-signed");
        }
        return ALLOWED;
    }

    /**
     * Whether a deliberation can approve a contract (or its amendment) of {@code territory} on
     * {@code on}: it is the territory's, taken on that day, states the deliberation adopted,
     * and the checks of the CGCT find no error in it.
     *
     * @param deliberation the deliberation, if it exists
     * @param territory the contract's territory and its facts (for the checks)
     */
    public static LifecycleDecision approvedBy(java.util.Optional<io.github.clvss.core.deliberation.Deliberation> deliberation,
            io.github.clvss.core.territory.Territory territory, LocalDate on) {
        if (deliberation.isEmpty() || !deliberation.get().territory().equals(territory.id())) {
            return input("contract.deliberation.unknown");
        }
        var d = deliberation.get();
        if (d.session().date().filter(on::equals).isEmpty()) {
            return input("contract.deliberation.other-day", on, d.session().date().map(Object::toString).orElse("?"));
        }
        if (d.result().filter(r -> r == io.github.clvss.core.deliberation.Deliberation.Result.ADOPTED).isEmpty()) {
            return input("contract.deliberation.not-adopted");
        }
        long errors = io.github.clvss.core.deliberation.DeliberationCheck.check(d, territory.facts()).stream()
                .filter(io.github.clvss.core.deliberation.Finding::isError).count();
        if (errors > 0) {
            return input("contract.deliberation.invalid", errors);
        }
        return ALLOWED;
    }

    private static LifecycleDecision notAfter(LocalDate on, LocalDate today) {
        return on.isAfter(today) ? input("contract.act.in-future", on, today) : ALLOWED;
    }

    private static LifecycleDecision state(String reason, Object... arguments) {
        return refused(reason, LifecycleDecision.Cause.STATE, arguments);
    }

    private static LifecycleDecision input(String reason, Object... arguments) {
        return refused(reason, LifecycleDecision.Cause.INPUT, arguments);
    }

    private static LifecycleDecision refused(String reason, LifecycleDecision.Cause cause, Object... arguments) {
        return new LifecycleDecision.Refused(reason, Arrays.stream(arguments).map(String::valueOf).toList(), cause);
    }
}
