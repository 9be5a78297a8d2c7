package io.github.clvss.core.path;

import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.indicator.Figure;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a territory's diagnostic learns from its paths in one year (handovers sent that year,
 * purged paths included through their anonymous counts), after small-count masking
 * ({@link io.github.clvss.core.indicator.Disclosure}): the handovers by receiving partner and
 * status, the median time to acceptance, the share declined and why. Counts from 1 to
 * {@code threshold − 1} are masked, and so are the cells they could be worked out from.
 *
 * @param territory the territory
 * @param year the year the handovers were sent in
 * @param threshold the disclosure threshold applied
 * @param total every handover sent that year
 * @param byStatus the handovers by their status now (they add up to {@code total})
 * @param byPartner the handovers by receiving partner, each by status
 * @param medianHoursToAcceptance the median time from sent to accepted, in hours (masked when
 *     fewer than {@code threshold} handovers were accepted; missing when none was)
 * @param declinedPercent the share of handovers declined, in percent with one decimal (masked
 *     with the declined count)
 * @param declineReasons the declined handovers by reason (they add up to the declined count)
 */
public record PathStatistics(TerritoryId territory, int year, int threshold, Figure total, Map<HandoverStatus, Figure> byStatus,
        List<PartnerRow> byPartner, Figure medianHoursToAcceptance, Figure declinedPercent,
        Map<DeclineReason, Figure> declineReasons) {

    public PathStatistics {
        Objects.requireNonNull(territory, "territory");
        Objects.requireNonNull(total, "total");
        byStatus = Map.copyOf(byStatus);
        byPartner = List.copyOf(byPartner);
        Objects.requireNonNull(medianHoursToAcceptance, "medianHoursToAcceptance");
        Objects.requireNonNull(declinedPercent, "declinedPercent");
        declineReasons = Map.copyOf(declineReasons);
    }

    /**
     * One receiving partner's handovers.
     *
     * @param partner the receiving partner
     * @param total its handovers that year
     * @param byStatus its handovers by status (they add up to {@code total})
     */
    public record PartnerRow(PartnerId partner, Figure total, Map<HandoverStatus, Figure> byStatus) {
        public PartnerRow {
            Objects.requireNonNull(partner, "partner");
            Objects.requireNonNull(total, "total");
            byStatus = Map.copyOf(byStatus);
        }
    }
}
