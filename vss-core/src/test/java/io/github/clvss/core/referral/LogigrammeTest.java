package io.github.clvss.core.referral;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clvss.core.referral.Facts.Relation;
import io.github.clvss.core.referral.Facts.Violence;
import io.github.clvss.core.referral.Logigramme.Answer;
import io.github.clvss.core.referral.Logigramme.Branch;
import io.github.clvss.core.referral.Logigramme.Leaf;
import io.github.clvss.core.referral.Logigramme.Node;
import io.github.clvss.core.referral.Logigramme.Question;
import io.github.clvss.core.referral.Logigramme.Report;
import io.github.clvss.core.referral.Logigramme.Topic;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LogigrammeTest {

    private static final String HOSPITAL = "partner:018875f8-8024-7024-9e04-97cf65c3ef09";
    private static final String ART_226_14_3 = "art. 226-14 3°";
    private static final String ART_226_14_2 = "art. 226-14 2°";

    private final RuleSet french = RuleSet.french();
    private final Logigramme logigramme = Logigramme.of(french);

    @Test
    void every_path_ends_on_what_the_rules_decide_for_its_situation() {
        for (Map<Topic, Answer> path : allPaths()) {
            Decision decision = french.decide(Logigramme.situation(path));

            Leaf leaf = leafAt(logigramme.root(), path);

            assertThat(leaf.reports()).extracting(Report::outcome).containsExactlyElementsOf(decision.reports());
            assertThat(leaf.referrals()).containsExactlyElementsOf(decision.referrals());
        }
    }

    @Test
    void a_doctor_facing_danger_and_emprise_may_report_under_226_14_3_without_consent_but_not_without_emprise() {
        Map<Topic, Answer> path = path(Answer.YES, Answer.NO, Answer.DOCTOR, Answer.REFUSED, Answer.YES);

        List<Report> withEmprise = leafAt(logigramme.root(), path).reports();
        path.put(Topic.EMPRISE, Answer.NO);
        List<Report> withoutEmprise = leafAt(logigramme.root(), path).reports();

        assertThat(withEmprise).filteredOn(r -> r.outcome().legalBasis().startsWith(ART_226_14_3)).singleElement()
                .satisfies(r -> {
                    assertThat(r.open()).isTrue();
                    assertThat(r.outcome().consentNeeded()).isFalse();
                    assertThat(r.outcome().modality()).isEqualTo(Modality.POWER);
                });
        assertThat(withoutEmprise).noneMatch(r -> r.outcome().legalBasis().startsWith(ART_226_14_3));
    }

    @Test
    void a_refused_consent_closes_the_report_that_needs_it_and_a_given_one_opens_it() {
        Map<Topic, Answer> path = path(Answer.NO, Answer.NO, Answer.DOCTOR, Answer.GIVEN, Answer.NO);

        Report given = report(leafAt(logigramme.root(), path), ART_226_14_2).orElseThrow();
        path.put(Topic.CONSENT, Answer.REFUSED);
        Report refused = report(leafAt(logigramme.root(), path), ART_226_14_2).orElseThrow();

        assertThat(given.outcome().consentNeeded()).isTrue();
        assertThat(given.open()).isTrue();
        assertThat(refused.open()).isFalse();
    }

    @Test
    void a_social_worker_never_gets_226_14_3_whatever_the_answers() {
        List<Map<Topic, Answer>> socialWorker = allPaths().stream()
                .filter(p -> p.get(Topic.ASKER) == Answer.SOCIAL_WORKER).toList();

        assertThat(socialWorker).isNotEmpty().allSatisfy(path -> assertThat(leafAt(logigramme.root(), path).reports())
                .noneMatch(r -> r.outcome().legalBasis().startsWith(ART_226_14_3)));
    }

    @Test
    void emprise_is_asked_only_where_it_changes_the_outcome() {
        List<Map<Topic, Answer>> asked = questionPaths(logigramme.root(), Topic.EMPRISE);

        for (Map<Topic, Answer> path : allPaths()) {
            Map<Topic, Answer> yes = new EnumMap<>(path);
            yes.put(Topic.EMPRISE, Answer.YES);
            Map<Topic, Answer> no = new EnumMap<>(path);
            no.put(Topic.EMPRISE, Answer.NO);
            Decision withEmprise = french.decide(Logigramme.situation(yes));
            Decision withoutEmprise = french.decide(Logigramme.situation(no));
            boolean changes = !withEmprise.reports().equals(withoutEmprise.reports())
                    || !withEmprise.referrals().equals(withoutEmprise.referrals());
            boolean isAsked = asked.stream().anyMatch(prefix -> path.entrySet().containsAll(prefix.entrySet()));
            assertThat(isAsked).as("emprise asked on %s", path).isEqualTo(changes);
        }
        assertThat(asked).isNotEmpty();
    }

    @Test
    void answers_that_lead_to_the_same_outcome_share_one_branch_and_no_answer_is_lost() {
        for (Question question : questions(logigramme.root())) {
            List<Node> next = question.branches().stream().map(Branch::next).toList();
            List<Answer> answers = question.branches().stream().flatMap(b -> b.answers().stream()).toList();

            assertThat(new HashSet<>(next)).hasSameSizeAs(next);
            assertThat(next).hasSizeGreaterThan(1);
            assertThat(answers).containsExactlyInAnyOrderElementsOf(question.topic().answers());
        }
    }

    @Test
    void a_town_circuit_appears_at_the_leaves_it_applies_to_and_changes_the_version() {
        Circuit couple = new Circuit("urgences-hopital", CircuitCondition.ANY.relations(Relation.PARTNER), HOSPITAL,
                Urgency.IMMEDIATE, "visit", "Urgences de l’hôpital");
        RuleSet town = RuleSet.builder().circuits("4", List.of(couple)).build();

        Logigramme drawn = Logigramme.of(town);

        assertThat(drawn.version()).isEqualTo(town.version()).isNotEqualTo(logigramme.version());
        for (Map<Topic, Answer> path : allPaths()) {
            boolean applies = couple.when().matches(Logigramme.situation(path));
            Leaf leaf = leafAt(drawn.root(), path);
            assertThat(leaf.circuits().contains(couple)).as("circuit on %s", path).isEqualTo(applies);
            assertThat(leaf.referrals().stream().anyMatch(r -> r.target().equals(HOSPITAL))).isEqualTo(applies);
        }
        assertThat(drawn.circuitsElsewhere()).isEmpty();
    }

    @Test
    void a_circuit_for_facts_the_tree_holds_fixed_applies_at_no_leaf_and_is_listed_apart() {
        Circuit sexual = new Circuit("urgences-hopital", CircuitCondition.ANY.violences(Violence.SEXUAL), HOSPITAL,
                Urgency.IMMEDIATE, "visit", "Urgences de l’hôpital");

        Logigramme drawn = Logigramme.of(RuleSet.builder().circuits("2", List.of(sexual)).build());

        assertThat(drawn.circuitsElsewhere()).containsExactly(sexual);
        assertThat(allPaths()).allSatisfy(path -> assertThat(leafAt(drawn.root(), path).circuits()).isEmpty());
    }

    @Test
    void a_plugin_shows_at_the_leaves_where_it_fires() {
        ReferralRule youngPeople = new ReferralRule() {
            @Override
            public String id() {
                return "town.young";
            }

            @Override
            public String version() {
                return "1";
            }

            @Override
            public String legalBasis() {
                return "convention";
            }

            @Override
            public boolean appliesTo(Situation situation) {
                return situation.age() == Facts.AgeGroup.MINOR;
            }

            @Override
            public void apply(Situation situation, DecisionBuilder decision) {
                decision.refer("tel:0800000000", Urgency.WITHIN_DAYS, "phone", "town.young");
            }
        };

        Logigramme drawn = Logigramme.of(RuleSet.builder().plugin(youngPeople).build());

        for (Map<Topic, Answer> path : allPaths()) {
            boolean minor = path.get(Topic.MINOR) == Answer.YES;
            assertThat(leafAt(drawn.root(), path).referrals().stream().anyMatch(r -> r.target().equals("tel:0800000000")))
                    .isEqualTo(minor);
        }
    }

    // ---- helpers ------------------------------------------------------------------------

    private static Optional<Report> report(Leaf leaf, String basis) {
        return leaf.reports().stream().filter(r -> r.outcome().legalBasis().startsWith(basis)).findFirst();
    }

    /** Follows a full path of answers down to its leaf. */
    private static Leaf leafAt(Node node, Map<Topic, Answer> path) {
        return switch (node) {
            case Leaf leaf -> leaf;
            case Question question -> leafAt(question.branches().stream()
                    .filter(b -> b.answers().contains(path.get(question.topic()))).findFirst().orElseThrow().next(), path);
        };
    }

    /** The answers leading to each question on a topic. */
    private static List<Map<Topic, Answer>> questionPaths(Node root, Topic topic) {
        List<Map<Topic, Answer>> found = new ArrayList<>();
        walk(root, new EnumMap<>(Topic.class), topic, found);
        return found;
    }

    private static void walk(Node node, Map<Topic, Answer> prefix, Topic topic, List<Map<Topic, Answer>> found) {
        if (node instanceof Question question) {
            if (question.topic() == topic) {
                found.add(prefix);
            }
            for (Branch branch : question.branches()) {
                for (Answer answer : branch.answers()) {
                    Map<Topic, Answer> next = new EnumMap<>(prefix);
                    next.put(question.topic(), answer);
                    walk(branch.next(), next, topic, found);
                }
            }
        }
    }

    private static List<Question> questions(Node node) {
        List<Question> all = new ArrayList<>();
        if (node instanceof Question question) {
            all.add(question);
            question.branches().forEach(b -> all.addAll(questions(b.next())));
        }
        return all;
    }

    private static Map<Topic, Answer> path(Answer danger, Answer minor, Answer asker, Answer consent, Answer emprise) {
        Map<Topic, Answer> path = new EnumMap<>(Topic.class);
        path.put(Topic.DANGER, danger);
        path.put(Topic.MINOR, minor);
        path.put(Topic.ASKER, asker);
        path.put(Topic.CONSENT, consent);
        path.put(Topic.EMPRISE, emprise);
        return path;
    }

    /** Every combination of answers. */
    private static List<Map<Topic, Answer>> allPaths() {
        List<Map<Topic, Answer>> paths = new ArrayList<>();
        paths.add(new EnumMap<>(Topic.class));
        for (Topic topic : Topic.values()) {
            List<Map<Topic, Answer>> longer = new ArrayList<>();
            for (Map<Topic, Answer> path : paths) {
                for (Answer answer : topic.answers()) {
                    Map<Topic, Answer> next = new EnumMap<>(path);
                    next.put(topic, answer);
                    longer.add(next);
                }
            }
            paths = longer;
        }
        assertThat(paths).hasSize(Set.of(Topic.values()).stream().mapToInt(t -> t.answers().size()).reduce(1, (a, b) -> a * b));
        return paths;
    }
}
