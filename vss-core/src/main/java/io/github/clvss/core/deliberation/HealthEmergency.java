package io.github.clvss.core.deliberation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The health-emergency derogations to the rules of council sittings (covid-19): while one is in
 * force, a council deliberates validly when <b>one third</b> of its members in office is present
 * (CGCT L2121-17 asks a majority), a member may hold <b>two proxies</b> (L2121-20: one), and the
 * sitting may be held remotely. They apply to sessions held in their periods — never outside
 * them, and not in the gaps between them.
 *
 * <ol>
 *   <li>24 March 2020 – 30 August 2020: loi n° 2020-290 du 23 mars 2020, art. 10 (one third
 *       present, two proxies), in force on its publication (Journal officiel of 24 March 2020);
 *       ordonnance n° 2020-391 du 1er avril 2020 (remote sittings); the end date is the one
 *       art. 10 states in the wording of loi n° 2020-760 du 22 juin 2020 ("jusqu'au 30 août
 *       2020").</li>
 *   <li>Gap: 31 August 2020 – 14 November 2020, ordinary law. <em>Uncertain from 17 October
 *       2020</em>: art. 10 applies "if [the health emergency] is extended beyond [30 August]",
 *       and a new one was declared from 17 October 2020 (décret n° 2020-1257); commentators first
 *       read that as reviving art. 10, then not, and loi n° 2020-1379 art. 6 put the rules in
 *       force again. vss keeps ordinary law (docs/deliberation, built-in scenarios 147–149).</li>
 *   <li>15 November 2020 – 30 September 2021: loi n° 2020-1379 du 14 novembre 2020, art. 6
 *       (Journal officiel of 15 November 2020), extended to 30 September 2021 by loi n° 2021-689
 *       du 31 mai 2021.</li>
 *   <li>Gap: 1 October 2021 – 11 November 2021, ordinary law.</li>
 *   <li>12 November 2021 – 31 July 2022: loi n° 2021-1465 du 10 novembre 2021, art. 10,
 *       published in the Journal officiel of 11 November 2021; the law fixes no date of entry
 *       into force, so it took effect the day after its publication (code civil, art. 1).</li>
 * </ol>
 *
 * <p>Quorum in these periods counts members present, in the room or remotely; proxies still do
 * not count. Where a date rests on the authors' reading rather than the published text, the
 * period says so ({@link Period#dateChecked()}).
 */
public final class HealthEmergency {

    /**
     * One period of derogation.
     *
     * @param from first day
     * @param until last day
     * @param text the text that set it
     * @param dateChecked whether both ends were checked against the published text
     */
    public record Period(LocalDate from, LocalDate until, String text, boolean dateChecked) {

        /** Whether a session on {@code day} falls in the period. */
        public boolean covers(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(until);
        }
    }

    /** The periods, in order. */
    public static final List<Period> PERIODS = List.of(
            new Period(LocalDate.of(2020, 3, 24), LocalDate.of(2020, 8, 30),
                    "loi n° 2020-290 du 23 mars 2020, art. 10 ; ordonnance n° 2020-391 du 1er avril 2020", true),
            new Period(LocalDate.of(2020, 11, 15), LocalDate.of(2021, 9, 30),
                    "loi n° 2020-1379 du 14 novembre 2020, art. 6 ; loi n° 2021-689 du 31 mai 2021", true),
            new Period(LocalDate.of(2021, 11, 12), LocalDate.of(2022, 7, 31),
                    "loi n° 2021-1465 du 10 novembre 2021, art. 10", true));

    private HealthEmergency() {
    }

    /** The derogation a session held on {@code day} falls under, if any. */
    public static Optional<Period> on(LocalDate day) {
        return PERIODS.stream().filter(p -> p.covers(day)).findFirst();
    }
}
