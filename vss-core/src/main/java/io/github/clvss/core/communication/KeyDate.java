package io.github.clvss.core.communication;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.List;

/**
 * The yearly dates a communication plan is expected to mark: 8 March, the international day
 * for women's rights, and 25 November, the international day for the elimination of violence
 * against women.
 *
 * @param day the day of the year
 * @param code the text code of its name ({@code keydate.march-8})
 */
public record KeyDate(MonthDay day, String code) {

    /** 8 March and 25 November. */
    public static final List<KeyDate> ALL = List.of(
            new KeyDate(MonthDay.of(3, 8), "keydate.march-8"),
            new KeyDate(MonthDay.of(11, 25), "keydate.november-25"));

    /** The date in {@code year}. */
    public LocalDate in(Year year) {
        return day.atYear(year.getValue());
    }
}
