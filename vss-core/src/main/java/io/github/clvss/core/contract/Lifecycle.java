package io.github.clvss.core.contract;

import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.deliberation.DeliberationId;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A contract with the acts recorded on it and the partners required to sign it: everything
 * its status is derived from.
 *
 * <p>The rules: no approval, a draft; approved, until every required signatory has signed the
 * approved text (version 1) — the last required signature makes it signed; signed, it is in
 * force from its start date (or, without one, from the last required signature) and expired
 * after its end date; terminated, whatever the rest. Amendments do not change the status:
 * their signatures are progress on the new text version, and the contract stays in force.
 *
 * @param contract the contract
 * @param acts its acts, in the order they were recorded
 * @param requiredSignatories the partners required to sign (the contract's signatory partners)
 * @param renews the contract this one renews, if it is a renewal
 */
public record Lifecycle(Contract contract, List<ContractAct> acts, Set<PartnerId> requiredSignatories,
        Optional<ContractId> renews) {

    public Lifecycle {
        Objects.requireNonNull(contract, "contract");
        acts = List.copyOf(acts);
        requiredSignatories = Set.copyOf(requiredSignatories);
        Objects.requireNonNull(renews, "renews");
    }

    /** The approval by the council, once recorded. */
    public Optional<ContractAct.Approved> approval() {
        return only(ContractAct.Approved.class).stream().findFirst();
    }

    /** The termination, once recorded. */
    public Optional<ContractAct.Terminated> termination() {
        return only(ContractAct.Terminated.class).stream().findFirst();
    }

    /** The amendments, oldest first. */
    public List<ContractAct.Amended> amendments() {
        return only(ContractAct.Amended.class);
    }

    /** The contract that renews this one, once drafted. */
    public Optional<ContractId> renewedBy() {
        return only(ContractAct.Renewed.class).stream().findFirst().map(ContractAct.Renewed::successor);
    }

    /** The current text version: 1, plus one per amendment. */
    public int textVersion() {
        return 1 + amendments().size();
    }

    /** When the current text version was approved: the approval's or the last amendment's date. */
    public Optional<LocalDate> textVersionApprovedOn() {
        List<ContractAct.Amended> amendments = amendments();
        return amendments.isEmpty() ? approval().map(ContractAct.Approved::on) : Optional.of(amendments.getLast().on());
    }

    /** Every deliberation that approved this contract or one of its amendments. */
    public Set<DeliberationId> deliberations() {
        Set<DeliberationId> all = new LinkedHashSet<>();
        approval().ifPresent(a -> all.add(a.deliberation()));
        amendments().forEach(a -> all.add(a.deliberation()));
        return all;
    }

    /** Who signed a text version, and when, in the order of the signatures' recording. */
    public Map<PartnerId, LocalDate> signatures(int version) {
        Map<PartnerId, LocalDate> signatures = new LinkedHashMap<>();
        only(ContractAct.Signed.class).stream().filter(s -> s.textVersion() == version)
                .forEach(s -> signatures.putIfAbsent(s.partner(), s.on()));
        return signatures;
    }

    /**
     * The date of the last required signature of the approved text, once every required
     * signatory has signed it; none while a signature is missing or nobody is required to sign.
     */
    public Optional<LocalDate> signedOn() {
        if (approval().isEmpty() || requiredSignatories.isEmpty()) {
            return Optional.empty();
        }
        Map<PartnerId, LocalDate> signatures = signatures(1);
        if (!signatures.keySet().containsAll(requiredSignatories)) {
            return Optional.empty();
        }
        return requiredSignatories.stream().map(signatures::get).max(Comparator.naturalOrder());
    }

    /** The status on {@code today}. */
    public ContractStatus status(LocalDate today) {
        if (termination().isPresent()) {
            return ContractStatus.TERMINATED;
        }
        if (approval().isEmpty()) {
            return ContractStatus.DRAFT;
        }
        Optional<LocalDate> signed = signedOn();
        if (signed.isEmpty()) {
            return ContractStatus.APPROVED;
        }
        if (contract.endDate().filter(today::isAfter).isPresent()) {
            return ContractStatus.EXPIRED;
        }
        LocalDate inForceFrom = contract.startDate().orElse(signed.get());
        return today.isBefore(inForceFrom) ? ContractStatus.SIGNED : ContractStatus.IN_FORCE;
    }

    private <T extends ContractAct> List<T> only(Class<T> kind) {
        return acts.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
