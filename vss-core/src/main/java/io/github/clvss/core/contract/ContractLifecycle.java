package io.github.clvss.core.contract;

import io.github.clvss.core.access.AccessPolicy;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.deliberation.DeliberationId;
import io.github.clvss.core.journal.Act;
import io.github.clvss.core.journal.Acts;
import io.github.clvss.core.shared.ConflictException;
import io.github.clvss.core.shared.InvalidInputException;
import io.github.clvss.core.shared.NotFoundException;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Provenance;
import io.github.clvss.core.shared.Transactions;
import io.github.clvss.core.shared.Versions;
import io.github.clvss.core.territory.Territories;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * A contract's text and life: the coordinator writes the draft's text, then records the acts
 * — approval by a deliberation, each signature, amendments, termination, renewal — each one
 * checked by {@link LifecyclePolicy}; anyone with a grant on the territory reads the text, the
 * acts, the history and the signatures' progress. The status is derived, never stored, with
 * today's date in the territory's time zone.
 *
 * <p>A refused act throws {@link ConflictException} when the contract's state stands in the
 * way, {@link InvalidInputException} when the act's facts are wrong, with the policy's reason;
 * the refusal is journaled.
 */
public final class ContractLifecycle {

    private final Contracts contracts;
    private final ContractTexts texts;
    private final ContractActs history;
    private final SignatoryPartners signatories;
    private final io.github.clvss.core.deliberation.Deliberations deliberations;
    private final Territories territories;
    private final Transactions transactions;
    private final Acts acts;
    private final Clock clock;

