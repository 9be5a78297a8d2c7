package io.github.clvss.core.followup;

import java.time.Instant;
import java.time.ZoneId;

/**
 * Port: writes a meeting as an iCalendar file (RFC 5545). vss-core's adapter is made with
 * biweekly ({@code io.github.clvss.core.calendar.MeetingCalendar}).
 */
public interface InvitationCalendar {

    /**
     * The iCalendar text of one meeting: one event whose UID stays the same from one version
     * of the meeting to the next (calendar applications then update it rather than add
     * another), its local start and end in {@code zone} with that zone's definition.
     *
     * @param meeting the meeting
     * @param zone the territory's time zone, in which the meeting's times are local
     * @param summary the event's title
     * @param description the event's description (the invitation's body)
     * @param stamp when the file is made
     */
    String ics(Meeting meeting, ZoneId zone, String summary, String description, Instant stamp);
}
