package io.github.clvss.core.referral;

import io.github.clvss.core.referral.Facts.AgeGroup;
import io.github.clvss.core.referral.Facts.Capacity;
import io.github.clvss.core.referral.Facts.Consent;
import io.github.clvss.core.referral.Facts.Context;
import io.github.clvss.core.referral.Facts.Recency;
import io.github.clvss.core.referral.Facts.Relation;
import io.github.clvss.core.referral.Facts.Violence;
import io.github.clvss.core.referral.Facts.Vulnerability;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A territory's rule set drawn as a question tree — immediate danger, then minor, then who
 * asks, then the victim's consent, then <em>emprise</em> — with, at each leaf, what the rules
 * say for that path: the reports, the referrals and the local circuits that apply.
 *
 * <p>The leaves are not a copy of the rules: {@link #of(RuleSet)} runs
 * {@link RuleSet#decide(Situation)} on one representative situation per path, so that a
 * town's circuits and plug-ins show where they apply. A question whose answers all lead to
 * the same outcome is left out of that branch: <em>emprise</em>, for instance, is asked only
 * where it changes something; answers that lead to the same outcome share one branch
 * (a doctor or a nurse).
 *
 * <p>Every path shares the base facts: physical and
 * psychological violence within the last month, by a partner for an adult and by a family
 * member for a minor, nothing else known. Circuits that need other facts (sexual violence,
 * a need for shelter…) apply at no leaf: {@link #circuitsElsewhere()} lists them.
 *
 * <p>The victim's consent changes what a report allows, not what the rules say: a report that
 * needs consent is {@linkplain Report#open() open} when consent is given and closed when it is
 * refused — which is what makes the consent question meaningful.
 */
public final class Logigramme {

    private final Node root;
    private final String version;
    private final List<Circuit> circuitsElsewhere;

    private Logigramme(Node root, String version, List<Circuit> circuitsElsewhere) {
        this.root = root;
        this.version = version;
        this.circuitsElsewhere = List.copyOf(circuitsElsewhere);
    }

    /** The tree of a rule set, its leaves computed by deciding one situation per path. */
    public static Logigramme of(RuleSet rules) {
        Objects.requireNonNull(rules, "rules");
        List<Circuit> circuits = rules.rules().stream()
                .filter(Circuit.class::isInstance).map(Circuit.class::cast).toList();
        Node root = grow(rules, circuits, 0, new EnumMap<>(Topic.class));
        Set<Circuit> applied = new LinkedHashSet<>();
        collectCircuits(root, applied);
        List<Circuit> elsewhere = circuits.stream().filter(c -> !applied.contains(c)).toList();
        return new Logigramme(root, rules.version(), elsewhere);
    }

    /** The first question (or a single leaf, if no question changes anything). */
    public Node root() {
        return root;
    }

    /** The version of the rule set drawn, e.g. {@code vss 0.1.0 · fr 2026.1 · circuits 3}. */
    public String version() {
        return version;
    }

    /** The rule set's local circuits that apply at no leaf: they need facts the tree holds fixed. */
    public List<Circuit> circuitsElsewhere() {
        return circuitsElsewhere;
    }

    /**
     * The representative situation of a path: the base facts and the answers given; a topic
     * left unanswered takes its first answer.
     *
     * @throws IllegalArgumentException when an answer does not belong to its topic
     */
    static Situation situation(Map<Topic, Answer> answers) {
        answers.forEach((topic, answer) -> {
            if (!topic.answers().contains(answer)) {
                throw new IllegalArgumentException(answer + " does not answer " + topic + ".");
            }
        });
        boolean danger = answer(answers, Topic.DANGER) == Answer.YES;
        boolean minor = answer(answers, Topic.MINOR) == Answer.YES;
        Answer asker = answer(answers, Topic.ASKER);
        Consent consent = answer(answers, Topic.CONSENT) == Answer.GIVEN ? Consent.GIVEN : Consent.REFUSED;
        boolean emprise = answer(answers, Topic.EMPRISE) == Answer.YES;
        return new Situation(minor ? AgeGroup.MINOR : AgeGroup.ADULT, Vulnerability.NONE,
                minor ? Relation.FAMILY : Relation.PARTNER, Set.of(Violence.PHYSICAL, Violence.PSYCHOLOGICAL),
                Recency.WITHIN_MONTH, danger, emprise, false, false, false, consent, capacities(asker), Context.OTHER);
    }

    private static Answer answer(Map<Topic, Answer> answers, Topic topic) {
        return answers.getOrDefault(topic, topic.answers().getFirst());
    }

    private static Set<Capacity> capacities(Answer asker) {
        return switch (asker) {
            case DOCTOR -> Set.of(Capacity.DOCTOR, Capacity.HEALTH_PROFESSIONAL);
            case NURSE -> Set.of(Capacity.NURSE, Capacity.HEALTH_PROFESSIONAL);
            case SOCIAL_WORKER -> Set.of(Capacity.SOCIAL_WORKER);
            case PUBLIC_EMPLOYEE -> Set.of(Capacity.PUBLIC_EMPLOYEE);
            default -> Set.of(Capacity.MEMBER_OF_THE_PUBLIC);
        };
    }

    private static Node grow(RuleSet rules, List<Circuit> circuits, int depth, Map<Topic, Answer> path) {
        Topic[] topics = Topic.values();
        if (depth == topics.length) {
            return leaf(rules, circuits, path);
        }
        Topic topic = topics[depth];
        List<Branch> branches = new ArrayList<>();
        for (Answer answer : topic.answers()) {
            Map<Topic, Answer> next = new EnumMap<>(path);
            next.put(topic, answer);
            Node child = grow(rules, circuits, depth + 1, next);
            int same = indexOf(branches, child);
            if (same < 0) {
                branches.add(new Branch(List.of(answer), child));
            } else {
                Branch joined = branches.get(same);
                List<Answer> answers = new ArrayList<>(joined.answers());
                answers.add(answer);
                branches.set(same, new Branch(answers, child));
            }
        }
        return branches.size() == 1 ? branches.getFirst().next() : new Question(topic, branches);
    }

    private static int indexOf(List<Branch> branches, Node node) {
        for (int i = 0; i < branches.size(); i++) {
            if (branches.get(i).next().equals(node)) {
                return i;
            }
        }
        return -1;
    }

    private static Leaf leaf(RuleSet rules, List<Circuit> circuits, Map<Topic, Answer> path) {
        Situation situation = situation(path);
        Decision decision = rules.decide(situation);
        boolean refused = situation.consent() != Consent.GIVEN;
        List<Report> reports = decision.reports().stream()
                .map(outcome -> new Report(outcome, !(outcome.consentNeeded() && refused))).toList();
        Set<String> fired = new LinkedHashSet<>();
        decision.trace().forEach(firing -> fired.add(firing.rule()));
        List<Circuit> applied = circuits.stream().filter(c -> fired.contains(c.id())).toList();
        return new Leaf(reports, decision.referrals(), applied);
    }

    private static void collectCircuits(Node node, Set<Circuit> into) {
        switch (node) {
            case Leaf leaf -> into.addAll(leaf.circuits());
            case Question question -> question.branches().forEach(b -> collectCircuits(b.next(), into));
        }
    }

    /** What is asked, in the order the tree asks it. */
    public enum Topic {
        /** Is the person in immediate danger (imminent peril)? */
        DANGER(Answer.YES, Answer.NO),
        /** Is the person a minor? (no: an adult able to protect themselves) */
        MINOR(Answer.YES, Answer.NO),
        /** Who is asking? */
        ASKER(Answer.DOCTOR, Answer.NURSE, Answer.SOCIAL_WORKER, Answer.PUBLIC_EMPLOYEE, Answer.ANYONE_ELSE),
        /** Does the victim consent to a report? */
        CONSENT(Answer.GIVEN, Answer.REFUSED),
        /** Does the aggressor hold the person under emprise? */
        EMPRISE(Answer.YES, Answer.NO);

        private final List<Answer> answers;

        Topic(Answer... answers) {
            this.answers = List.of(answers);
        }

        /** The answers, in the order they are drawn. */
        public List<Answer> answers() {
            return answers;
        }
    }

    /** An answer to a {@link Topic}. */
    public enum Answer {
        /** Yes. */
        YES,
        /** No. */
        NO,
        /** A doctor: a health professional with the code of ethics' duty. */
        DOCTOR,
        /** A nurse: a health professional. */
        NURSE,
        /** A social worker. */
        SOCIAL_WORKER,
        /** A public employee (art. 40 CPP), not a health professional. */
        PUBLIC_EMPLOYEE,
        /** Anyone else: a member of the public. */
        ANYONE_ELSE,
        /** The victim consents to a report. */
        GIVEN,
        /** The victim refuses a report. */
        REFUSED
    }

    /** A node of the tree: a question or a leaf. Equal by value. */
    public sealed interface Node permits Question, Leaf {
    }

    /**
     * A question and where its answers lead.
     *
     * @param topic what is asked
     * @param branches two or more, each leading somewhere different, in the order of their first answer
     */
    public record Question(Topic topic, List<Branch> branches) implements Node {

        public Question {
            Objects.requireNonNull(topic, "topic");
            branches = List.copyOf(branches);
        }
    }

    /**
     * The answers that lead to the same node.
     *
     * @param answers one or more, in their topic's order
     * @param next the next question, or a leaf
     */
    public record Branch(List<Answer> answers, Node next) {

        public Branch {
            answers = List.copyOf(answers);
            if (answers.isEmpty()) {
                throw new IllegalArgumentException("A branch needs at least one answer.");
            }
            Objects.requireNonNull(next, "next");
        }
    }

    /**
     * What the rules say at the end of a path.
     *
     * @param reports the reporting outcomes, in rule order
     * @param referrals the referrals, most urgent first (those of circuits included)
     * @param circuits the local circuits that apply, in the rule set's order
     */
    public record Leaf(List<Report> reports, List<Referral> referrals, List<Circuit> circuits) implements Node {

        public Leaf {
            reports = List.copyOf(reports);
            referrals = List.copyOf(referrals);
            circuits = List.copyOf(circuits);
        }
    }

    /**
     * A reporting outcome on a path.
     *
     * @param outcome what the rule says
     * @param open whether the report can be made on this path: {@code false} when it needs the
     *     victim's consent and she refused ("not without consent")
     */
    public record Report(ReportingOutcome outcome, boolean open) {

        public Report {
            Objects.requireNonNull(outcome, "outcome");
        }
    }
}
