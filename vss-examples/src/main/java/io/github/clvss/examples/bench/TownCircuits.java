package io.github.clvss.examples.bench;

import io.github.clvss.core.referral.Circuit;
import io.github.clvss.core.referral.CircuitCondition;
import io.github.clvss.core.referral.Facts.AgeGroup;
import io.github.clvss.core.referral.Facts.Relation;
import io.github.clvss.core.referral.Facts.Violence;
import io.github.clvss.core.referral.RuleSet;
import io.github.clvss.core.referral.Urgency;
import java.util.List;

/**
 * The three local circuits of the referral benchmarks, as a town could define them: the
 * hospital's emergency department for physical or sexual violence in immediate danger, the
 * CIDFF's legal help for adults within the couple, the maison des adolescents for a minor victim.
 */
public final class TownCircuits {

    /** Emergency department of the town's hospital. */
    public static final String HOSPITAL = "partner:0190a000-0000-7000-8000-000000000001";
    /** The CIDFF's legal help. */
    public static final String CIDFF = "partner:0190a000-0000-7000-8000-000000000002";
    /** The maison des adolescents. */
    public static final String TEENAGERS = "resource:0190a000-0000-7000-8000-000000000003";

    private TownCircuits() {
    }

    /** The three circuits, in the order they are evaluated. */
    public static List<Circuit> all() {
        return List.of(
                new Circuit("urgences-hopital", CircuitCondition.ANY.immediateDanger(true)
                        .violences(Violence.PHYSICAL, Violence.SEXUAL), HOSPITAL, Urgency.IMMEDIATE, "visit",
                        "Urgences de l’hôpital, accueil des victimes jour et nuit"),
                new Circuit("cidff-permanence", CircuitCondition.ANY.relations(Relation.PARTNER, Relation.FORMER_PARTNER)
                        .ages(AgeGroup.ADULT, AgeGroup.ELDERLY), CIDFF, Urgency.WITHIN_DAYS, "phone",
                        "Permanence juridique du CIDFF"),
                new Circuit("maison-des-adolescents", CircuitCondition.ANY.ages(AgeGroup.MINOR)
                        .violences(Violence.PHYSICAL, Violence.SEXUAL, Violence.PSYCHOLOGICAL), TEENAGERS,
                        Urgency.WITHIN_24_HOURS, "phone", "Maison des adolescents"));
    }

    /** vss's French rules with the three circuits. */
    public static RuleSet ruleSet() {
        return RuleSet.builder().circuits("3", all()).build();
    }
}
