package io.github.clvss.core.contractfile;

import io.github.clvss.core.followup.Actions;
import io.github.clvss.core.followup.Meetings;
import io.github.clvss.core.followup.Obligations;
import io.github.clvss.core.indicator.DiagnosticNotes;
import io.github.clvss.core.indicator.Indicators;
import java.util.Objects;

/**
 * The ports where a contract's follow-up is kept, which the contract file reads and replaces
 * (format 1.5).
 *
 * @param obligations recurring obligations port
 * @param actions follow-up actions port
 * @param meetings meetings port
 * @param indicators indicators and measurements port
 * @param diagnosticNotes the diagnostic's notes port
 */
public record FollowUpPorts(Obligations obligations, Actions actions, Meetings meetings, Indicators indicators,
        DiagnosticNotes diagnosticNotes) {

    public FollowUpPorts {
        Objects.requireNonNull(obligations, "obligations");
        Objects.requireNonNull(actions, "actions");
        Objects.requireNonNull(meetings, "meetings");
        Objects.requireNonNull(indicators, "indicators");
        Objects.requireNonNull(diagnosticNotes, "diagnosticNotes");
    }
}
