package io.github.clvss.core.contract;

import io.github.clvss.core.deliberation.DeliberationId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of a contract's text: version 1 is the text as approved (or the draft, before
 * approval), then one version per amendment.
 *
 * @param number 1, then 2 for the first amendment, and so on
 * @param text the words of that version
 * @param deliberation the deliberation that approved it; none for a draft
 * @param approvedOn that deliberation's date; none for a draft
 */
public record TextVersion(int number, ContractText text, Optional<DeliberationId> deliberation,
        Optional<LocalDate> approvedOn) {

    public TextVersion {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(deliberation, "deliberation");
        Objects.requireNonNull(approvedOn, "approvedOn");
    }
}
