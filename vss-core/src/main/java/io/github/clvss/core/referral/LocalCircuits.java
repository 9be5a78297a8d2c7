package io.github.clvss.core.referral;

import io.github.clvss.core.access.AccessPolicy;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.institution.Institutions;
import io.github.clvss.core.journal.Act;
import io.github.clvss.core.journal.Acts;
import io.github.clvss.core.partner.Partners;
import io.github.clvss.core.resource.Resource;
import io.github.clvss.core.resource.ResourceId;
import io.github.clvss.core.resource.ResourceScope;
import io.github.clvss.core.resource.Resources;
import io.github.clvss.core.shared.InvalidInputException;
import io.github.clvss.core.shared.Messages;
import io.github.clvss.core.shared.NotFoundException;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.PhoneNumber;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Transactions;
import io.github.clvss.core.territory.Territories;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Each territory's local circuits — who handles what in the town — and the rule set they make
 * with vss's French rules and the plug-ins. The coordinator defines and removes circuits; each
 * change is a new revision, journaled and kept in the history, and the next decision carries it.
 * A rule set is compiled once per territory and revision.
 */
public final class LocalCircuits {

    static final String RECORD = "circuit";

    private final Circuits circuits;
    private final Partners partners;
    private final Resources resources;
    private final Institutions institutions;
    private final Transactions transactions;
    private final Acts acts;
    private final Clock clock;
    private final Territories territories;
    private final List<ReferralRule> plugins;
    private final ConcurrentMap<TerritoryId, Compiled> compiled = new ConcurrentHashMap<>();

    private record Compiled(long revision, RuleSet rules) {
    }

    /**
     * @param circuits where circuits are kept
     * @param partners to check that a circuit's partner is the territory's
     * @param resources to check that a circuit's resource is national or the territory's
     * @param institutions to name a partner target
     * @param transactions the transaction boundary
     * @param acts access checks and journal
     * @param clock when a revision is published
     * @param plugins rules added after the French rules and the circuits
     * @param territories to know a territory's today (its time zone)
     */
    public LocalCircuits(Circuits circuits, Partners partners, Resources resources, Institutions institutions,
            Transactions transactions, Acts acts, Clock clock, List<ReferralRule> plugins, Territories territories) {
        this.territories = Objects.requireNonNull(territories, "territories");
        this.circuits = Objects.requireNonNull(circuits, "circuits");
        this.partners = Objects.requireNonNull(partners, "partners");
        this.resources = Objects.requireNonNull(resources, "resources");
        this.institutions = Objects.requireNonNull(institutions, "institutions");
        this.clock = Objects.requireNonNull(clock, "clock");
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
        return acts.perform(actor, act, AccessPolicy.changeTerritory(actor, territory), () -> {
            if (!targetExists(territory, circuit)) {
                throw new InvalidInputException(circuit.targetMissing("$.target"));
            }
            CircuitPlan stored = circuits.store(territory, circuits.plan(territory).with(circuit), clock.instant());
            return stored;
        });
    }

    /** Removes a circuit (the coordinator). */
    public CircuitPlan remove(Actor actor, TerritoryId territory, String name) {
        Act act = Act.on("circuit.remove", RECORD, name, territory);
        return acts.perform(actor, act, AccessPolicy.changeTerritory(actor, territory), () -> {
            CircuitPlan current = circuits.plan(territory);
            if (current.find(name).isEmpty()) {
                throw new NotFoundException(Problem.general("circuit.not-found", name));
            }
            CircuitPlan stored = circuits.store(territory, current.without(name), clock.instant());
            return stored;
        });
    }

