package io.github.clvss.core.referral;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a rule may do to a decision in progress: add a referral (the most urgent wins for a
 * target), add a reporting outcome. It offers no way to remove anything — so no rule, local
 * circuit or plug-in can switch off a legal duty another rule added.
 */
public final class DecisionBuilder {

    // a decision holds a few referrals and outcomes: small arrays searched in order beat maps
    private Referral[] referrals = new Referral[8];
    /** Whether the referral at the same index goes before the others of its urgency. */
    private boolean[] first = new boolean[8];
    private int referralCount;
    private ReportingOutcome[] reports = new ReportingOutcome[4];
    private int reportCount;
    private Firing[] trace = new Firing[8];
    private int firingCount;
    private String currentRule = "";

    DecisionBuilder() {
    }

    void firing(Firing firing) {
        currentRule = firing.rule();
        if (firingCount == trace.length) {
            trace = Arrays.copyOf(trace, firingCount * 2);
        }
        trace[firingCount++] = firing;
    }

    /** Adds a referral; for a target already referred to, keeps the more urgent one. */
    public DecisionBuilder refer(String target, Urgency urgency, String channel, String reason) {
        add(target, urgency, channel, reason, false);
        return this;
    }

    /**
     * Adds a referral that comes before the others of the same urgency (114 for a person who
     * cannot speak or is deaf or hard of hearing).
     */
    public DecisionBuilder referFirst(String target, Urgency urgency, String channel, String reason) {
        add(target, urgency, channel, reason, true);
        return this;
    }

    private void add(String target, Urgency urgency, String channel, String reason, boolean goesFirst) {
        Referral referral = new Referral(target, urgency, channel, reason, currentRule);
        for (int i = 0; i < referralCount; i++) {
            if (referrals[i].target().equals(target)) {
                if (urgency.compareTo(referrals[i].urgency()) < 0) {
                    referrals[i] = referral;
                }
                first[i] |= goesFirst;
                return;
            }
        }
        if (referralCount == referrals.length) {
            referrals = Arrays.copyOf(referrals, referralCount * 2);
            first = Arrays.copyOf(first, referralCount * 2);
        }
        first[referralCount] = goesFirst;
        referrals[referralCount++] = referral;
    }

    /** Adds a reporting outcome. */
    public DecisionBuilder report(Addressee addressee, Modality modality, boolean consentNeeded, List<String> duties,
            String legalBasis) {
        ReportingOutcome outcome = new ReportingOutcome(addressee, modality, consentNeeded, duties, legalBasis, currentRule);
        if (reportCount == reports.length) {
            reports = Arrays.copyOf(reports, reportCount * 2);
        }
        reports[reportCount++] = outcome;
        return this;
    }

    Decision build(String version, Optional<LocalDate> day) {
        // most urgent first, then those that go first, each group in the order referred: a stable insertion sort
        for (int i = 1; i < referralCount; i++) {
            Referral referral = referrals[i];
            boolean goesFirst = first[i];
            int j = i - 1;
            while (j >= 0 && after(referrals[j], first[j], referral, goesFirst)) {
                referrals[j + 1] = referrals[j];
                first[j + 1] = first[j];
                j--;
            }
            referrals[j + 1] = referral;
            first[j + 1] = goesFirst;
        }
        return new Decision(list(referrals, referralCount), list(reports, reportCount), list(trace, firingCount), version,
                day);
    }

    private static boolean after(Referral a, boolean aFirst, Referral b, boolean bFirst) {
        int byUrgency = a.urgency().compareTo(b.urgency());
        return byUrgency > 0 || byUrgency == 0 && !aFirst && bFirst;
    }

    /** An unmodifiable list of the first {@code count} elements, which {@link Decision} keeps without copying. */
    private static <T> List<T> list(T[] elements, int count) {
        return switch (count) {
            case 0 -> List.of();
            case 1 -> List.of(elements[0]);
            case 2 -> List.of(elements[0], elements[1]);
            default -> List.of(Arrays.copyOf(elements, count));
        };
    }
}
