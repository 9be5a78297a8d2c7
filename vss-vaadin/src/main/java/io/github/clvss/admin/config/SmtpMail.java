package io.github.clvss.admin.config;

import io.github.clvss.core.notification.Mail;
import io.github.clvss.core.shared.EmailAddress;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** Sends notification emails through the SMTP server configured under {@code spring.mail}. */
final class SmtpMail implements Mail {

    private final JavaMailSender sender;
    private final String from;

    SmtpMail(JavaMailSender sender, String from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public boolean isConfigured() {
        return true;
    }

    @Override
    public void send(EmailAddress to, String subject, String body) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to.value());
        message.setSubject(subject);
        message.setText(body);
        sender.send(message);
    }
}
