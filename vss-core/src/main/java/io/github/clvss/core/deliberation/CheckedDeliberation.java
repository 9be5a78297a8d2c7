package io.github.clvss.core.deliberation;

import java.util.List;
import java.util.Objects;

/**
 * A deliberation as it was stored, with what {@link DeliberationCheck} found in it then.
 *
 * @param deliberation the stored deliberation, with its version
 * @param findings every finding, errors and warnings
 */
public record CheckedDeliberation(Deliberation deliberation, List<Finding> findings) {

    public CheckedDeliberation {
        Objects.requireNonNull(deliberation, "deliberation");
        findings = List.copyOf(findings);
    }

    /** Whether the check found an error. */
    public boolean hasErrors() {
        return DeliberationCheck.hasErrors(findings);
    }
}
