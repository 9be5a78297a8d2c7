package io.github.clvss.admin.config;

import io.github.clvss.admin.base.VssProperties;
import io.github.clvss.core.Vss;
import io.github.clvss.core.csv.CsvImport;
import io.github.clvss.core.notification.Mail;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Wires vss-core into the application: one {@link Vss} on the application's data source (the
 * embedded H2 file by default, PostgreSQL by configuration). vss-core runs its own migrations.
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

    @Bean(destroyMethod = "close")
    Vss vss(DataSource dataSource, Clock clock, Mail mail, VssProperties properties,
            @org.springframework.beans.factory.annotation.Value("${vss.paths.retention:P12M}") java.time.Period pathRetention) {
        return Vss.builder().dataSource(dataSource).clock(clock).mail(mail)
                .csvLimits(new CsvImport.Limits(properties.csv().maxSize().toBytes(), properties.csv().maxLines()))
                .signInLimits(properties.signIn().limits()).pathRetention(pathRetention).build();
    }
}
