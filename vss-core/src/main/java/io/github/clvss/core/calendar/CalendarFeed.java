package io.github.clvss.core.calendar;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Status;
import io.github.clvss.core.communication.Campaign;
import io.github.clvss.core.communication.CampaignStatus;
import java.time.ZoneId;
import java.util.Date;
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
     * @param zone the territory's time zone (all-day events are dated in it)
     */
    public static String ics(String name, List<Campaign> campaigns, ZoneId zone) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//vss//plan de communication//FR");
        calendar.setName(name);
        for (Campaign campaign : campaigns) {
            VEvent event = new VEvent();
            event.setUid(campaign.id() + "@vss");
            event.setSummary(campaign.title());
            event.setDateStart(date(campaign.start(), zone), false);
            event.setDateEnd(date(campaign.lastDay().plusDays(1), zone), false);
            event.setStatus(campaign.status() == CampaignStatus.CANCELLED ? Status.cancelled() : Status.confirmed());
            calendar.addEvent(event);
        }
        return Biweekly.write(calendar).go();
    }

    private static Date date(java.time.LocalDate day, ZoneId zone) {
        return Date.from(day.atStartOfDay(zone).toInstant());
    }
}
