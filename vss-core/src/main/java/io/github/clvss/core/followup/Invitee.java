package io.github.clvss.core.followup;

import io.github.clvss.core.access.PartnerId;
import java.util.Objects;
import java.util.Optional;

/**
 * A partner invited to a meeting, and how it attended once that is recorded.
 *
 * @param partner the invited partner
 * @param attendance how it attended; empty until recorded
 */
public record Invitee(PartnerId partner, Optional<Attendance> attendance) {

    public Invitee {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(attendance, "attendance");
    }

    /** A partner invited, its attendance not recorded yet. */
    public static Invitee invited(PartnerId partner) {
        return new Invitee(partner, Optional.empty());
    }

    /** Whether it is recorded as present or represented. */
    public boolean attended() {
        return attendance.map(Attendance::attended).orElse(false);
    }
}
