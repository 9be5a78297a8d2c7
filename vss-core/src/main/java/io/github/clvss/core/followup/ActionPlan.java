package io.github.clvss.core.followup;

import io.github.clvss.core.access.AccessPolicy;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.journal.Act;
import io.github.clvss.core.journal.Acts;
import io.github.clvss.core.shared.NotFoundException;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Provenance;
import io.github.clvss.core.shared.Transactions;
import io.github.clvss.core.shared.Versions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The follow-up actions of each contract, under its commitments. The coordinator adds them
 * and changes any of them; a partner's users change only the actions their partner leads
 * (and cannot hand one to another partner); anyone with a grant on the territory reads them.
 * Every change is journaled and kept in the action's own history (who, when, which fields,
 * before and after). "Late" is derived from the deadline and today's date in the territory.
 */
public final class ActionPlan {

    static final String RECORD = "action";

    private final Actions actions;
    private final FollowUpScope scope;
    private final Transactions transactions;
    private final Acts acts;

    /**
     * @param actions where actions are kept
     * @param contracts to find each action's contract
     * @param texts to find the commitments of each contract's current text
     * @param partners to check the lead and contributing partners
     * @param territories for each territory's time zone
     * @param transactions the transaction boundary
     * @param acts access checks and journal
     * @param clock today's date and the time of each change
     */
    public ActionPlan(Actions actions, io.github.clvss.core.contract.Contracts contracts,
            io.github.clvss.core.contract.ContractTexts texts, io.github.clvss.core.partner.Partners partners,
            io.github.clvss.core.territory.Territories territories, Transactions transactions, Acts acts,
            java.time.Clock clock) {
        this(actions, new FollowUpScope(Objects.requireNonNull(contracts, "contracts"), Objects.requireNonNull(texts, "texts"),
                Objects.requireNonNull(partners, "partners"), Objects.requireNonNull(territories, "territories"),
                Objects.requireNonNull(clock, "clock")), transactions, acts);
    }

    ActionPlan(Actions actions, FollowUpScope scope, Transactions transactions, Acts acts) {
        this.actions = Objects.requireNonNull(actions, "actions");
        this.scope = scope;
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.acts = Objects.requireNonNull(acts, "acts");
    }

    /**
     * Adds an action made with {@link Action#plan} (or read from a file, in any status) under a
     * commitment of its contract's current text (the coordinator).
     */
    public Action add(Actor actor, Action action) {
        Act act = Act.on("action.add", RECORD, action.id(), action.territory());
        return acts.perform(actor, act, AccessPolicy.changeTerritory(actor, action.territory()), () -> {
            scope.contract(action.contract(), action.territory());
            checkReferences(action, Optional.empty());
            Action stored = actions.add(action);
            actions.appendChange(stored.id(), scope.clock().instant(), actor.id(), stored.changesSince(Optional.empty()));
            return stored;
        });
    }

    /**
     * Stores a changed action — title, commitment, partners, deadline, status, progress,
     * evidence — against the version it was read at (the coordinator, or the lead partner's
     * users). Nothing is written when nothing changed.
     */
    public Action update(Actor actor, Action changed) {
        return change(actor, changed.id(), changed.version(), "action.update", current -> new Action(current.id(),
                current.version(), current.territory(), current.contract(), changed.commitment(), changed.title(),
                changed.lead(), changed.contributors(), changed.deadline(), changed.status(), changed.abandonReason(),
                changed.progress(), changed.evidence(), Provenance.ENTERED));
    }

    /**
     * Changes an action's status (the coordinator, or the lead partner's users): done brings it
     * to 100 %; abandoned needs a reason.
     */
    public Action changeStatus(Actor actor, ActionId id, long expectedVersion, ActionStatus status, Optional<String> reason) {
        return change(actor, id, expectedVersion, "action.change-status", current -> {
            Action next = current.withStatus(status, reason);
            return new Action(next.id(), next.version(), next.territory(), next.contract(), next.commitment(), next.title(),
                    next.lead(), next.contributors(), next.deadline(), next.status(), next.abandonReason(), next.progress(),
                    next.evidence(), Provenance.ENTERED);
        });
    }

