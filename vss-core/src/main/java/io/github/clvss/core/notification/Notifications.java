package io.github.clvss.core.notification;

import io.github.clvss.core.account.AccountId;
import io.github.clvss.core.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: where notifications are kept. */
public interface Notifications {

    /** Stores a new notification. */
    void add(Notification notification);

    /** The notification with this id. */
    Optional<Notification> find(NotificationId id);

    /** A page of a recipient's notifications, newest first. */
    List<Notification> list(AccountId recipient, PageRequest page);

    /** How many of a recipient's notifications are unread. */
    long countUnread(AccountId recipient);

    /** Marks a notification read. */
    void markRead(NotificationId id, Instant at);
}
