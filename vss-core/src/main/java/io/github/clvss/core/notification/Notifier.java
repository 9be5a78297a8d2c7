package io.github.clvss.core.notification;

import io.github.clvss.core.access.AccessDecision;
import io.github.clvss.core.access.AccessPolicy;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.account.Account;
import io.github.clvss.core.account.AccountId;
import io.github.clvss.core.account.Accounts;
import io.github.clvss.core.journal.Act;
import io.github.clvss.core.journal.Acts;
import io.github.clvss.core.shared.EmailAddress;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.shared.Messages;
import io.github.clvss.core.shared.NotFoundException;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Transactions;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Notifies people: stores the notification (shown in the application) and, when a mail server
 * is configured and the recipient has an email address, emails it in their language.
 */
public final class Notifier {

    static final String RECORD = "notification";

    private final Notifications notifications;
    private final Accounts accounts;
    private final Mail mail;
    private final Transactions transactions;
    private final Acts acts;
    private final Clock clock;

    /**
     * @param notifications where notifications are kept
     * @param accounts to find recipients
     * @param mail how emails are sent
     * @param transactions the transaction boundary
     * @param acts access checks and journal
     * @param clock the time of each notification
     */
    public Notifier(Notifications notifications, Accounts accounts, Mail mail, Transactions transactions, Acts acts,
            Clock clock) {
        this.notifications = Objects.requireNonNull(notifications, "notifications");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.mail = Objects.requireNonNull(mail, "mail");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.acts = Objects.requireNonNull(acts, "acts");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** How a notification went out. */
    public enum Email {
        /** Emailed to the recipient. */
        SENT,
        /** No mail server configured, or the recipient has no address: shown in the application only. */
        NOT_SENT,
        /** The mail server refused it or could not be reached; it is shown in the application. */
        FAILED,
        /**
         * Notified inside a running transaction: emailed once that transaction commits (never if it
         * rolls back); how the sending went is not known yet.
         */
        AFTER_COMMIT
    }

    /**
     * What was delivered.
     *
     * @param notification the stored notification
     * @param email how the email went
     */
    public record Delivery(Notification notification, Email email) {
    }

    /**
     * Notifies an account. vss-core's own features call this as the {@code system} actor; a
     * platform administrator may send one (e.g. to check the mail settings). The email leaves only
     * once the notification is committed: at once outside a transaction, and after the commit of
     * the running one inside it ({@link Email#AFTER_COMMIT}; none if it rolls back).
     */
    public Delivery notify(Actor actor, AccountId recipient, String code, List<String> arguments) {
        NotificationId id = new NotificationId(io.github.clvss.core.shared.TimeOrderedIds.next(clock));
        Act act = Act.on("notification.send", RECORD, id);
        Notification notification = new Notification(id, recipient, clock.instant(), code, arguments, Optional.empty());
        Account account = acts.perform(actor, act, AccessPolicy.administerPlatform(actor), () -> {
            Account found = accounts.find(recipient)
                    .orElseThrow(() -> new NotFoundException(Problem.general("account.not-found", recipient)));
            notifications.add(notification);
            return found;
        });
        if (!mail.isConfigured() || account.email().isEmpty()) {
            return new Delivery(notification, Email.NOT_SENT);
        }
        AtomicReference<Email> sent = new AtomicReference<>(Email.AFTER_COMMIT);
        transactions.afterCommit(() -> sent.set(email(account.email().get(), account.language(), notification)));
        return new Delivery(notification, sent.get());
    }

    /** The actor's own notifications, newest first. */
    public List<Notification> mine(Actor actor, PageRequest page) {
        return accountOf(actor).map(id -> notifications.list(id, page)).orElse(List.of());
    }

    /** How many of the actor's notifications are unread. */
    public long unread(Actor actor) {
        return accountOf(actor).map(notifications::countUnread).orElse(0L);
    }

    /** Marks one of the actor's notifications read. */
    public void markRead(Actor actor, NotificationId id) {
        Act act = Act.on("notification.read", RECORD, id);
        Optional<Notification> notification = notifications.find(id);
        boolean own = notification.map(n -> n.recipient().toString().equals(actor.id())).orElse(false);
        acts.refuseUnless(own ? new AccessDecision.Allowed() : new AccessDecision.Refused("access.notification.not-yours"),
                actor, act);
        if (!notification.orElseThrow().isRead()) {
            transactions.runInTransaction(() -> {
                notifications.markRead(id, clock.instant());
            });
        }
    }

    private Email email(EmailAddress to, Language language, Notification notification) {
        Messages messages = Messages.of(language.locale());
        try {
            mail.send(to, messages.text(notification.code() + ".subject", notification.arguments()),
                    messages.text(notification.code() + ".body", notification.arguments()));
            return Email.SENT;
        } catch (RuntimeException e) {
            return Email.FAILED;
        }
    }

    private static Optional<AccountId> accountOf(Actor actor) {
        try {
            return Optional.of(new AccountId(UUID.fromString(actor.id())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
