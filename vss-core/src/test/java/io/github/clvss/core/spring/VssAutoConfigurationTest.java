package io.github.clvss.core.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.account.Account;
import io.github.clvss.core.account.Login;
import io.github.clvss.core.contractfile.ContractFiles;
import io.github.clvss.core.contractfile.ImportMode;
import io.github.clvss.core.contractfile.ImportReport;
import io.github.clvss.core.notification.Mail;
import io.github.clvss.core.notification.Notifier;
import io.github.clvss.core.shared.EmailAddress;
import io.github.clvss.core.shared.Language;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * vss in a Spring Boot application: made from its data source and clock, ordered after its Flyway, in its
 * transactions, emailing after they commit.
 */
class VssAutoConfigurationTest {

    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);

    /** Flyway's history tables, named in lower case and quoted. */
    private static final String HOST_HISTORY = "\"flyway_schema_history\"";
    private static final String VSS_HISTORY = "\"vss_schema_history\"";

    private final String url = "jdbc:h2:mem:host-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    private final ApplicationContextRunner application = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                    DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
                    JdbcTemplateAutoConfiguration.class, FlywayAutoConfiguration.class, VssAutoConfiguration.class))
            .withPropertyValues("spring.datasource.url=" + url, "spring.datasource.username=sa",
                    "spring.flyway.locations=classpath:io/github/clvss/core/spring/host");

    @Test
    void vss_is_made_on_the_application_data_source_with_its_clock_and_settings() {
        application.withBean(Clock.class, () -> FIXED)
                .withPropertyValues("vss.csv.max-lines=12")
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(Vss.class);
                    Vss vss = context.getBean(Vss.class);
                    assertThat(vss.clock()).isSameAs(FIXED);
                    assertThat(vss.csvLimits().maxLines()).isEqualTo(12);
                    assertThat(count(context.getBean(JdbcTemplate.class), VSS_HISTORY)).isPositive();
                });
    }

    @Test
    void without_a_clock_bean_vss_reads_the_system_clock_in_utc() {
        application.run(context -> assertThat(context.getBean(Vss.class).clock().getZone()).isEqualTo(ZoneOffset.UTC));
    }

    @Test
    void an_application_vss_bean_replaces_the_auto_configured_one() {
        application.withUserConfiguration(OwnVss.class).run(context -> {
            assertThat(context).hasSingleBean(Vss.class);
            assertThat(context.getBean(Vss.class).clock()).isSameAs(FIXED);
        });
    }

    @Test
    void the_application_flyway_migrates_its_empty_schema_first_even_when_a_bean_asks_for_vss_before_it() {
        application.withUserConfiguration(EarlyUser.class).run(context -> {
            assertThat(context).hasNotFailed();
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            assertThat(count(jdbc, HOST_HISTORY)).as("the application's history").isPositive();
            assertThat(count(jdbc, VSS_HISTORY)).as("vss's own history").isPositive();
            assertThat(count(jdbc, "host_member")).isZero();
        });
        // and the next start, on the schema both migrated, is as quiet
        application.run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void an_application_adding_its_flyway_to_a_schema_vss_migrated_first_starts_with_a_baseline_at_zero() {
        JdbcDataSource earlier = new JdbcDataSource();
        earlier.setURL(url);
        earlier.setUser("sa");
        Vss.builder().dataSource(earlier).build().close();

        application.run(context -> assertThat(context).hasFailed().getFailure()
                .hasStackTraceContaining("Found non-empty schema"));
        application.withPropertyValues("spring.flyway.baseline-on-migrate=true", "spring.flyway.baseline-version=0")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(count(context.getBean(JdbcTemplate.class), "host_member")).as("V1 ran").isZero();
                });
    }

    @Test
    void inside_an_application_transaction_vss_writes_roll_back_with_the_application_writes() {
        application.run(context -> {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            TransactionTemplate transaction = context.getBean(TransactionTemplate.class);
            Vss vss = context.getBean(Vss.class);
            long contractsBefore = count(jdbc, "vss_contract");
            long journalBefore = count(jdbc, "vss_journal");

            assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
                jdbc.update("insert into host_member (id, name) values (1, 'Boulogne')");
                assertThat(importDemo(vss).accepted()).isTrue();
                throw new IllegalStateException("the application changes its mind");
            })).hasMessage("the application changes its mind");

            assertThat(count(jdbc, "host_member")).isZero();
            assertThat(count(jdbc, "vss_contract")).isEqualTo(contractsBefore);
            assertThat(count(jdbc, "vss_journal")).isEqualTo(journalBefore);

            transaction.executeWithoutResult(status -> {
                jdbc.update("insert into host_member (id, name) values (1, 'Boulogne')");
                assertThat(importDemo(vss).accepted()).isTrue();
            });
            assertThat(count(jdbc, "host_member")).isOne();
            assertThat(count(jdbc, "vss_contract")).isGreaterThan(contractsBefore);
            assertThat(count(jdbc, "vss_journal")).isGreaterThan(journalBefore);
        });
    }

    @Test
    void a_vss_import_refused_inside_an_application_transaction_leaves_the_application_writes() {
        application.run(context -> {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            Vss vss = context.getBean(Vss.class);
            assertThat(importDemo(vss).accepted()).isTrue();
            long contracts = count(jdbc, "vss_contract");

            context.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
                jdbc.update("insert into host_member (id, name) values (2, 'Issy')");
                assertThat(importDemo(vss).accepted()).as("the town is there already").isFalse();
            });
            assertThat(count(jdbc, "host_member")).isOne();
            assertThat(count(jdbc, "vss_contract")).isEqualTo(contracts);
        });
    }

    @Test
    void an_email_notified_inside_an_application_transaction_leaves_only_once_that_transaction_commits() {
        RecordingMail mail = new RecordingMail();
        application.withBean(Mail.class, () -> mail).run(context -> {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            TransactionTemplate transaction = context.getBean(TransactionTemplate.class);
            Vss vss = context.getBean(Vss.class);
            mail.database = context.getBean(DataSource.class);
            Account recipient = vss.accounts().open(Actor.system(), Account.open(vss.clock(), new Login("referente"),
                    "Référente", Optional.of(new EmailAddress("referente@ville.example")), Language.FR, Set.of()),
                    Optional.empty());

            List<Notifier.Email> rolledBack = new ArrayList<>();
            assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
                rolledBack.add(notify(vss, recipient));
                throw new IllegalStateException("the application changes its mind");
            })).hasMessage("the application changes its mind");
            assertThat(mail.sent).as("no email about a notification rolled back").isEmpty();
            assertThat(count(jdbc, "vss_notification")).isZero();
            assertThat(rolledBack).containsExactly(Notifier.Email.AFTER_COMMIT);

            transaction.executeWithoutResult(status -> {
                assertThat(notify(vss, recipient)).isEqualTo(Notifier.Email.AFTER_COMMIT);
                assertThat(mail.sent).as("nothing leaves before the application commits").isEmpty();
            });
            assertThat(mail.sent).containsExactly("referente@ville.example, 1 notification committed");

            assertThat(notify(vss, recipient)).as("outside the application's transactions").isEqualTo(Notifier.Email.SENT);
            assertThat(mail.sent).hasSize(2).last().isEqualTo("referente@ville.example, 2 notifications committed");
        });
    }

    private static Notifier.Email notify(Vss vss, Account recipient) {
        return vss.notifier().notify(Actor.system(), recipient.id(), "notification.test", List.of()).email();
    }

    private static ImportReport importDemo(Vss vss) {
        return vss.contractFiles().importFile(Actor.system(), ContractFiles.demoFile(), ImportMode.CREATE, false);
    }

    private static long count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    /** Records each email's address and how many notifications another connection saw committed when it left. */
    static final class RecordingMail implements Mail {

        private final List<String> sent = new ArrayList<>();
        private DataSource database;

        @Override
        public boolean isConfigured() {
            return true;
        }

        @Override
        public void send(EmailAddress to, String subject, String body) {
            try (Connection other = database.getConnection();
                    ResultSet count = other.createStatement().executeQuery("select count(*) from vss_notification")) {
                count.next();
                long committed = count.getLong(1);
                sent.add(to.value() + ", " + committed + " notification" + (committed == 1 ? "" : "s") + " committed");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnVss {
        @Bean
        Vss ownVss() {
            return Vss.inMemory(FIXED);
        }
    }

    /** An application bean that needs vss, made before the auto-configurations' beans. */
    @Configuration(proxyBeanMethods = false)
    static class EarlyUser {
        @Bean
        String territoriesAtStart(Vss vss) {
            return vss.clock().toString();
        }
    }
}
