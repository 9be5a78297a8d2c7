package io.github.clvss.core.notification;

import io.github.clvss.core.account.AccountId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Something a person should know or do: a partner asked to confirm its contacts, a yearly
 * meeting overdue, a new grant. Stored as a code and arguments, shown in the reader's
 * language: {@code <code>.subject} and {@code <code>.body} are its texts.
 *
 * @param id the notification's id
 * @param recipient who it is for
 * @param at when it was made
 * @param code what it says, e.g. {@code notification.granted}
 * @param arguments the values its texts refer to
 * @param readAt when the recipient read it, if they did
 */
public record Notification(NotificationId id, AccountId recipient, Instant at, String code, List<String> arguments,
        Optional<Instant> readAt) {

    public Notification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(code, "code");
        arguments = List.copyOf(arguments);
        Objects.requireNonNull(readAt, "readAt");
    }

    /** Whether the recipient has read it. */
    public boolean isRead() {
        return readAt.isPresent();
    }
}
