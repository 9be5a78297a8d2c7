package io.github.clvss.core.notification;

import static io.github.clvss.core.Fixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.Grant;
import io.github.clvss.core.account.Account;
import io.github.clvss.core.account.Login;
import io.github.clvss.core.internal.persistence.Persistence;
import io.github.clvss.core.journal.Acts;
import io.github.clvss.core.shared.AccessRefusedException;
import io.github.clvss.core.shared.EmailAddress;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Transactions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class NotifierTest {

    @Test
    void a_notification_is_kept_for_its_recipient_until_read_and_not_emailed_without_a_mail_server() {
        try (Vss vss = Vss.inMemory(CLOCK)) {
            Account recipient = open(vss, Optional.of(new EmailAddress("clspd@ville.fr")));

            Notifier.Delivery delivery = vss.notifier().notify(Actor.system(), recipient.id(), "notification.test", List.of());

            assertThat(delivery.email()).isEqualTo(Notifier.Email.NOT_SENT);
            assertThat(vss.notifier().unread(recipient.actor())).isEqualTo(1);
            assertThat(vss.notifier().mine(recipient.actor(), PageRequest.first(10)))
                    .extracting(Notification::code).containsExactly("notification.test");
            vss.notifier().markRead(recipient.actor(), delivery.notification().id());
            assertThat(vss.notifier().unread(recipient.actor())).isZero();
        }
    }

    @Test
    void someone_else_may_not_mark_my_notification_read() {
        try (Vss vss = Vss.inMemory(CLOCK)) {
            Account recipient = open(vss, Optional.empty());
            Notification notification = vss.notifier().notify(Actor.system(), recipient.id(), "notification.test", List.of())
                    .notification();

            assertThatThrownBy(() -> vss.notifier().markRead(Actor.user("someone-else", Grant.platformAdministrator()),
                    notification.id())).isInstanceOf(AccessRefusedException.class);
            assertThat(vss.notifier().unread(recipient.actor())).isEqualTo(1);
        }
    }

    @Test
    void a_mail_server_that_fails_does_not_lose_the_notification() {
        Mail broken = new Mail() {
            @Override
            public boolean isConfigured() {
                return true;
            }

            @Override
            public void send(EmailAddress to, String subject, String body) {
                throw new IllegalStateException("connection refused");
            }
        };
        try (Vss vss = Vss.builder().clock(CLOCK).mail(broken).build()) {
            Account recipient = open(vss, Optional.of(new EmailAddress("clspd@ville.fr")));

            assertThat(vss.notifier().notify(Actor.system(), recipient.id(), "notification.test", List.of()).email())
                    .isEqualTo(Notifier.Email.FAILED);
            assertThat(vss.notifier().unread(recipient.actor())).isEqualTo(1);
        }
    }

    @Test
    void a_notification_whose_transaction_rolls_back_is_neither_stored_nor_emailed() {
        OnH2 h2 = new OnH2();
        Account recipient = h2.recipient("clspd@ville.fr");
        List<Notifier.Delivery> deliveries = new ArrayList<>();

        assertThatThrownBy(() -> h2.transactions().runInTransaction(() -> {
            deliveries.add(h2.notifier.notify(Actor.system(), recipient.id(), "notification.test", List.of()));
            throw new IllegalStateException("a later statement of the same transaction fails");
        })).hasMessage("a later statement of the same transaction fails");

        assertThat(h2.mail.sent).isEmpty();
        assertThat(deliveries).extracting(Notifier.Delivery::email).containsExactly(Notifier.Email.AFTER_COMMIT);
        assertThat(h2.mail.committedNotifications()).isZero();
        assertThat(h2.notifier.unread(recipient.actor())).isZero();
    }

    @Test
    void a_notification_in_a_transaction_that_commits_is_emailed_once_after_the_commit() {
        OnH2 h2 = new OnH2();
        Account recipient = h2.recipient("clspd@ville.fr");

        h2.transactions().runInTransaction(() -> {
            Notifier.Delivery delivery = h2.notifier.notify(Actor.system(), recipient.id(), "notification.test", List.of());
            assertThat(delivery.email()).isEqualTo(Notifier.Email.AFTER_COMMIT);
            assertThat(h2.mail.sent).as("nothing leaves before the commit").isEmpty();
        });

        assertThat(h2.mail.sent).as("the notification row, seen from another connection when the mail left")
                .containsExactly("clspd@ville.fr, vss : notification d’essai, 1 notification committed");
        assertThat(h2.notifier.unread(recipient.actor())).isOne();
    }

    @Test
    void a_nested_unit_rolled_back_inside_a_committed_transaction_emails_nothing_of_its_own() {
        OnH2 h2 = new OnH2();
        Account kept = h2.recipient("kept@ville.fr");
        Account dropped = h2.recipient("dropped@ville.fr");

        h2.transactions().runInTransaction(() -> {
            h2.transactions().runInTransaction(() ->
                    h2.notifier.notify(Actor.system(), kept.id(), "notification.test", List.of()));
            assertThatThrownBy(() -> h2.transactions().runInTransaction(() -> {
                h2.notifier.notify(Actor.system(), dropped.id(), "notification.test", List.of());
                throw new IllegalStateException("the nested unit fails");
            })).hasMessage("the nested unit fails");
            assertThat(h2.mail.sent).as("a committed nested unit waits for the outermost").isEmpty();
        });

        assertThat(h2.mail.sent).containsExactly("kept@ville.fr, vss : notification d’essai, 1 notification committed");
        assertThat(h2.notifier.unread(kept.actor())).isOne();
        assertThat(h2.notifier.unread(dropped.actor())).isZero();
    }

    @Test
    void a_notification_outside_a_transaction_is_emailed_at_once_once_stored() {
        OnH2 h2 = new OnH2();
        Account recipient = h2.recipient("clspd@ville.fr");

        Notifier.Delivery delivery = h2.notifier.notify(Actor.system(), recipient.id(), "notification.test", List.of());

        assertThat(delivery.email()).isEqualTo(Notifier.Email.SENT);
        assertThat(h2.mail.sent).containsExactly("clspd@ville.fr, vss : notification d’essai, 1 notification committed");
    }

    private static Account open(Vss vss, Optional<EmailAddress> email) {
        return vss.accounts().open(Actor.system(), Account.open(CLOCK, new Login("destinataire"), "Destinataire", email,
                Language.FR, Set.of()), Optional.empty());
    }

    /** A notifier on its own H2 database, with vss's transactions, whose mail records what left. */
    private static final class OnH2 {

        private final JdbcDataSource database = new JdbcDataSource();
        private final Persistence storage;
        private final RecordingMail mail;
        private final Notifier notifier;

        OnH2() {
            database.setURL("jdbc:h2:mem:notifier-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
            storage = Persistence.open(database);
            mail = new RecordingMail(database);
            notifier = new Notifier(storage.notifications(), storage.accounts(), mail, storage.transactions(),
                    new Acts(storage.journal(), CLOCK, storage.transactions()), CLOCK);
        }

        Transactions transactions() {
            return storage.transactions();
        }

        Account recipient(String email) {
            return storage.accounts().add(Account.open(CLOCK, new Login(email.substring(0, email.indexOf('@'))), "Destinataire",
                    Optional.of(new EmailAddress(email)), Language.FR, Set.of()));
        }
    }

    /**
     * Records each email: its address, its subject and how many notifications another connection
     * saw committed when it left.
     */
    private static final class RecordingMail implements Mail {

        private final DataSource database;
        private final List<String> sent = new ArrayList<>();

        RecordingMail(DataSource database) {
            this.database = database;
        }

        @Override
        public boolean isConfigured() {
            return true;
        }

        @Override
        public void send(EmailAddress to, String subject, String body) {
            long committed = committedNotifications();
            sent.add(to.value() + ", " + subject + ", " + committed + " notification" + (committed == 1 ? "" : "s")
                    + " committed");
        }

        long committedNotifications() {
            try (Connection other = database.getConnection();
                    ResultSet count = other.createStatement().executeQuery("select count(*) from vss_notification")) {
                count.next();
                return count.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
