package io.github.clvss.core.scenario;

import io.github.clvss.core.referral.Addressee;
import io.github.clvss.core.referral.Modality;
import io.github.clvss.core.referral.Situation;
import io.github.clvss.core.referral.Urgency;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A situation and what its decision must hold. Expectations are partial: listed referrals and
 * reports must be there, absent ones must not; anything else may be.
 *
 * @param name what the scenario shows
 * @param source the law or local decision it illustrates
 * @param date the day the decision is taken, when the scenario says (the law of that day applies);
 *     otherwise the rules in force with no end date
 * @param situation the facts
 * @param referrals referrals the decision must contain
 * @param reports reporting outcomes the decision must contain
 * @param absentTargets targets the decision must not refer to
 * @param absentLegalBases legal bases (their start) no reporting outcome may cite
 * @param firstReferral the target the decision must refer to first, when the scenario says
 */
public record Scenario(String name, String source, Optional<LocalDate> date, Situation situation, List<ExpectedReferral> referrals,
        List<ExpectedReport> reports, List<String> absentTargets, List<String> absentLegalBases, Optional<String> firstReferral) {

    public Scenario {
        referrals = List.copyOf(referrals);
        reports = List.copyOf(reports);
        absentTargets = List.copyOf(absentTargets);
        absentLegalBases = List.copyOf(absentLegalBases);
    }

    /**
     * A referral the decision must make.
     *
     * @param target where
     * @param urgency how soon, when the scenario says
     */
    public record ExpectedReferral(String target, Optional<Urgency> urgency) {
    }

    /**
     * A reporting outcome the decision must hold.
     *
     * @param addressee to whom
     * @param legalBasis the start of its legal basis, e.g. {@code art. 226-14 3°}
     * @param modality power or duty, when the scenario says
     * @param consentNeeded whether consent is needed, when the scenario says
     * @param duties duties it must carry (others may be there too)
     */
    public record ExpectedReport(Addressee addressee, String legalBasis, Optional<Modality> modality,
            Optional<Boolean> consentNeeded, List<String> duties) {

        public ExpectedReport {
            if (legalBasis.isBlank()) {
                throw new IllegalArgumentException("An expected report needs the start of its legal basis.");
            }
            duties = List.copyOf(duties);
        }
    }
}
