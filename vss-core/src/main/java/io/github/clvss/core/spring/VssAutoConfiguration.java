package io.github.clvss.core.spring;

import io.github.clvss.core.SecretsKey;
import io.github.clvss.core.Vss;
import io.github.clvss.core.account.PasswordHashing;
import io.github.clvss.core.notification.Mail;
import io.github.clvss.core.referral.ReferralRule;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigureOrder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Spring Boot auto-configuration of vss-core: one {@link Vss} on the application's
 * {@link DataSource}, unless the application defines its own {@code Vss} bean. It is considered
 * after the other auto-configurations (lowest order), once the data source and the transaction
 * manager are known.
 *
 * <ul>
 *   <li>Time comes from the application's {@link Clock} bean, or the system clock in UTC.</li>
 *   <li>vss's migrations (their own history table, {@code vss_schema_history}) run after the
 *       application's database initialization (its Flyway or Liquibase): the application's Flyway
 *       never finds vss's tables in a schema it has not yet migrated.</li>
 *   <li>With a {@link PlatformTransactionManager}, vss joins the application's transactions: inside a
 *       {@code @Transactional} method, vss's writes and the method's commit or roll back together (each
 *       of vss's own transactions is a savepoint in it).</li>
 *   <li>Optional beans used when present: {@link Mail}, {@link SecretsKey} (else the setting {@code vss.secrets.key}),
 *       {@link PasswordHashing}, {@link ReferralRule}s; the other settings are {@link VssSettings}.</li>
 * </ul>
 */
@AutoConfiguration
@AutoConfigureOrder(Ordered.LOWEST_PRECEDENCE)
@ConditionalOnClass(name = "org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy")
@ConditionalOnSingleCandidate(DataSource.class)
@EnableConfigurationProperties(VssSettings.class)
public final class VssAutoConfiguration {

    /** Made by Spring. */
    public VssAutoConfiguration() {
    }

    /** vss on the application's data source, after its database initialization, in its transactions. */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    @DependsOnDatabaseInitialization
    public Vss vss(DataSource dataSource, ObjectProvider<Clock> clock, ObjectProvider<PlatformTransactionManager> transactions,
            ObjectProvider<Mail> mail, ObjectProvider<SecretsKey> secretsKey, ObjectProvider<PasswordHashing> passwords,
            ObjectProvider<ReferralRule> referralRules, VssSettings settings) {
        Vss.Builder builder = Vss.builder().dataSource(dataSource)
                .clock(clock.getIfUnique(Clock::systemUTC))
                .csvLimits(settings.csv().limits())
                .signInLimits(settings.signIn().limits())
                .pathRetention(settings.paths().retention())
                .dueSoonWindow(settings.obligations().dueSoon());
        mail.ifUnique(builder::mail);
        passwords.ifUnique(builder::passwordHashing);
        referralRules.orderedStream().forEach(builder::referralRule);
        SecretsKey key = secretsKey.getIfUnique();
        if (key != null) {
            builder.secretsKey(key);
        } else if (!settings.secrets().key().isBlank()) {
            builder.secretsKey(SecretsKey.fromBase64(settings.secrets().key()));
        }
        transactions.ifUnique(manager -> builder.hostTransactions(new SpringTransactions(manager)));
        return builder.build();
    }
}
