package io.github.clvss.core.referral;

import io.github.clvss.core.shared.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The rules of one territory compiled once: vss's French rules first, then the town's circuits,
 * then plug-ins. Immutable and thread-safe; {@link #decide(Situation)} is pure and
 * deterministic (same situation, same decision, same order).
 *
 * <p>Its {@link #version()} names the vss version, the built-in rules' version, the circuits'
 * revision and each plug-in with its version, e.g.
 * {@code vss 0.1.0 · fr 2026.1 · circuits 3 · boulogne.taxi 1}; every decision carries it.
 */
public final class RuleSet {

    private static final String VSS_VERSION = vssVersion();

    private final List<ReferralRule> rules;
    private final String version;
    /** The rules compiled, in the order they are evaluated. */
    private final Step[] steps;

    /**
     * A rule compiled once: its test and its effect reached without going through the rule
     * (a circuit's condition as {@link ConditionBits}), its firing in the trace, and the days it
     * is in force as epoch days when vss knows them (built-in rules, circuits) — else
     * {@link ReferralRule#inForceOn(LocalDate)} is asked.
     */
    private record Step(ReferralRule rule, Predicate<Situation> when, BiConsumer<Situation, DecisionBuilder> then,
            Firing firing, boolean inForceWithNoEnd, boolean periodKnown, long firstDay, long lastDay) {

        static Step of(ReferralRule rule) {
            Firing firing = new Firing(rule.id(), rule.version(), rule.legalBasis());
            return switch (rule) {
                case FrenchRules.BuiltIn b -> new Step(rule, b.when(), b.then(), firing, b.period().until().isEmpty(), true,
                        b.period().from().toEpochDay(), b.period().until().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE));
                case Circuit c -> new Step(rule, new ConditionBits(c.when()), c::apply, firing, true, true, Long.MIN_VALUE,
                        Long.MAX_VALUE);
                default -> new Step(rule, rule::appliesTo, rule::apply, firing, true, false, 0, 0);
            };
        }

        boolean inForceOn(LocalDate day, long epochDay) {
            return periodKnown ? firstDay <= epochDay && epochDay <= lastDay : rule.inForceOn(day);
        }
    }

    private RuleSet(List<ReferralRule> rules, String version) {
        this.rules = List.copyOf(rules);
        this.version = version;
        this.steps = this.rules.stream().map(Step::of).toArray(Step[]::new);
    }

    /** vss's French rules alone. */
    public static RuleSet french() {
        return builder().build();
    }

    /** Starts from vss's French rules; add circuits and plug-ins, then {@link Builder#build()}. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The decision for a situation under the rules in force with no end date — the law as vss
     * knows it today. Prefer {@link #decide(Situation, LocalDate)}, which says the day.
     */
    public Decision decide(Situation situation) {
        DecisionBuilder decision = new DecisionBuilder();
        for (Step step : steps) {
            if (step.inForceWithNoEnd && step.when.test(situation)) {
                decision.firing(step.firing);
                step.then.accept(situation, decision);
            }
        }
        return decision.build(version, Optional.empty());
    }

    /**
     * The decision for a situation taken on {@code day}: the day the professional acts, whose
     * law applies — a report is judged by the law in force when it is made, not when the
     * violence happened. A built-in rule applies only in its period ({@link RuleTable}).
     */
    public Decision decide(Situation situation, LocalDate day) {
        DecisionBuilder decision = new DecisionBuilder();
        long epochDay = day.toEpochDay();
        for (Step step : steps) {
            if (step.inForceOn(day, epochDay) && step.when.test(situation)) {
                decision.firing(step.firing);
                step.then.accept(situation, decision);
            }
        }
        return decision.build(version, Optional.of(day));
    }

    /** Names the vss version, the built-in rules, the circuits' revision and the plug-ins. */
    public String version() {
        return version;
    }

    /** vss's texts in {@code locale} with those of every rule that brings its own ({@link ReferralRule#texts()}). */
    public Messages messages(Locale locale) {
        Messages messages = Messages.of(locale);
        for (ReferralRule rule : rules) {
            Optional<String> bundle = rule.texts();
            if (bundle.isPresent()) {
                messages = messages.withBundle(bundle.get(), rule.getClass().getClassLoader());
            }
        }
        return messages;
    }

    /** The rules declared for {@link ServiceLoader} in {@code loader}'s class path. */
    public static List<ReferralRule> discovered(ClassLoader loader) {
        List<ReferralRule> found = new ArrayList<>();
        ServiceLoader.load(ReferralRule.class, loader).forEach(found::add);
        return List.copyOf(found);
    }

    /** The rules, in the order they are evaluated. */
    public List<ReferralRule> rules() {
        return rules;
    }

    /** Compiles a rule set; not thread-safe, the rule set it builds is. */
    public static final class Builder {

        private final List<ReferralRule> circuits = new ArrayList<>();
        private String circuitRevision = "0";
        private final List<ReferralRule> plugins = new ArrayList<>();

        private Builder() {
        }

        /** The town's local circuits at a revision; replaces circuits given before. */
        public Builder circuits(String revision, List<? extends ReferralRule> localCircuits) {
            if (revision.isBlank()) {
                throw new IllegalArgumentException("A circuits revision cannot be blank.");
            }
            circuitRevision = revision;
            circuits.clear();
            circuits.addAll(localCircuits);
            return this;
        }

        /** Adds a rule registered in code. */
        public Builder plugin(ReferralRule rule) {
            plugins.add(rule);
            return this;
        }

        /** Adds every rule declared in {@code META-INF/services/io.github.clvss.core.referral.ReferralRule}. */
        public Builder discover(ClassLoader loader) {
            plugins.addAll(discovered(loader));
            return this;
        }

        /**
         * The rule set.
         *
         * @throws IllegalArgumentException when two rules share an id, a circuit or plug-in takes
         *     an id of vss's own ({@code fr.}…), or a plug-in one of the circuits' ({@code local.}…)
         */
        public RuleSet build() {
            List<ReferralRule> all = new ArrayList<>(FrenchRules.all());
            List<ReferralRule> sortedPlugins = plugins.stream().sorted(Comparator.comparing(ReferralRule::id)).toList();
            List<ReferralRule> added = new ArrayList<>(circuits);
            added.addAll(sortedPlugins);
            Set<String> ids = new HashSet<>();
            all.forEach(rule -> ids.add(rule.id()));
            for (ReferralRule rule : added) {
                if (rule.id().startsWith("fr.")) {
                    throw new IllegalArgumentException("Rule " + rule.id() + ": ids starting with “fr.” are vss’s own.");
                }
                if (rule.id().startsWith("local.") && !(rule instanceof Circuit)) {
                    throw new IllegalArgumentException("Rule " + rule.id() + ": ids starting with “local.” are the circuits’.");
                }
                if (!ids.add(rule.id())) {
                    throw new IllegalArgumentException("Two rules have the id " + rule.id() + ".");
                }
                all.add(rule);
            }
            String pluginPart = sortedPlugins.stream()
                    .map(rule -> " · " + rule.id() + " " + rule.version()).collect(Collectors.joining());
            String version = "vss " + VSS_VERSION + " · fr " + FrenchRules.VERSION + " · circuits " + circuitRevision
                    + pluginPart;
            return new RuleSet(all, version);
        }
    }

    private static String vssVersion() {
        try (InputStream in = RuleSet.class.getResourceAsStream("vss-version.txt")) {
            if (in == null) {
                throw new IllegalStateException("vss-version.txt is missing from vss-core");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
