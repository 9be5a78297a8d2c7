package io.github.clvss.core.path;

import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.indicator.Disclosure;
import io.github.clvss.core.indicator.Figure;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
     * The statistics of counted handovers, masked.
     *
     * @param tallies the live handovers and the purged paths' counts of the year
     */
    public static PathStatistics of(TerritoryId territory, int year, Disclosure disclosure, List<PathTally> tallies) {
        Map<String, Optional<BigDecimal>> cells = new LinkedHashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        List<PartnerId> partners = tallies.stream().map(PathTally::to).distinct()
                .sorted(Comparator.comparing(PartnerId::value)).toList();
        for (PathTally t : tallies) {
            counts.merge(TOTAL, t.handovers(), Integer::sum);
            counts.merge(status(t.status()), t.handovers(), Integer::sum);
            counts.merge(partner(t.to()), t.handovers(), Integer::sum);
            counts.merge(partner(t.to()) + "/" + t.status(), t.handovers(), Integer::sum);
            t.declineReason().ifPresent(r -> counts.merge(reason(r), t.handovers(), Integer::sum));
        }
        List<Disclosure.Group<String>> groups = new ArrayList<>();
        cells.put(TOTAL, count(counts, TOTAL));
        List<String> statuses = Arrays.stream(HandoverStatus.values()).map(PathStatistics::status).toList();
        statuses.forEach(k -> cells.put(k, count(counts, k)));
        groups.add(new Disclosure.Group<>(TOTAL, statuses));
        List<String> partnerTotals = new ArrayList<>();
        for (PartnerId p : partners) {
            partnerTotals.add(partner(p));
            cells.put(partner(p), count(counts, partner(p)));
            List<String> parts = Arrays.stream(HandoverStatus.values()).map(s -> partner(p) + "/" + s).toList();
            parts.forEach(k -> cells.put(k, count(counts, k)));
            groups.add(new Disclosure.Group<>(partner(p), parts));
        }
        if (!partners.isEmpty()) {
            groups.add(new Disclosure.Group<>(TOTAL, partnerTotals));
            for (HandoverStatus s : HandoverStatus.values()) {
                groups.add(new Disclosure.Group<>(status(s), partners.stream().map(p -> partner(p) + "/" + s).toList()));
            }
        }
        List<String> reasons = Arrays.stream(DeclineReason.values()).map(PathStatistics::reason).toList();
        reasons.forEach(k -> cells.put(k, count(counts, k)));
        groups.add(new Disclosure.Group<>(status(HandoverStatus.DECLINED), reasons));
        Map<String, Figure> figures = disclosure.protect(cells, cells.keySet(), groups);

        Map<HandoverStatus, Figure> byStatus = new EnumMap<>(HandoverStatus.class);
        Arrays.stream(HandoverStatus.values()).forEach(s -> byStatus.put(s, figures.get(status(s))));
        List<PartnerRow> rows = partners.stream().map(p -> {
            Map<HandoverStatus, Figure> each = new EnumMap<>(HandoverStatus.class);
            Arrays.stream(HandoverStatus.values()).forEach(s -> each.put(s, figures.get(partner(p) + "/" + s)));
            return new PartnerRow(p, figures.get(partner(p)), each);
        }).toList();
        Map<DeclineReason, Figure> why = new EnumMap<>(DeclineReason.class);
        Arrays.stream(DeclineReason.values()).forEach(r -> why.put(r, figures.get(reason(r))));
        Figure total = figures.get(TOTAL);
        Figure declined = figures.get(status(HandoverStatus.DECLINED));
        int all = counts.getOrDefault(TOTAL, 0);
        Figure percent = total.masked() || declined.masked() ? new Figure.Masked(Figure.Reason.PROTECTS_ANOTHER)
                : all == 0 ? new Figure.Missing()
                : new Figure.Shown(BigDecimal.valueOf(counts.getOrDefault(status(HandoverStatus.DECLINED), 0) * 100L)
                        .divide(BigDecimal.valueOf(all), 1, RoundingMode.HALF_UP));
        return new PathStatistics(territory, year, disclosure.threshold(), total, byStatus, rows,
                median(tallies, disclosure), percent, why);
    }

    /** The median of the accepted handovers' hours, masked below the threshold. */
    private static Figure median(List<PathTally> tallies, Disclosure disclosure) {
        List<Integer> hours = new ArrayList<>();
        tallies.forEach(t -> t.hoursToAcceptance().ifPresent(h -> {
            for (int i = 0; i < t.handovers(); i++) {
                hours.add(h);
            }
        }));
        if (hours.isEmpty()) {
            return new Figure.Missing();
        }
        if (disclosure.belowThreshold(BigDecimal.valueOf(hours.size()))) {
            return new Figure.Masked(Figure.Reason.BELOW_THRESHOLD);
        }
        Collections.sort(hours);
        int n = hours.size();
        BigDecimal median = n % 2 == 1 ? BigDecimal.valueOf(hours.get(n / 2))
                : BigDecimal.valueOf(hours.get(n / 2 - 1) + hours.get(n / 2)).divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP);
        return new Figure.Shown(median);
    }

    private static final String TOTAL = "total";

    private static String status(HandoverStatus status) {
        return "status/" + status;
    }

    private static String partner(PartnerId partner) {
        return "partner/" + partner.value();
    }

    private static String reason(DeclineReason reason) {
        return "declined/" + reason;
    }

    private static Optional<BigDecimal> count(Map<String, Integer> counts, String key) {
        return Optional.of(BigDecimal.valueOf(counts.getOrDefault(key, 0)));
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
