package io.github.clvss.core.communication;

import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.TimeOrderedIds;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a campaign or an action of a communication plan.
 *
 * @param value a time-ordered UUID
 */
public record CampaignId(UUID value) {

    public CampaignId {
        Objects.requireNonNull(value, "value");
    }

    /** A new id for a campaign planned now. */
    public static CampaignId next(Clock clock) {
        return new CampaignId(TimeOrderedIds.next(clock));
    }

    /** Parses the canonical UUID form. */
    public static Parsed<CampaignId> parse(String raw, String path) {
        return TimeOrderedIds.parse(raw, path).map(CampaignId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
