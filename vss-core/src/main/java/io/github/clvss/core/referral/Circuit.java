package io.github.clvss.core.referral;

import io.github.clvss.core.shared.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A town's local circuit: for the situations its condition meets, who handles them and how
 * soon. A circuit only adds a referral: it can never switch off a legal duty.
 *
 * @param name a short name, lower case, digits and hyphens ({@code urgences-ambroise-pare}); the rule id is {@code local.<name>}
 * @param when the situations it applies to
 * @param target {@code partner:<uuid>} or {@code resource:<uuid>}, the UUID in canonical form
 * @param urgency how soon
 * @param channel how
 * @param reason why, in the coordinator's words (or a text code)
 */
public record Circuit(String name, CircuitCondition when, String target, Urgency urgency, String channel, String reason)
        implements ReferralRule {

    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Circuit {
        if (!isName(name)) {
            throw new IllegalArgumentException("Circuit name “" + name + "”: use lower-case letters, digits and hyphens"
                    + " (80 at most).");
        }
        Objects.requireNonNull(when, "when");
        if (!isTarget(target)) {
            throw new IllegalArgumentException("Circuit " + name + ": the target “" + target
                    + "” must be partner:<id> or resource:<id>, the id a UUID in canonical form.");
        }
        Objects.requireNonNull(urgency, "urgency");
        if (channel.isBlank() || channel.length() > 40) {
            throw new IllegalArgumentException("Circuit " + name + ": the channel must have 1 to 40 characters.");
        }
        if (reason.isBlank() || reason.length() > 300) {
            throw new IllegalArgumentException("Circuit " + name + ": the reason must have 1 to 300 characters.");
        }
    }

    /** Whether {@code text} can name a circuit: lower-case letters, digits and hyphens, 80 at most. */
    public static boolean isName(String text) {
        return text.length() <= 80 && NAME.matcher(text).matches();
    }

    /** Whether {@code text} is {@code partner:<uuid>} or {@code resource:<uuid>}, the UUID in canonical (lower-case) form. */
    public static boolean isTarget(String text) {
        String[] parts = text.split(":", 2);
        return parts.length == 2 && (parts[0].equals("partner") || parts[0].equals("resource")) && canonicalUuid(parts[1]);
    }

    /** The target's id. */
    public UUID targetId() {
        return UUID.fromString(target.substring(target.indexOf(':') + 1));
    }

    /**
     * The rule "a circuit sends to someone the territory can reach": {@code circuit.target.missing}
     * at {@code path}, for this circuit's target. Whether the target is reachable depends on where
     * the circuit comes from (the stored partners and resources, or a file's).
     */
    public Problem targetMissing(String path) {
        return Problem.error("circuit.target.missing", path, target);
    }

    /**
     * The rule "a territory's circuits have distinct names": {@code circuit.name.duplicate} at
     * {@code $.circuits[i].name} when a circuit before the {@code i}-th in {@code names} has its name.
     */
    public static Optional<Problem> nameRepeated(List<String> names, int i) {
        return names.subList(0, i).contains(names.get(i))
                ? Optional.of(Problem.error("circuit.name.duplicate", "$.circuits[" + i + "].name", names.get(i)))
                : Optional.empty();
    }

    /**
     * The warnings {@code circuit.overlap}: two circuits some situation falls under both, at
     * {@code $.circuits[j].when} of the later one, in order.
     */
    public static List<Problem> overlapsIn(List<Circuit> circuits) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < circuits.size(); i++) {
            for (int j = i + 1; j < circuits.size(); j++) {
                if (circuits.get(i).overlaps(circuits.get(j))) {
                    problems.add(Problem.warning("circuit.overlap", "$.circuits[" + j + "].when", circuits.get(j).name(),
                            circuits.get(i).name()));
                }
            }
        }
        return List.copyOf(problems);
    }

    /** Whether the target is a partner (else a resource). */
    public boolean targetsPartner() {
        return target.startsWith("partner:");
    }

    private static boolean canonicalUuid(String text) {
        try {
            return UUID.fromString(text).toString().equals(text);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public String id() {
        return "local." + name;
    }

    @Override
    public String version() {
        return "local";
    }

    @Override
    public String legalBasis() {
        return "circuit local";
    }

    @Override
    public boolean appliesTo(Situation situation) {
        return when.matches(situation);
    }

    @Override
    public void apply(Situation situation, DecisionBuilder decision) {
        decision.refer(target, urgency, channel, reason);
    }

    /** Whether some situation falls under both circuits. */
    public boolean overlaps(Circuit other) {
        return when.overlaps(other.when);
    }
}
