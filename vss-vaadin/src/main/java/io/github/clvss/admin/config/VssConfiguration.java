package io.github.clvss.admin.config;

import io.github.clvss.admin.base.VssProperties;
import io.github.clvss.core.SecretsKey;
import io.github.clvss.core.Vss;
import io.github.clvss.core.notification.Mail;
import java.nio.file.Path;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * What the application adds to vss-core's Spring Boot auto-configuration
 * ({@code io.github.clvss.core.spring.VssAutoConfiguration}, which makes the one {@link Vss} on the
 * application's data source, runs vss's migrations and joins Spring's transactions): the clock, mail
 * through the application's SMTP server, and the secrets key kept in the data folder.
 */
@Configuration(proxyBeanMethods = false)
class VssConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    Mail mail(ObjectProvider<JavaMailSender> sender, VssProperties properties) {
        JavaMailSender smtp = sender.getIfAvailable();
        return smtp == null ? Mail.NONE : new SmtpMail(smtp, properties.mail().from());
    }

    @Bean
    SecretsKey secretsKey(@Value("${vss.secrets.key:}") String setting, VssProperties properties) {
        return secretsKey(setting, properties.dataDir());
    }

    /**
     * The installation's secrets key: {@code vss.secrets.key} (Base64) when set, otherwise the key
     * file {@value #KEY_FILE} in the data folder, created (owner-only) on first start.
     */
    static SecretsKey secretsKey(String setting, Path dataDir) {
        if (!setting.isBlank()) {
            try {
                return SecretsKey.fromBase64(setting);
            } catch (IllegalArgumentException e) {
                throw new UnusableSecretsKey("the setting vss.secrets.key (VSS_SECRETS_KEY) is not a key: " + e.getMessage());
            }
        }
        Path file = dataDir.resolve(KEY_FILE);
        try {
            return SecretsKey.inFile(file);
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new UnusableSecretsKey(e.getMessage());
        }
    }

    /** The key file's name in {@code vss.data-dir}. */
    static final String KEY_FILE = "secrets.key";
}
