package io.github.clvss.core.notification;

import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.TimeOrderedIds;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a notification.
 *
 * @param value a time-ordered UUID
 */
public record NotificationId(UUID value) {

    public NotificationId {
        Objects.requireNonNull(value, "value");
    }

    /** A new id for a notification made now. */
    public static NotificationId next(Clock clock) {
        return new NotificationId(TimeOrderedIds.next(clock));
    }

    /** Parses the canonical UUID form. */
    public static Parsed<NotificationId> parse(String raw, String path) {
        return TimeOrderedIds.parse(raw, path).map(NotificationId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
