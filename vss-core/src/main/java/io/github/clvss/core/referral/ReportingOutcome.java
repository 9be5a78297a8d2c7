package io.github.clvss.core.referral;

import java.util.List;
import java.util.Objects;

/**
 * What the law says about reporting in this situation: to whom, whether it is a power or a
 * duty, whether the victim's consent is needed, and the duties that go with it.
 *
 * @param addressee who receives the report
 * @param modality power or duty
 * @param consentNeeded whether the victim's consent is required
 * @param duties codes of what must accompany it ({@code duty.try-consent}, {@code duty.inform-victim}…)
 * @param legalBasis the article, e.g. {@code art. 226-14 3° du code pénal}
 * @param rule the id of the rule that said it
 */
public record ReportingOutcome(Addressee addressee, Modality modality, boolean consentNeeded, List<String> duties,
        String legalBasis, String rule) {

    public ReportingOutcome {
        Objects.requireNonNull(addressee, "addressee");
        Objects.requireNonNull(modality, "modality");
        duties = List.copyOf(duties);
        Objects.requireNonNull(legalBasis, "legalBasis");
        Objects.requireNonNull(rule, "rule");
    }
}
