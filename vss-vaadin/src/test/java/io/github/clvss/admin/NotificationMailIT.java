package io.github.clvss.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.account.Account;
import io.github.clvss.core.account.Login;
import io.github.clvss.core.notification.Notifier;
import io.github.clvss.core.shared.EmailAddress;
import io.github.clvss.core.shared.Language;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** With SMTP configured, a notification is also emailed, in the recipient's language, to a real SMTP server on localhost. */
@SpringBootTest(properties = {"vss.data-dir=./target/it-data/${random.uuid}", "spring.mail.host=localhost",
        "spring.mail.port=3025", "vss.mail.from=clspd@ville.example"})
class NotificationMailIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired
    Vss vss;

    @Test
    void a_notification_sent_while_smtp_is_configured_reaches_the_mail_server() throws Exception {
        Account recipient = vss.accounts().open(Actor.system(), Account.open(vss.clock(), new Login("referente"),
                "Référente", Optional.of(new EmailAddress("referente@ville.example")), Language.FR, Set.of()), Optional.empty());

        Notifier.Delivery delivery = vss.notifier().notify(Actor.system(), recipient.id(), "notification.granted",
                List.of("Coordination", "Boulogne-Billancourt"));

        assertThat(delivery.email()).isEqualTo(Notifier.Email.SENT);
        assertThat(SMTP.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage message = SMTP.getReceivedMessages()[0];
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo("referente@ville.example");
        assertThat(message.getFrom()[0].toString()).isEqualTo("clspd@ville.example");
        assertThat(message.getSubject()).isEqualTo("vss : nouveaux droits sur Boulogne-Billancourt");
        assertThat(GreenMailUtil.getBody(message)).contains("Coordination");
        assertThat(vss.notifier().unread(recipient.actor())).isEqualTo(1);
    }
}
