package io.github.clvss.core.followup;

import io.github.clvss.core.access.PartnerId;
import java.util.List;

/**
 * The answer to "were all signatories there?" for one meeting.
 *
 * @param signatories the contract's signatory partners
 * @param missing those that did not attend (neither present nor represented, or not invited)
 */
public record SignatoryAttendance(List<PartnerId> signatories, List<PartnerId> missing) {

    public SignatoryAttendance {
        signatories = List.copyOf(signatories);
        missing = List.copyOf(missing);
    }

    /**
     * Whether every signatory attended. A contract without signatories has no meeting of all
     * its signatories: the answer is then no.
     */
    public boolean all() {
        return !signatories.isEmpty() && missing.isEmpty();
    }
}