    /**
     * What a coordinator should know about a draft of the territory's circuits before
     * publishing it: errors (two circuits with one name, a target that is not the territory's
     * partner nor a national or territory resource) and warnings (a circuit that applies to
     * every situation, two circuits some situation falls under both). Paths are
     * {@code $.circuits[i].…}, in the draft's order.
     */
    public List<Problem> review(Actor actor, TerritoryId territory, List<Circuit> draft) {
        acts.refuseUnless(AccessPolicy.readTerritory(actor, territory), actor, Act.onTerritory("circuit.list", RECORD, territory));
        return transactions.inTransaction(() -> {
            List<Problem> problems = new ArrayList<>();
            List<String> names = draft.stream().map(Circuit::name).toList();
            for (int i = 0; i < draft.size(); i++) {
                Circuit circuit = draft.get(i);
                Circuit.nameRepeated(names, i).ifPresent(problems::add);
                if (!targetExists(territory, circuit)) {
                    problems.add(circuit.targetMissing("$.circuits[" + i + "].target"));
                }
                if (circuit.when().equals(CircuitCondition.ANY)) {
                    problems.add(Problem.warning("circuit.any-situation", "$.circuits[" + i + "].when", circuit.name()));
                }
            }
            problems.addAll(Circuit.overlapsIn(draft));
            return List.copyOf(problems);
        });
    }

    /**
     * Publishes the territory's circuits as a whole, in order, as the revision after
     * {@code basedOn} (the coordinator).
     *
     * @throws InvalidInputException when the review finds an error, or nothing changed
     * @throws io.github.clvss.core.shared.ConflictException when another revision was
     *     published since {@code basedOn}
     */
    public CircuitPlan publish(Actor actor, TerritoryId territory, long basedOn, List<Circuit> draft) {
        Act act = Act.onTerritory("circuit.publish", RECORD, territory);
        acts.refuseUnless(AccessPolicy.changeTerritory(actor, territory), actor, act);
        List<Problem> errors = review(actor, territory, draft).stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return transactions.inTransaction(() -> {
            CircuitPlan current = circuits.plan(territory);
            if (current.revision() == basedOn && current.circuits().equals(draft)) {
                throw new InvalidInputException(Problem.general("circuit.publish.unchanged"));
            }
            CircuitPlan stored = circuits.store(territory, new CircuitPlan(basedOn + 1, draft), clock.instant());
            acts.record(actor, act);
            return stored;
        });
    }

    /** A page of the territory's published revisions, newest first, each with what it changed. */
    public List<CircuitRevision> history(Actor actor, TerritoryId territory, PageRequest page) {
        acts.refuseUnless(AccessPolicy.readTerritory(actor, territory), actor, Act.onTerritory("circuit.list", RECORD, territory));
        return transactions.inTransaction(() -> circuits.history(territory, page));
    }

    /** How many revisions the territory has published. */
    public long countRevisions(Actor actor, TerritoryId territory) {
        acts.refuseUnless(AccessPolicy.readTerritory(actor, territory), actor, Act.onTerritory("circuit.list", RECORD, territory));
        return transactions.inTransaction(() -> circuits.countRevisions(territory));
    }

    /**
     * Whom a referral's target names, in words: a national number ({@code tel:3919} → 3919),
     * a kind of service ({@code service:cidff}), a partner (its institution's name) or a
     * resource (its name and how to reach it). Names of institutions and resources are public:
     * no personal data.
     */
    public Contact contact(String target, Locale locale) {
        Messages messages = Messages.of(locale);
        int colon = target.indexOf(':');
        String kind = colon < 0 ? "" : target.substring(0, colon);
        String value = target.substring(colon + 1);
        return switch (kind) {
            case "tel" -> new Contact(target, shortNumber(value), Optional.empty());
            case "sms" -> new Contact(target, messages.text("referral.target.sms", List.of(shortNumber(value))), Optional.empty());
            case "web" -> new Contact(target, value, Optional.of("https://" + value));
            case "service" -> new Contact(target, messages.text("referral.service." + value, List.of()), Optional.empty());
            case "partner", "resource" -> transactions.inTransaction(() -> known(target, kind, value, messages));
            default -> new Contact(target, target, Optional.empty());
        };
    }

