package io.github.clvss.core.indicator;

import io.github.clvss.core.shared.InvalidInputException;
import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.Problem;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period a measurement covers: a calendar year, a quarter of a year, or a month of a year.
 * Written {@code 2022}, {@code 2022-Q3} (or {@code 2022-T3}, trimestre) and {@code 2022-03}.
 *
 * @param year the year, 1900 to 2999
 * @param quarter the quarter, 1 to 4, for a quarter
 * @param month the month, 1 to 12, for a month; never with a quarter
 */
public record Period(int year, Optional<Integer> quarter, Optional<Integer> month) implements Comparable<Period> {

    /** Earliest year accepted. */
    public static final int FIRST_YEAR = 1900;
    /** Latest year accepted. */
    public static final int LAST_YEAR = 2999;

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(?:([QT])([1-4])|(\\d{2})))?");
    private static final Comparator<Period> ORDER = Comparator.comparingInt((Period p) -> p.year())
            .thenComparing(Period::kind).thenComparingInt(Period::number);

    /** How long a period is. */
    public enum Kind {
        /** A calendar year. */
        YEAR,
        /** A quarter of a year. */
        QUARTER,
        /** A month. */
        MONTH
    }

    public Period {
        Objects.requireNonNull(quarter, "quarter");
        Objects.requireNonNull(month, "month");
        boolean valid = year >= FIRST_YEAR && year <= LAST_YEAR
                && quarter.map(q -> q >= 1 && q <= 4).orElse(true)
                && month.map(m -> m >= 1 && m <= 12).orElse(true)
                && (quarter.isEmpty() || month.isEmpty());
        if (!valid) {
            throw new InvalidInputException(Problem.general("indicator.period.invalid",
                    year + quarter.map(q -> "-Q" + q).orElse("") + month.map(m -> "-" + m).orElse("")));
        }
    }

    /** A calendar year. */
    public static Period year(int year) {
        return new Period(year, Optional.empty(), Optional.empty());
    }

    /** A quarter (1 to 4) of a year. */
    public static Period quarter(int year, int quarter) {
        return new Period(year, Optional.of(quarter), Optional.empty());
    }

    /** A month (1 to 12) of a year. */
    public static Period month(int year, int month) {
        return new Period(year, Optional.empty(), Optional.of(month));
    }

    /** Parses {@code 2022}, {@code 2022-Q3}, {@code 2022-T3} or {@code 2022-03}. */
    public static Parsed<Period> parse(String raw, String path) {
        Matcher m = FORM.matcher(raw.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            return Parsed.invalid(Problem.error("indicator.period.format", path, raw.strip()));
        }
        int year = Integer.parseInt(m.group(1));
        try {
            if (m.group(3) != null) {
                return Parsed.valid(quarter(year, Integer.parseInt(m.group(3))));
            }
            if (m.group(4) != null) {
                return Parsed.valid(month(year, Integer.parseInt(m.group(4))));
            }
            return Parsed.valid(year(year));
        } catch (InvalidInputException e) {
            return Parsed.invalid(Problem.error("indicator.period.format", path, raw.strip()));
        }
    }

    /** The period's length. */
    public Kind kind() {
        return quarter.isPresent() ? Kind.QUARTER : month.isPresent() ? Kind.MONTH : Kind.YEAR;
    }

    /** The quarter or month number; 0 for a year. */
    public int number() {
        return quarter.or(() -> month).orElse(0);
    }

    /** The same period from the given kind and number ({@code 0} for a year). */
    public static Period of(int year, Kind kind, int number) {
        return switch (kind) {
            case YEAR -> year(year);
            case QUARTER -> quarter(year, number);
            case MONTH -> month(year, number);
        };
    }

    /** The period of the same length just before this one: the year before, the quarter before, the month before. */
    public Period previous() {
        return switch (kind()) {
            case YEAR -> year(year - 1);
            case QUARTER -> quarter.orElseThrow() == 1 ? quarter(year - 1, 4) : quarter(year, quarter.orElseThrow() - 1);
            case MONTH -> month.orElseThrow() == 1 ? month(year - 1, 12) : month(year, month.orElseThrow() - 1);
        };
    }

    @Override
    public int compareTo(Period other) {
        return ORDER.compare(this, other);
    }

    /** {@code 2022}, {@code 2022-Q3} or {@code 2022-03}. */
    @Override
    public String toString() {
        return switch (kind()) {
            case YEAR -> String.valueOf(year);
            case QUARTER -> year + "-Q" + quarter.orElseThrow();
            case MONTH -> String.format(Locale.ROOT, "%d-%02d", year, month.orElseThrow());
        };
    }
}
