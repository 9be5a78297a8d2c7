package io.github.clvss.core.notification;

import static io.github.clvss.core.Fixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.Grant;
import io.github.clvss.core.account.Account;
import io.github.clvss.core.account.Login;
import io.github.clvss.core.shared.AccessRefusedException;
import io.github.clvss.core.shared.EmailAddress;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.shared.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

    private static Account open(Vss vss, Optional<EmailAddress> email) {
        return vss.accounts().open(Actor.system(), Account.open(CLOCK, new Login("destinataire"), "Destinataire", email,
                Language.FR, Set.of()), Optional.empty());
    }
}
