package io.github.clvss.core.calendar;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Status;
import biweekly.util.DateTimeComponents;
import biweekly.util.ICalDate;
import io.github.clvss.core.communication.Campaign;
import io.github.clvss.core.communication.CampaignStatus;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A communication plan as an iCalendar feed (RFC 5545), made with biweekly: one all-day event
 * per campaign or action, with a stable UID so calendar applications update rather than
 * duplicate.
 */
public final class CalendarFeed {

    private CalendarFeed() {
    }

    /**
     * The feed's text.
     *
     * @param name the calendar's name, e.g. {@code Boulogne-Billancourt — plan de communication}
     * @param campaigns the campaigns, any order
     * @param zone the territory's time zone, named for calendar applications ({@code X-WR-TIMEZONE});
     *        the campaigns' days are written as dates, the same in every zone
     */
    public static String ics(String name, List<Campaign> campaigns, ZoneId zone) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//vss//plan de communication//FR");
        calendar.setName(name);
        calendar.setExperimentalProperty("X-WR-TIMEZONE", zone.getId());
        for (Campaign campaign : campaigns) {
            VEvent event = new VEvent();
            event.setUid(campaign.id() + "@vss");
            event.setSummary(campaign.title());
            event.setDateStart(date(campaign.start()));
            event.setDateEnd(date(campaign.lastDay().plusDays(1)));
            event.setStatus(campaign.status() == CampaignStatus.CANCELLED ? Status.cancelled() : Status.confirmed());
            calendar.addEvent(event);
        }
        return Biweekly.write(calendar).go();
    }

    /**
     * A calendar date, not an instant: a midnight in some zone would be written as the previous
     * day by a server whose JVM runs west of that zone (UTC for Paris).
     */
    private static ICalDate date(LocalDate day) {
        return new ICalDate(new DateTimeComponents(day.getYear(), day.getMonthValue(), day.getDayOfMonth()), false);
    }
}