    private Contact known(String target, String kind, String id, Messages messages) {
        java.util.UUID uuid;
        try {
            uuid = java.util.UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return new Contact(target, messages.text("referral.target.unknown", List.of()), Optional.empty());
        }
        if (kind.equals("partner")) {
            return partners.find(new PartnerId(uuid)).flatMap(p -> institutions.find(p.institution()))
                    .map(i -> new Contact(target, i.name(), Optional.empty()))
                    .orElseGet(() -> new Contact(target, messages.text("referral.target.unknown", List.of()), Optional.empty()));
        }
        return resources.find(new ResourceId(uuid))
                .map(r -> new Contact(target, r.name(), reach(r)))
                .orElseGet(() -> new Contact(target, messages.text("referral.target.unknown", List.of()), Optional.empty()));
    }

    /** A national short number as it is written: 116 006, 3919, 17. */
    private static String shortNumber(String digits) {
        return digits.length() == 6 ? digits.substring(0, 3) + " " + digits.substring(3) : digits;
    }

    private static Optional<String> reach(Resource resource) {
        return resource.phone().map(PhoneNumber::display).or(() -> resource.sms().map(s -> "SMS " + s.display()))
                .or(resource::web);
    }

    /**
     * A referral's target in words.
     *
     * @param target the target as the rules name it ({@code tel:3919}, {@code partner:<id>}…)
     * @param name whom it is, in the reader's language
     * @param reach how to reach them (a number, an address), when known
     */
    public record Contact(String target, String name, Optional<String> reach) {
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

    /** The decision for a situation in a territory taken today there, in words in {@code locale}, targets named. */
    public Explanation explain(TerritoryId territory, Situation situation, Locale locale) {
        return explain(territory, situation, today(territory), locale);
    }

    /**
     * The decision for a situation in a territory taken on {@code day} (the law of that day
     * applies), in words in {@code locale}, targets named.
     */
    public Explanation explain(TerritoryId territory, Situation situation, LocalDate day, Locale locale) {
        RuleSet rules = ruleSet(territory);
        Explanation words = new DecisionWords(rules.messages(locale)).explain(rules.decide(situation, day), situation,
                target -> contact(target, locale));
        return withProsecutor(territory, words, rules.messages(locale));
    }

    /**
     * When the decision says a report may (or must) go to the procureur de la République, the
     * territory's parquet — a partner of its contract, of the justice sector — is among whom to
     * contact, with what the report is, unless a referral already names it.
     */
    private Explanation withProsecutor(TerritoryId territory, Explanation words, Messages messages) {
        List<Explanation.Report> toProsecutor = new ArrayList<>();
        for (int i = 0; i < words.decision().reports().size(); i++) {
            if (words.decision().reports().get(i).addressee() == Addressee.PROCUREUR && i < words.reports().size()) {
                toProsecutor.add(words.reports().get(i));
            }
        }
        if (toProsecutor.isEmpty()) {
            return words;
        }
        List<io.github.clvss.core.institution.Institution> parquets = transactions.inTransaction(() ->
                institutions.usedBy(territory, io.github.clvss.core.institution.Sector.JUSTICE));
        List<Explanation.Contact> contacts = new ArrayList<>(words.contacts());
        Explanation.Report report = toProsecutor.getFirst();
        for (var parquet : parquets) {
            if (contacts.stream().noneMatch(c -> c.name().equals(parquet.name()))) {
                contacts.add(new Explanation.Contact(Urgency.WITHIN_DAYS, messages.text("referral.report.when", List.of()),
                        parquet.name(), Optional.empty(), messages.text("referral.report.how", List.of()),
                        report.sentence() + " (" + report.legalBasis() + ")", report.rule()));
            }
        }
        return new Explanation(words.decision(), words.situation(), contacts, words.reports(), words.duties(),
                words.toTellTheVictim(), words.rules());
    }

    /** The decision for a situation in a territory, taken today in the territory's legal time. */
    public Decision decide(TerritoryId territory, Situation situation) {
        return decide(territory, situation, today(territory));
    }

    /** The decision for a situation in a territory taken on {@code day}: the law of that day applies. */
    public Decision decide(TerritoryId territory, Situation situation, LocalDate day) {
        return ruleSet(territory).decide(situation, day);
    }

    /** Today in the territory's legal time (overseas territories are not on Paris time). */
    private LocalDate today(TerritoryId territory) {
        return territories.today(territory, clock);
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
