package io.github.clvss.core.followup;

import io.github.clvss.core.access.AccessPolicy;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.Grant;
import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.account.AccountId;
import io.github.clvss.core.account.Accounts;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.contract.SignatoryPartner;
import io.github.clvss.core.contract.SignatoryPartners;
import io.github.clvss.core.journal.Act;
import io.github.clvss.core.journal.Acts;
import io.github.clvss.core.notification.Notifier;
import io.github.clvss.core.shared.NotFoundException;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Transactions;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The recurring obligations of each contract's commitments and whether they are kept. The
 * coordinator puts an obligation on a commitment or takes it off; anyone with a grant on the
 * territory reads the compliance, worked out from the meetings recorded and today's date in
 * the territory. {@link #notifyOverdue} tells the territory's coordinators when an obligation
 * becomes overdue — once per overdue period, however often it runs (a daily job, say).
 */
public final class ObligationWatch {

    static final String RECORD = "obligation";

    private static final int MEETINGS_PAGE = 50;

    private final Obligations obligations;
    private final Meetings meetings;
    private final SignatoryPartners signatories;
    private final Accounts accounts;
    private final Notifier notifier;
    private final FollowUpScope scope;
    private final Transactions transactions;
    private final Acts acts;
    private final Period window;

    /**
     * @param obligations where obligations and their notices are kept
     * @param meetings the meetings that fulfil them
     * @param contracts to find each obligation's contract
     * @param texts to find the commitments of each contract's current text
     * @param signatories the partners required to sign each contract
     * @param partners the contracts' partners
     * @param territories for each territory's time zone
     * @param accounts to find each territory's coordinators
     * @param notifier to tell them
     * @param transactions the transaction boundary
     * @param acts access checks and journal
     * @param clock today's date
     * @param window how long before its due date an obligation is "due soon" (e.g. 30 days)
     */
    public ObligationWatch(Obligations obligations, Meetings meetings, io.github.clvss.core.contract.Contracts contracts,
            io.github.clvss.core.contract.ContractTexts texts, SignatoryPartners signatories,
            io.github.clvss.core.partner.Partners partners, io.github.clvss.core.territory.Territories territories,
            Accounts accounts, Notifier notifier, Transactions transactions, Acts acts, java.time.Clock clock, Period window) {
        this.obligations = Objects.requireNonNull(obligations, "obligations");
        this.meetings = Objects.requireNonNull(meetings, "meetings");
        this.signatories = Objects.requireNonNull(signatories, "signatories");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.notifier = Objects.requireNonNull(notifier, "notifier");
        this.scope = new FollowUpScope(Objects.requireNonNull(contracts, "contracts"), Objects.requireNonNull(texts, "texts"),
                Objects.requireNonNull(partners, "partners"), Objects.requireNonNull(territories, "territories"),
                Objects.requireNonNull(clock, "clock"));
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.acts = Objects.requireNonNull(acts, "acts");
        this.window = Objects.requireNonNull(window, "window");
        if (window.isNegative()) {
            throw new IllegalArgumentException("the due-soon window cannot be negative: " + window);
        }
    }

    /**
     * Puts a recurring obligation on a commitment of the contract's current text, replacing the
     * one it carried (the coordinator).
     */
    public Obligation carry(Actor actor, Obligation obligation) {
        Act act = Act.on("obligation.carry", RECORD, key(obligation.contract(), obligation.commitment()), obligation.territory());
        return acts.perform(actor, act, AccessPolicy.changeTerritory(actor, obligation.territory()), () -> {
            scope.contract(obligation.contract(), obligation.territory());
            FollowUpScope.refuse(scope.unknownCommitment(obligation.contract(), obligation.commitment(),
                    RECORD + ".commitment"));
            obligations.put(obligation);
            return obligation;
        });
    }

    /** Takes the recurring obligation off a commitment (the coordinator). */
    public void drop(Actor actor, ContractId contract, String commitment) {
        Contract found = scope.contract(contract);
        Act act = Act.on("obligation.drop", RECORD, key(contract, commitment), found.territory());
        acts.performRun(actor, act, AccessPolicy.changeTerritory(actor, found.territory()), () -> {
            obligations.find(contract, commitment)
                    .orElseThrow(() -> new NotFoundException(Problem.general("obligation.not-found", commitment)));
            obligations.remove(contract, commitment);
        });
    }

    /** The contract's recurring obligations, by commitment id. */
    public List<Obligation> of(Actor actor, ContractId contract) {
        readable(actor, contract);
        return obligations.of(contract);
    }

    /** Whether each of the contract's obligations is kept today, by commitment id. */
    public List<Compliance> compliance(Actor actor, ContractId contract) {
        Contract found = readable(actor, contract);
        return complianceOf(found);
    }

    /**
     * Tells the territory's coordinators about each of the contract's obligations that is
     * overdue today and was not told yet for that due date (the coordinator, or {@code system}
     * for a scheduled job). Fulfilling the obligation moves its due date: when that one passes
     * in turn, they are told again.
     *
     * @return the obligations newly found overdue (each told once)
     */
    public List<Compliance> notifyOverdue(Actor actor, ContractId contract) {
        Contract found = scope.contract(contract);
        acts.refuseUnless(AccessPolicy.changeTerritory(actor, found.territory()), actor,
                Act.onTerritory("obligation.notify-overdue", RECORD, found.territory()));
        List<Compliance> told = new ArrayList<>();
        for (Compliance compliance : complianceOf(found)) {
            if (compliance.status() != ComplianceStatus.OVERDUE) {
                continue;
            }
            Obligation obligation = compliance.obligation();
            boolean fresh = transactions.inTransaction(() -> {
                boolean noted = obligations.noteOverdueNotice(contract, obligation.commitment(), compliance.due(),
                        scope.clock().instant());
                if (noted) {
                    acts.record(actor, Act.on("obligation.notify-overdue", RECORD, key(contract, obligation.commitment()),
                            found.territory()));
                }
                return noted;
            });
            if (fresh) {
                told.add(compliance);
                List<String> arguments = List.of(found.title(), obligation.commitment(), compliance.due().toString(),
                        Integer.toString(obligation.everyMonths()));
                for (AccountId coordinator : accounts.holding(Grant.coordinator(found.territory()))) {
                    notifier.notify(Actor.system(), coordinator, "notification.obligation-overdue", arguments);
                }
            }
        }
        return told;
    }

    private List<Compliance> complianceOf(Contract contract) {
        LocalDateTime now = scope.now(contract.territory());
        List<PartnerId> required = signatories.of(contract.id()).stream().map(SignatoryPartner::partner).toList();
        return obligations.of(contract.id()).stream()
                .map(o -> Compliance.on(o, lastFulfilled(o, required, now), now.toLocalDate(), window))
                .toList();
    }

    /** The day of the latest meeting, started by now, that every signatory attended. */
    private Optional<LocalDate> lastFulfilled(Obligation obligation, List<PartnerId> required, LocalDateTime now) {
        return switch (obligation.kind()) {
            case MEETING_OF_SIGNATORIES -> {
                PageRequest page = PageRequest.first(MEETINGS_PAGE);
                List<Meeting> batch;
                do {
                    batch = meetings.startedBy(obligation.contract(), now, page);
                    for (Meeting meeting : batch) {
                        if (meeting.allAttended(required)) {
                            yield Optional.of(meeting.start().toLocalDate());
                        }
                    }
                    page = page.next();
                } while (batch.size() == MEETINGS_PAGE);
                yield Optional.empty();
            }
        };
    }

    private Contract readable(Actor actor, ContractId id) {
        Contract contract = scope.contract(id);
        acts.refuseUnless(AccessPolicy.readTerritory(actor, contract.territory()), actor,
                Act.onTerritory("obligation.list", RECORD, contract.territory()));
        return contract;
    }

    private static String key(ContractId contract, String commitment) {
        return contract + "/" + commitment;
    }
}