    /** An action, for anyone with a grant on its territory. */
    public Action find(Actor actor, ActionId id) {
        Action action = actions.find(id).orElseThrow(() -> notFound(id));
        acts.refuseUnless(AccessPolicy.readTerritory(actor, action.territory()), actor,
                Act.on("action.read", RECORD, id, action.territory()));
        return action;
    }

    /** Where an action stands today, in its territory's time zone (late or its status). */
    public ActionState state(Action action) {
        return action.state(scope.today(action.territory()));
    }

    /**
     * A page of a contract's actions — only those under {@code commitment} when given — by
     * deadline (those without one last).
     */
    public List<Action> list(Actor actor, ContractId contract, Optional<String> commitment, PageRequest page) {
        readable(actor, contract);
        return actions.list(contract, commitment, page);
    }

    /** How many actions {@link #list} gives in all. */
    public long count(Actor actor, ContractId contract, Optional<String> commitment) {
        readable(actor, contract);
        return actions.count(contract, commitment);
    }

    /** A page of the contract's late actions today (open, deadline passed), oldest deadline first. */
    public List<Action> late(Actor actor, ContractId contract, PageRequest page) {
        Contract found = readable(actor, contract);
        return actions.late(contract, scope.today(found.territory()), page);
    }

    /** How many of the contract's actions are late today. */
    public long countLate(Actor actor, ContractId contract) {
        Contract found = readable(actor, contract);
        return actions.countLate(contract, scope.today(found.territory()));
    }

    /** A page of the contract's next deadlines: open actions due today or later, nearest first. */
    public List<Action> nextDeadlines(Actor actor, ContractId contract, PageRequest page) {
        Contract found = readable(actor, contract);
        return actions.upcoming(contract, scope.today(found.territory()), page);
    }

    /** A page of an action's history, oldest change first: who, when, what changed. */
    public List<ActionChange> history(Actor actor, ActionId id, PageRequest page) {
        find(actor, id);
        return actions.history(id, page);
    }

    private Action change(Actor actor, ActionId id, long expectedVersion, String action,
            java.util.function.UnaryOperator<Action> change) {
        return transactions.inTransaction(() -> {
            Action current = actions.find(id).orElseThrow(() -> notFound(id));
            Act act = Act.on(action, RECORD, id, current.territory());
            acts.refuseUnless(AccessPolicy.changePartner(actor, current.territory(), current.lead()), actor, act);
            Action next = change.apply(current);
            if (!next.lead().equals(current.lead())) {
                // a partner's users cannot hand their action over to another partner
                acts.refuseUnless(AccessPolicy.changePartner(actor, current.territory(), next.lead()), actor, act);
            }
            Versions.expect(current.version(), expectedVersion, RECORD, id);
            List<FieldChange> changes = next.changesSince(Optional.of(current));
            if (changes.isEmpty()) {
                return current;
            }
            checkReferences(next, Optional.of(current));
            Action stored = actions.update(next);
            actions.appendChange(id, scope.clock().instant(), actor.id(), changes);
            acts.record(actor, act);
            return stored;
        });
    }

    /** The commitment is in the current text and the partners are the contract's (only what changed is checked again). */
    private void checkReferences(Action action, Optional<Action> before) {
        List<Problem> problems = new ArrayList<>();
        if (before.map(b -> !b.commitment().equals(action.commitment())).orElse(true)) {
            problems.addAll(scope.unknownCommitment(action.contract(), action.commitment(), RECORD + ".commitment"));
        }
        if (before.map(b -> !b.lead().equals(action.lead())).orElse(true)) {
            scope.stranger(action.contract(), action.lead(), RECORD + ".lead").ifPresent(problems::add);
        }
        for (int i = 0; i < action.contributors().size(); i++) {
            PartnerId contributor = action.contributors().get(i);
            if (before.map(b -> !b.contributors().contains(contributor)).orElse(true)) {
                scope.stranger(action.contract(), contributor, RECORD + ".contributors[" + i + "]").ifPresent(problems::add);
            }
        }
        FollowUpScope.refuse(problems);
    }

    private Contract readable(Actor actor, ContractId id) {
        Contract contract = scope.contract(id);
        acts.refuseUnless(AccessPolicy.readTerritory(actor, contract.territory()), actor,
                Act.onTerritory("action.list", RECORD, contract.territory()));
        return contract;
    }

    private static NotFoundException notFound(ActionId id) {
        return new NotFoundException(Problem.general("action.not-found", id));
    }
}
