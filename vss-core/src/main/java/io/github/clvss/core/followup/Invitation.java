package io.github.clvss.core.followup;

import java.util.Objects;

/**
 * A meeting's invitation, ready to send: an email's subject and plain-text body in the
 * reader's language, and the meeting as an iCalendar file to attach
 * ({@code text/calendar}, {@code .ics}).
 *
 * @param subject the email's subject
 * @param body the email's body, plain text
 * @param ics the iCalendar file (RFC 5545), with the territory's time zone
 */
public record Invitation(String subject, String body, String ics) {

    public Invitation {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(ics, "ics");
    }
}
