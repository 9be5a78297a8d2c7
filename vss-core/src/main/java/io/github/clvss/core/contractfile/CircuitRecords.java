package io.github.clvss.core.contractfile;

import io.github.clvss.core.contractfile.FileRecords.CircuitV1;
import io.github.clvss.core.contractfile.FileRecords.WhenV1;
import io.github.clvss.core.referral.Circuit;
import io.github.clvss.core.referral.CircuitCondition;
import io.github.clvss.core.referral.Facts.AgeGroup;
import io.github.clvss.core.referral.Facts.Capacity;
import io.github.clvss.core.referral.Facts.Consent;
import io.github.clvss.core.referral.Facts.Context;
import io.github.clvss.core.referral.Facts.Institution;
import io.github.clvss.core.referral.Facts.Offence;
import io.github.clvss.core.referral.Facts.Recency;
import io.github.clvss.core.referral.Facts.Relation;
import io.github.clvss.core.referral.Facts.Violence;
import io.github.clvss.core.referral.Facts.Vulnerability;
import io.github.clvss.core.referral.Urgency;
import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.Problem;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The local circuits' section of the contract file: circuits, read and written. */
final class CircuitRecords {

    private CircuitRecords() {
    }

    static CircuitV1 circuit(Circuit c) {
        CircuitCondition w = c.when();
        return new CircuitV1(c.name(), new WhenV1(names(w.ages()), names(w.vulnerabilities()), names(w.relations()),
                names(w.violences()), names(w.recencies()), flags(w.immediateDanger()), flags(w.emprise()),
                flags(w.childrenExposed()), flags(w.cannotSpeak()), flags(w.needsShelter()), names(w.consents()),
                names(w.askers()), names(w.contexts()), names(w.offences()), flags(w.lifeInDanger()), flags(w.childVictim()),
                flags(w.dangerousWithWeapon()), flags(w.deafOrHardOfHearing()), names(w.institutions()),
                flags(w.learnedInFunctions()), flags(w.judicialPoliceOfficer())), c.target(), c.urgency().name(), c.channel(), c.reason());
    }

    /** The values' names in order, or nothing (left out of the file) for an empty set: any value. */
    static @Nullable List<String> names(Set<? extends Enum<?>> values) {
        return values.isEmpty() ? null : values.stream().map(Enum::name).sorted().toList();
    }

    static @Nullable List<Boolean> flags(Set<Boolean> values) {
        return values.isEmpty() ? null : values.stream().sorted().toList();
    }

    /**
     * A file of a version before 1.6 does not carry the facts added to circuits in 1.6 (an
     * older vss would read such a circuit as applying to any value of them: wider than written).
     */
    static void newerFacts(java.util.function.Consumer<Problem> check, @Nullable List<CircuitV1> circuits, String version) {
        if (circuits == null) {
            return;
        }
        for (int i = 0; i < circuits.size(); i++) {
            for (String fact : circuits.get(i).when().since16().keySet()) {
                check.accept(Problem.error("file.version.field-newer", "$.circuits[" + i + "].when." + fact, fact, "1.6",
                        version));
            }
        }
    }

    /** The schema checks each value's spelling; what is left is the name's and the target's form. */
    static Parsed<Circuit> circuit(CircuitV1 c, String path) {
        if (!Circuit.isName(c.name())) {
            return Parsed.invalid(Problem.error("circuit.name.format", path + ".name", c.name()));
        }
        if (!Circuit.isTarget(c.target())) {
            return Parsed.invalid(Problem.error("circuit.target.format", path + ".target", c.target()));
        }
        WhenV1 w = c.when();
        CircuitCondition when = new CircuitCondition(FileValues.values(w.ages(), AgeGroup::valueOf),
                FileValues.values(w.vulnerabilities(), Vulnerability::valueOf), FileValues.values(w.relations(), Relation::valueOf),
                FileValues.values(w.violences(), Violence::valueOf), FileValues.values(w.recencies(), Recency::valueOf),
                FileValues.values(w.immediateDanger(), b -> b), FileValues.values(w.emprise(), b -> b), FileValues.values(w.childrenExposed(), b -> b),
                FileValues.values(w.cannotSpeak(), b -> b), FileValues.values(w.needsShelter(), b -> b), FileValues.values(w.consents(), Consent::valueOf),
                FileValues.values(w.askers(), Capacity::valueOf), FileValues.values(w.contexts(), Context::valueOf),
                FileValues.values(w.offences(), Offence::valueOf), FileValues.values(w.lifeInDanger(), b -> b),
                FileValues.values(w.childVictim(), b -> b), FileValues.values(w.dangerousWithWeapon(), b -> b),
                FileValues.values(w.deafOrHardOfHearing(), b -> b), FileValues.values(w.institutions(), Institution::valueOf),
                FileValues.values(w.learnedInFunctions(), b -> b), FileValues.values(w.judicialPoliceOfficer(), b -> b));
        return Parsed.valid(new Circuit(c.name(), when, c.target(), Urgency.valueOf(c.urgency()), c.channel(), c.reason()));
    }
}
