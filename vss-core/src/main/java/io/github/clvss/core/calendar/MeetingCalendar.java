package io.github.clvss.core.calendar;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.DaylightSavingsTime;
import biweekly.component.Observance;
import biweekly.component.StandardTime;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.property.Method;
import biweekly.util.DateTimeComponents;
import biweekly.util.Frequency;
import biweekly.util.Recurrence;
import biweekly.util.UtcOffset;
import io.github.clvss.core.followup.InvitationCalendar;
import io.github.clvss.core.followup.Meeting;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

/**
 * A meeting as an iCalendar file (RFC 5545), made with biweekly: one event, UID
 * {@code <meeting id>@vss} (stable, so a calendar application updates the event when the
 * meeting changes; its SEQUENCE is the meeting's version), DTSTART and DTEND as local times
 * with the territory's TZID, and that zone's VTIMEZONE built from the JDK's time-zone rules —
 * nothing is downloaded.
 */
public final class MeetingCalendar implements InvitationCalendar {

    /** Makes the calendar files of meetings. */
    public MeetingCalendar() {
        // no state
    }

    @Override
    public String ics(Meeting meeting, ZoneId zone, String summary, String description, Instant stamp) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//vss//comité de pilotage//FR");
        calendar.setMethod(Method.publish());
        VEvent event = new VEvent();
        event.setUid(meeting.id() + "@vss");
        event.setDateTimeStamp(Date.from(stamp));
        event.setSequence((int) Math.min(Integer.MAX_VALUE, meeting.version()));
        event.setSummary(summary);
        event.setDescription(description);
        meeting.place().ifPresent(event::setLocation);
        event.setDateStart(Date.from(meeting.start().atZone(zone).toInstant()), true);
        event.setDateEnd(Date.from(meeting.end().atZone(zone).toInstant()), true);
        calendar.addEvent(event);
        calendar.getTimezoneInfo().setDefaultTimezone(new TimezoneAssignment(TimeZone.getTimeZone(zone),
                timezone(zone, meeting.start())));
        return Biweekly.write(calendar).go();
    }

    /**
     * The zone's VTIMEZONE: its yearly daylight-saving rules when it has some (Europe/Paris),
     * else its fixed offset at the meeting (Indian/Reunion, America/Cayenne…).
     */
    static VTimezone timezone(ZoneId zone, LocalDateTime around) {
        ZoneRules rules = zone.getRules();
        VTimezone timezone = new VTimezone(zone.getId());
        List<ZoneOffsetTransitionRule> yearly = rules.getTransitionRules();
        if (yearly.isEmpty()) {
            ZoneOffset offset = rules.getOffset(around);
            StandardTime standard = new StandardTime();
            standard.setDateStart(new DateTimeComponents(1970, 1, 1, 0, 0, 0, false));
            standard.setTimezoneOffsetFrom(utc(offset));
            standard.setTimezoneOffsetTo(utc(offset));
            timezone.addStandardTime(standard);
            return timezone;
        }
        for (ZoneOffsetTransitionRule rule : yearly) {
            ZoneOffsetTransition first = rule.createTransition(1970);
            boolean daylight = rule.getOffsetAfter().getTotalSeconds() > rule.getStandardOffset().getTotalSeconds();
            Observance observance = daylight ? new DaylightSavingsTime() : new StandardTime();
            LocalDateTime before = first.getDateTimeBefore();
            observance.setDateStart(new DateTimeComponents(before.getYear(), before.getMonthValue(), before.getDayOfMonth(),
                    before.getHour(), before.getMinute(), before.getSecond(), false));
            observance.setTimezoneOffsetFrom(utc(rule.getOffsetBefore()));
            observance.setTimezoneOffsetTo(utc(rule.getOffsetAfter()));
            observance.setRecurrenceRule(recurrence(rule));
            if (daylight) {
                timezone.addDaylightSavingsTime((DaylightSavingsTime) observance);
            } else {
                timezone.addStandardTime((StandardTime) observance);
            }
        }
        return timezone;
    }

    /** The rule's day as an RRULE: "the last Sunday of March", "the Sunday on or after the 8th"… */
    private static Recurrence recurrence(ZoneOffsetTransitionRule rule) {
        Recurrence.Builder builder = new Recurrence.Builder(Frequency.YEARLY).byMonth(rule.getMonth().getValue());
        int indicator = rule.getDayOfMonthIndicator();
        if (rule.getDayOfWeek() == null) {
            return builder.byMonthDay(indicator).build();
        }
        biweekly.util.DayOfWeek day = dayOfWeek(rule.getDayOfWeek());
        boolean lastWeek = indicator == -1
                || (indicator > 0 && rule.getMonth() != java.time.Month.FEBRUARY && indicator + 6 == rule.getMonth().maxLength());
        if (lastWeek) {
            // "the Sunday on or after the 25th" of a 31-day month is its last Sunday
            return builder.byDay(-1, day).build();
        }
        List<Integer> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            // on or after the indicated day, or on or before it when counted from the month's end
            days.add(indicator > 0 ? indicator + i : indicator - i);
        }
        return builder.byDay(day).byMonthDay(days).build();
    }

    private static biweekly.util.DayOfWeek dayOfWeek(java.time.DayOfWeek day) {
        return switch (day) {
            case MONDAY -> biweekly.util.DayOfWeek.MONDAY;
            case TUESDAY -> biweekly.util.DayOfWeek.TUESDAY;
            case WEDNESDAY -> biweekly.util.DayOfWeek.WEDNESDAY;
            case THURSDAY -> biweekly.util.DayOfWeek.THURSDAY;
            case FRIDAY -> biweekly.util.DayOfWeek.FRIDAY;
            case SATURDAY -> biweekly.util.DayOfWeek.SATURDAY;
            case SUNDAY -> biweekly.util.DayOfWeek.SUNDAY;
        };
    }

    private static UtcOffset utc(ZoneOffset offset) {
        return new UtcOffset(offset.getTotalSeconds() * 1000L);
    }
}
