package io.github.clvss.core.followup;

import io.github.clvss.core.access.Actor;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.indicator.ActionStates;
import io.github.clvss.core.shared.PageRequest;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The diagnostic's "state of actions" from the action plan: a contract's actions today, counted
 * by commitment and state (the actor's right to read them is checked by the plan).
 */
public final class ActionTally implements ActionStates {

    private final ActionPlan actions;

    /** @param actions the action plan the counts come from */
    public ActionTally(ActionPlan actions) {
        this.actions = Objects.requireNonNull(actions, "actions");
    }

    @Override
    public List<Tally> of(Actor actor, ContractId contract, int year) {
        Map<Map.Entry<String, String>, Long> counts = new TreeMap<>(
                Map.Entry.<String, String>comparingByKey().thenComparing(Map.Entry.comparingByValue()));
        for (Action action : PageRequest.readAll(page -> actions.list(actor, contract, Optional.empty(), page), x -> x.id().value())) {
            counts.merge(Map.entry(action.commitment(), actions.state(action).name()), 1L, Long::sum);
        }
        return counts.entrySet().stream()
                .map(e -> new Tally(e.getKey().getKey(), e.getKey().getValue(), e.getValue().intValue()))
                .toList();
    }
}