    /**
     * @param contracts where contracts are kept
     * @param texts where their texts are kept
     * @param history where their acts are kept
     * @param signatories who must sign each contract
     * @param deliberations the deliberations that approve contracts and amendments
     * @param territories for each territory's time zone
     * @param transactions the transaction boundary
     * @param acts access checks and journal
     * @param clock today's date
     */
    public ContractLifecycle(Contracts contracts, ContractTexts texts, ContractActs history,
            SignatoryPartners signatories, io.github.clvss.core.deliberation.Deliberations deliberations,
            Territories territories, Transactions transactions, Acts acts, Clock clock) {
        this.contracts = Objects.requireNonNull(contracts, "contracts");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.history = Objects.requireNonNull(history, "history");
        this.signatories = Objects.requireNonNull(signatories, "signatories");
        this.deliberations = Objects.requireNonNull(deliberations, "deliberations");
        this.territories = Objects.requireNonNull(territories, "territories");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.acts = Objects.requireNonNull(acts, "acts");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The current text (the draft's, or the last approved version's); empty when none is written. */
    public ContractText text(Actor actor, ContractId id) {
        Contract contract = readable(actor, id);
        SortedMap<Integer, ContractText> all = texts.all(contract.id());
        return all.isEmpty() ? ContractText.EMPTY : all.get(all.lastKey());
    }

    /**
     * Writes a draft's text, if nobody changed the contract since {@code expectedVersion}; the
     * contract's new version is returned. Refused once the contract is approved.
     */
    public Contract writeText(Actor actor, ContractId id, long expectedVersion, ContractText text) {
        java.util.function.Function<Contract, Act> act =
                contract -> Act.on("contract.write-text", ContractManagement.RECORD, id, contract.territory());
        return acts.performOn(actor, () -> find(id), act,
                contract -> AccessPolicy.changeTerritory(actor, contract.territory()), contract -> {
                    Versions.expect(contract.version(), expectedVersion, ContractManagement.RECORD, id);
                    enforce(actor, act.apply(contract), LifecyclePolicy.writeText(lifecycleOf(contract)));
                    valid(text);
                    texts.put(id, 1, text);
                    return contracts.update(contract);
                });
    }

    /** Records the council's approval of a draft, by {@code deliberation} of {@code on}. */
    public Lifecycle approve(Actor actor, ContractId id, DeliberationId deliberation, LocalDate on) {
        return change(actor, id, "contract.approve", (lifecycle, today) -> {
            ContractText text = texts.find(id, 1).orElse(ContractText.EMPTY);
            LifecycleDecision decision = LifecyclePolicy.approve(lifecycle, text, on, today);
            if (decision.allowed()) {
                decision = approving(lifecycle.contract(), deliberation, on);
            }
            if (decision.allowed()) {
                valid(text);
            }
            return decision;
        }, new ContractAct.Approved(deliberation, on));
    }

    private LifecycleDecision approving(Contract contract, DeliberationId deliberation, LocalDate on) {
        io.github.clvss.core.territory.Territory territory = territories.find(contract.territory()).orElseThrow();
        return LifecyclePolicy.approvedBy(deliberations.find(deliberation), territory, on);
    }

    /** Records {@code partner}'s signature of the current text version, dated {@code on}. */
    public Lifecycle sign(Actor actor, ContractId id, PartnerId partner, LocalDate on) {
        return change(actor, id, "contract.sign",
                (lifecycle, today) -> LifecyclePolicy.sign(lifecycle, partner, on, today),
                lifecycle -> new ContractAct.Signed(partner, on, lifecycle.textVersion()));
    }

    /** Records the contract's termination on {@code on}, for {@code reason}. */
    public Lifecycle terminate(Actor actor, ContractId id, LocalDate on, String reason) {
        return change(actor, id, "contract.terminate",
                (lifecycle, today) -> LifecyclePolicy.terminate(lifecycle, on, reason, today),
                new ContractAct.Terminated(on, reason.strip()));
    }

    /**
     * Records an amendment (avenant) approved by {@code deliberation} of {@code on}: {@code text}
     * becomes the contract's next text version, which the signatories then sign.
     */
    public Lifecycle amend(Actor actor, ContractId id, DeliberationId deliberation, LocalDate on, ContractText text) {
        return change(actor, id, "contract.amend", (lifecycle, today) -> {
            LifecycleDecision decision = LifecyclePolicy.amend(lifecycle, deliberation, on, today);
            if (decision.allowed()) {
                decision = approving(lifecycle.contract(), deliberation, on);
            }
            if (decision.allowed()) {
                valid(text);
                texts.put(id, lifecycle.textVersion() + 1, text);
            }
            return decision;
        }, lifecycle -> new ContractAct.Amended(deliberation, on, lifecycle.textVersion() + 1));
    }

    /**
     * Renews a signed contract: a new draft contract of the same territory, with {@code title}
     * and period, starting from the current text and linked to this one.
     *
     * @return the new contract
     */
    public Contract renew(Actor actor, ContractId id, String title, Optional<LocalDate> startDate,
            Optional<LocalDate> endDate) {
        return transactions.inTransaction(() -> {
            Contract contract = find(id);
            Act act = Act.on("contract.renew", ContractManagement.RECORD, id, contract.territory());
            acts.refuseUnless(AccessPolicy.changeTerritory(actor, contract.territory()), actor, act);
            Lifecycle lifecycle = lifecycleOf(contract);
            enforce(actor, act, LifecyclePolicy.renew(lifecycle));
            Contract successor = contracts.add(Contract.draft(clock, contract.territory(), title, startDate, endDate,
                    Provenance.ENTERED));
            texts.find(id, lifecycle.textVersion()).ifPresent(text -> texts.put(successor.id(), 1, text));
            history.append(id, new ContractAct.Renewed(successor.id(), today(contract)));
            contracts.update(contract);
            acts.record(actor, act);
            acts.record(actor, Act.on("contract.create", ContractManagement.RECORD, successor.id(), successor.territory()));
            return successor;
        });
    }

    /** The contract with its acts and required signatories. */
    public Lifecycle lifecycle(Actor actor, ContractId id) {
        return lifecycleOf(readable(actor, id));
    }

    /** The contract's status today. */
    public ContractStatus status(Actor actor, ContractId id) {
        Contract contract = readable(actor, id);
        return lifecycleOf(contract).status(today(contract));
    }

    /** The contract's acts, in the order they were recorded. */
    public List<ContractAct> acts(Actor actor, ContractId id) {
        return history.of(readable(actor, id).id());
    }

    /** Every version of the text, oldest first, each with the deliberation that approved it. */
    public List<TextVersion> textHistory(Actor actor, ContractId id) {
        Contract contract = readable(actor, id);
        Lifecycle lifecycle = lifecycleOf(contract);
        List<TextVersion> versions = new ArrayList<>();
        for (Map.Entry<Integer, ContractText> entry : texts.all(id).entrySet()) {
            int number = entry.getKey();
            Optional<ContractAct> approving = number == 1
                    ? lifecycle.approval().map(ContractAct.class::cast)
                    : lifecycle.amendments().stream().filter(a -> a.textVersion() == number)
                            .map(ContractAct.class::cast).findFirst();
            versions.add(new TextVersion(number, entry.getValue(), approving.map(ContractLifecycle::deliberation),
                    approving.map(ContractAct::on)));
        }
        return versions;
    }

    /**
     * Each partner required to sign, with its representative and the date it signed the
     * current text version, if it has: the progress of the signatures.
     */
    public List<Signatory> signatories(Actor actor, ContractId id) {
        Contract contract = readable(actor, id);
        Lifecycle lifecycle = lifecycleOf(contract);
        int version = lifecycle.textVersion();
        Map<PartnerId, LocalDate> signed = lifecycle.signatures(version);
        return signatories.of(id).stream()
                .map(partner -> new Signatory(partner, version, Optional.ofNullable(signed.get(partner.partner()))))
                .toList();
    }

    private Lifecycle change(Actor actor, ContractId id, String action,
            BiFunction<Lifecycle, LocalDate, LifecycleDecision> decide, ContractAct done) {
        return change(actor, id, action, decide, lifecycle -> done);
    }

    private Lifecycle change(Actor actor, ContractId id, String action,
            BiFunction<Lifecycle, LocalDate, LifecycleDecision> decide,
            java.util.function.Function<Lifecycle, ContractAct> done) {
        java.util.function.Function<Contract, Act> act =
                contract -> Act.on(action, ContractManagement.RECORD, id, contract.territory());
        return acts.performOn(actor, () -> find(id), act,
                contract -> AccessPolicy.changeTerritory(actor, contract.territory()), contract -> {
                    Lifecycle lifecycle = lifecycleOf(contract);
                    enforce(actor, act.apply(contract), decide.apply(lifecycle, today(contract)));
                    history.append(id, done.apply(lifecycle));
                    return lifecycleOf(contracts.update(contract));
                });
    }

    private void enforce(Actor actor, Act act, LifecycleDecision decision) {
        if (decision instanceof LifecycleDecision.Refused refused) {
            acts.recordRefusal(actor, act, refused.reason());
            throw refused.cause() == LifecycleDecision.Cause.STATE
                    ? new ConflictException(refused.problem())
                    : new InvalidInputException(refused.problem());
        }
    }

    private static void valid(ContractText text) {
        List<Problem> problems = text.problems("$").stream().filter(Problem::isError).collect(Collectors.toList());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private Lifecycle lifecycleOf(Contract contract) {
        return new Lifecycle(contract, history.of(contract.id()),
                signatories.of(contract.id()).stream().map(SignatoryPartner::partner).collect(Collectors.toSet()),
                history.renewed(contract.id()));
    }

    private LocalDate today(Contract contract) {
        return territories.today(contract.territory(), clock);
    }

    private Contract readable(Actor actor, ContractId id) {
        Contract contract = find(id);
        acts.refuseUnless(AccessPolicy.readTerritory(actor, contract.territory()), actor,
                Act.on("contract.read", ContractManagement.RECORD, id, contract.territory()));
        return contract;
    }

    private Contract find(ContractId id) {
        return contracts.find(id).orElseThrow(() -> new NotFoundException(Problem.general("contract.not-found", id)));
    }

    private static DeliberationId deliberation(ContractAct act) {
        return switch (act) {
            case ContractAct.Approved approved -> approved.deliberation();
            case ContractAct.Amended amended -> amended.deliberation();
            default -> throw new IllegalArgumentException("no deliberation approves " + act);
        };
    }
}
