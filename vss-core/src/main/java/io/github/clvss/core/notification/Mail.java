package io.github.clvss.core.notification;

import io.github.clvss.core.shared.EmailAddress;

/**
 * Port: sends an email. The admin application sends through SMTP when it is configured; an
 * installation without SMTP uses {@link #NONE}, and notifications are then only shown in the
 * application.
 */
public interface Mail {

    /** No email: notifications are shown in the application only. */
    Mail NONE = new Mail() {
        @Override
        public boolean isConfigured() {
            return false;
        }

        @Override
        public void send(EmailAddress to, String subject, String body) {
            throw new IllegalStateException("no mail server is configured");
        }
    };

    /** Whether emails can be sent at all. */
    boolean isConfigured();

    /**
     * Sends a plain-text email.
     *
     * @throws RuntimeException when the mail server refuses or cannot be reached
     */
    void send(EmailAddress to, String subject, String body);
}
