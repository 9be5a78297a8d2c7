package io.github.clvss.admin;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.github.clvss.admin.config.ObligationReminders;
import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.account.Login;
import io.github.clvss.core.followup.ComplianceStatus;
import io.github.clvss.core.followup.DemoFollowUp;
import io.github.clvss.core.referral.Circuit;
import io.github.clvss.core.referral.CircuitCondition;
import io.github.clvss.core.referral.Facts;
import io.github.clvss.core.referral.Urgency;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.ScheduledWork;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Two instances of the application on one PostgreSQL database, as behind a load balancer with
 * sticky sessions: the reminder round both start at once tells the coordinators once; while one
 * instance runs it the other skips it; a person signs in on each; what one instance writes, the
 * other's rule set (compiled once per revision) sees at once; and neither logs an error.
 */
class TwoInstancesIT {

    private static final Pattern TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern PARAMETER = Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"");
    private static final String APPENDER = "two-instances";
    /** Thirteen months after the demo's last yearly meeting of the signatories (13 June 2024): overdue. */
    private static final Instant OVERDUE = Instant.parse("2025-07-14T08:00:00Z");

    /** Each instance's clock, on the demo's first year while it loads the demo data. */
    @Configuration(proxyBeanMethods = false)
    static class Time {
        @Bean
        @Primary
        MutableClock instanceClock() {
            return new MutableClock(Instant.parse("2024-07-01T08:00:00Z"));
        }
    }

    @Test
    void two_instances_on_one_database_tell_an_overdue_obligation_once_and_each_signs_in_and_sees_the_others_writes()
            throws Exception {
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        String key = Base64.getEncoder().encodeToString(secret);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            try (ConfigurableApplicationContext one = start(postgres, key, logs);
                    ConfigurableApplicationContext two = start(postgres, key, logs)) {
                one.getBean(MutableClock.class).set(OVERDUE);
                two.getBean(MutableClock.class).set(OVERDUE);
                Vss vssOne = one.getBean(Vss.class);
                Vss vssTwo = two.getBean(Vss.class);
                assertThat(vssTwo.obligations().compliance(Actor.system(), DemoFollowUp.CONTRACT))
                        .extracting(c -> c.status()).containsExactly(ComplianceStatus.OVERDUE);
                DataSource database = postgres.getPostgresDatabase();

                // while instance one holds the round, instance two skips it and tells no one
                CountDownLatch holding = new CountDownLatch(1);
                CountDownLatch release = new CountDownLatch(1);
                Future<Boolean> held = threads.submit(() -> one.getBean(ScheduledWork.class).runAlone("obligation-reminders", () -> {
                    holding.countDown();
                    await(release);
                }));
                assertThat(holding.await(60, TimeUnit.SECONDS)).as("instance one holds the round").isTrue();
                assertThat(two.getBean(ObligationReminders.class).remind()).as("instance two ran the round").isFalse();
                release.countDown();
                assertThat(held.get(60, TimeUnit.SECONDS)).isTrue();
                assertThat(count(database, "select count(*) from vss_notification")).isZero();

                // both start the round at the same moment: one reminder, one notice
                CountDownLatch go = new CountDownLatch(1);
                Future<Boolean> roundOne = threads.submit(() -> {
                    await(go);
                    return one.getBean(ObligationReminders.class).remind();
                });
                Future<Boolean> roundTwo = threads.submit(() -> {
                    await(go);
                    return two.getBean(ObligationReminders.class).remind();
                });
                go.countDown();
                assertThat(List.of(roundOne.get(60, TimeUnit.SECONDS), roundTwo.get(60, TimeUnit.SECONDS)))
                        .as("at least one instance ran it").contains(true);
                // and later rounds on either instance tell nothing new
                assertThat(two.getBean(ObligationReminders.class).remind()).isTrue();
                assertThat(one.getBean(ObligationReminders.class).remind()).isTrue();

                assertThat(count(database, "select count(*) from vss_obligation_notice")).isEqualTo(1);
                assertThat(count(database,
                        "select count(*) from vss_notification where code = 'notification.obligation-overdue'")).isEqualTo(1);
                Actor coordination = vssOne.accounts().find(Actor.system(),
                        vssOne.accounts().idOf(Actor.system(), new Login("coordination")).orElseThrow()).actor();
                assertThat(vssTwo.notifier().mine(coordination, PageRequest.first(10)))
                        .extracting(n -> n.code()).containsExactly("notification.obligation-overdue");

                // a person signs in on each instance (form sign-in with the page's token)
                assertThat(signIn(port(one))).as("signed in on instance one").isTrue();
                assertThat(signIn(port(two))).as("signed in on instance two").isTrue();

                // a write on each: the other instance's rule set, compiled once per revision, follows it
                var boulogne = DemoFollowUp.TERRITORY;
                String revisionBefore = vssTwo.circuits().ruleSet(boulogne).version();
                vssOne.circuits().ruleSet(boulogne);
                var resource = vssOne.resources().serving(coordination, boulogne, PageRequest.first(1)).getFirst();
                var defined = vssOne.circuits().define(coordination, boulogne, new Circuit("deux-instances",
                        CircuitCondition.ANY.ages(Facts.AgeGroup.MINOR), "resource:" + resource.id().value(),
                        Urgency.WITHIN_DAYS, "visit", "Accueil"));
                assertThat(vssTwo.circuits().ruleSet(boulogne).version()).isNotEqualTo(revisionBefore)
                        .contains("circuits " + defined.revision());
                var removed = vssTwo.circuits().remove(coordination, boulogne, "deux-instances");
                assertThat(removed.revision()).isEqualTo(defined.revision() + 1);
                assertThat(vssOne.circuits().ruleSet(boulogne).version()).contains("circuits " + removed.revision());
                assertThat(vssOne.circuits().plan(coordination, boulogne).find("deux-instances")).isEmpty();
            }
        } finally {
            threads.shutdownNow();
            detach();
        }
        assertThat(logs.list).as("the capture saw the rounds").extracting(ILoggingEvent::getFormattedMessage)
                .contains("Obligation reminders: another instance is running them, skipped here",
                        "Obligation reminders checked: 1 overdue obligation(s) newly told");
        assertThat(logs.list).filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.ERROR))
                .extracting(e -> e.getLoggerName() + ": " + e.getFormattedMessage()).isEmpty();
    }

    private static ConfigurableApplicationContext start(EmbeddedPostgres postgres, String key,
            ListAppender<ILoggingEvent> logs) {
        return new SpringApplicationBuilder(VssAdminApplication.class, Time.class)
                .profiles("demo")
                .listeners(new LogCapture(logs))
                .run("--spring.datasource.url=jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
                        "--spring.datasource.username=postgres", "--spring.datasource.password=",
                        "--vss.data-dir=./target/it-data/two-instances-" + UUID.randomUUID(),
                        "--vss.secrets.key=" + key, "--server.port=0", "--vaadin.devmode.devTools.enabled=false",
                        "--vss.reminders.initial-delay=PT24H", "--vss.journal.purge-initial-delay=PT24H",
                        "--vss.paths.purge-initial-delay=PT24H", "--logging.level.io.github.clvss.admin.config=INFO");
    }

    /**
     * Sends every event of both instances to {@code logs} too, from each instance's start (once
     * Spring Boot has set logging up, which it may do again for the second) to their end.
     */
    private record LogCapture(ListAppender<ILoggingEvent> logs) implements ApplicationListener<ApplicationPreparedEvent> {
        @Override
        public void onApplicationEvent(ApplicationPreparedEvent event) {
            ch.qos.logback.classic.Logger root = root();
            if (root.getAppender(APPENDER) == null) {
                logs.setName(APPENDER);
                logs.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
                logs.start();
                root.addAppender(logs);
            }
        }
    }

    private static void detach() {
        root().detachAppender(APPENDER);
    }

    private static ch.qos.logback.classic.Logger root() {
        return (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    private static int port(ConfigurableApplicationContext app) {
        return Integer.parseInt(app.getEnvironment().getRequiredProperty("local.server.port"));
    }

    /** Signs the demo coordinator in with the sign-in page's form and token; whether the home page then opens. */
    private static boolean signIn(int port) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String page = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = TOKEN.matcher(page);
        Matcher parameter = PARAMETER.matcher(page);
        assertThat(token.find() && parameter.find()).as("the sign-in page carries its token").isTrue();
        HttpResponse<String> posted = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=coordination&password=demo-coordination&"
                        + parameter.group(1) + "=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(posted.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
        HttpResponse<String> home = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return home.statusCode() == 200;
    }

    private static long count(DataSource database, String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
