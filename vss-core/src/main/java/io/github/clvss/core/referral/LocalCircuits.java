package io.github.clvss.core.referral;

import io.github.clvss.core.access.AccessPolicy;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.journal.Act;
import io.github.clvss.core.journal.Acts;
import io.github.clvss.core.partner.Partners;
import io.github.clvss.core.resource.ResourceId;
import io.github.clvss.core.resource.ResourceScope;
import io.github.clvss.core.resource.Resources;
import io.github.clvss.core.shared.InvalidInputException;
import io.github.clvss.core.shared.NotFoundException;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Transactions;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Each territory's local circuits — who handles what in the town — and the rule set they make
 * with vss's French rules and the plug-ins. The coordinator defines and removes circuits; each
 * change is a new revision, journaled, and the next decision carries it. A rule set is compiled
 * once per territory and revision.
 */
public final class LocalCircuits {

    static final String RECORD = "circuit";

    private final Circuits circuits;
    private final Partners partners;
    private final Resources resources;
    private final Transactions transactions;
    private final Acts acts;
    private final List<ReferralRule> plugins;
    private final ConcurrentMap<TerritoryId, Compiled> compiled = new ConcurrentHashMap<>();

    private record Compiled(long revision, RuleSet rules) {
    }

    /**
     * @param circuits where circuits are kept
     * @param partners to check that a circuit's partner is the territory's
     * @param resources to check that a circuit's resource is national or the territory's
     * @param transactions the transaction boundary
     * @param acts access checks and journal
     * @param plugins rules added after the French rules and the circuits
     */
    public LocalCircuits(Circuits circuits, Partners partners, Resources resources, Transactions transactions, Acts acts,
            List<ReferralRule> plugins) {
        this.circuits = Objects.requireNonNull(circuits, "circuits");
        this.partners = Objects.requireNonNull(partners, "partners");
        this.resources = Objects.requireNonNull(resources, "resources");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.acts = Objects.requireNonNull(acts, "acts");
        this.plugins = List.copyOf(plugins);
    }

    /** The territory's circuits (anyone with a grant on it). */
    public CircuitPlan plan(Actor actor, TerritoryId territory) {
        acts.refuseUnless(AccessPolicy.readTerritory(actor, territory), actor, Act.onTerritory("circuit.list", RECORD, territory));
        return circuits.plan(territory);
    }

    /**
     * Adds a circuit, or replaces the one of the same name (the coordinator).
     *
     * @throws InvalidInputException when its target is not a partner of the territory nor a
     *     national or territory resource
     */
    public CircuitPlan define(Actor actor, TerritoryId territory, Circuit circuit) {
        Act act = Act.on("circuit.define", RECORD, circuit.name(), territory);
        acts.refuseUnless(AccessPolicy.changeTerritory(actor, territory), actor, act);
        return transactions.inTransaction(() -> {
            if (!targetExists(territory, circuit)) {
                throw new InvalidInputException(Problem.error("circuit.target.missing", "$.target", circuit.target()));
            }
            CircuitPlan stored = circuits.store(territory, circuits.plan(territory).with(circuit));
            acts.record(actor, act);
            return stored;
        });
    }

    /** Removes a circuit (the coordinator). */
    public CircuitPlan remove(Actor actor, TerritoryId territory, String name) {
        Act act = Act.on("circuit.remove", RECORD, name, territory);
        acts.refuseUnless(AccessPolicy.changeTerritory(actor, territory), actor, act);
        return transactions.inTransaction(() -> {
            CircuitPlan current = circuits.plan(territory);
            if (current.find(name).isEmpty()) {
                throw new NotFoundException(Problem.general("circuit.not-found", name));
            }
            CircuitPlan stored = circuits.store(territory, current.without(name));
            acts.record(actor, act);
            return stored;
        });
    }

    /** The territory's rule set at its current circuits' revision. Rules are public: no actor needed. */
    public RuleSet ruleSet(TerritoryId territory) {
        CircuitPlan plan = transactions.inTransaction(() -> circuits.plan(territory));
        return compiled.compute(territory, (key, current) -> current != null && current.revision() >= plan.revision()
                ? current
                : new Compiled(plan.revision(), compile(plan))).rules();
    }

    private RuleSet compile(CircuitPlan plan) {
        RuleSet.Builder builder = RuleSet.builder().circuits(String.valueOf(plan.revision()), plan.circuits());
        plugins.forEach(builder::plugin);
        return builder.build();
    }

    /** The decision for a situation in a territory. */
    public Decision decide(TerritoryId territory, Situation situation) {
        return ruleSet(territory).decide(situation);
    }

    private boolean targetExists(TerritoryId territory, Circuit circuit) {
        if (circuit.targetsPartner()) {
            return partners.find(new PartnerId(circuit.targetId())).filter(p -> p.territory().equals(territory)).isPresent();
        }
        return resources.find(new ResourceId(circuit.targetId()))
                .filter(r -> r.scope() == ResourceScope.NATIONAL || r.territory().filter(territory::equals).isPresent())
                .isPresent();
    }
}
