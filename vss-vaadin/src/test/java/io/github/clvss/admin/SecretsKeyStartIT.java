package io.github.clvss.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clvss.core.SecretsKey;
import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.Grant;
import io.github.clvss.core.account.Account;
import io.github.clvss.core.account.Enrolment;
import io.github.clvss.core.account.Login;
import io.github.clvss.core.shared.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The installation's secrets key: kept in an owner-only file of the data folder by default, and a
 * key that does not open the stored second factors stops the start with a short report, no stack
 * trace, no key, no secret.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecretsKeyStartIT {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void a_wrong_or_malformed_key_stops_the_start_with_a_short_report_and_the_right_key_starts(CapturedOutput output) {
        Path dataDir = Path.of("target", "it-data", "secrets-key-" + UUID.randomUUID());
        String sealedWith = randomKey();
        String another = randomKey();
        Enrolment enrolment;
        try (Vss vss = Vss.builder().h2File(dataDir.resolve("vss")).secretsKey(SecretsKey.fromBase64(sealedWith)).build()) {
            Account account = vss.accounts().open(Actor.system(), Account.open(vss.clock(), new Login("cle.admin"), "Clé",
                    Optional.empty(), Language.FR, Set.of(Grant.platformAdministrator())), Optional.empty());
            enrolment = vss.accounts().startSecondFactor(account.actor(), account.id(), "vss");
        }

        assertThatThrownBy(() -> start(dataDir, "--vss.secrets.key=" + another).close()).isNotNull();
        assertThatThrownBy(() -> start(dataDir, "--vss.secrets.key=trop-court").close()).isNotNull();

        assertThat(output.getAll())
                .contains("APPLICATION FAILED TO START")
                .contains("The secrets key does not open 1 of the 1 second-factor secrets")
                .contains("The secrets key cannot be used: the setting vss.secrets.key (VSS_SECRETS_KEY) is not a key")
                .doesNotContain("\tat io.github.clvss", "\tat org.springframework")
                .doesNotContain(sealedWith, another, enrolment.secret(), "trop-court");
        try (ConfigurableApplicationContext started = start(dataDir, "--vss.secrets.key=" + sealedWith)) {
            assertThat(started.isRunning()).isTrue();
        }
    }

    @Test
    void without_a_key_setting_the_first_start_writes_an_owner_only_key_file_that_the_next_start_reads() throws Exception {
        Path dataDir = Path.of("target", "it-data", "secrets-file-" + UUID.randomUUID());

        try (ConfigurableApplicationContext first = start(dataDir)) {
            Vss vss = first.getBean(Vss.class);
            Account account = vss.accounts().open(Actor.system(), Account.open(vss.clock(), new Login("fichier.cle"), "Clé",
                    Optional.empty(), Language.FR, Set.of(Grant.platformAdministrator())), Optional.empty());
            vss.accounts().startSecondFactor(account.actor(), account.id(), "vss");
        }
        Path file = dataDir.resolve("secrets.key");
        String key = Files.readString(file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (ConfigurableApplicationContext second = start(dataDir)) {
            assertThat(second.isRunning()).as("the stored factor opens with the file's key").isTrue();
        }
        assertThat(Files.readString(file)).isEqualTo(key);
    }

    private static ConfigurableApplicationContext start(Path dataDir, String... more) {
        String[] settings = new String[3 + more.length];
        settings[0] = "--vss.data-dir=./" + dataDir;
        settings[1] = "--server.port=0";
        settings[2] = "--vaadin.devmode.devTools.enabled=false";
        System.arraycopy(more, 0, settings, 3, more.length);
        return new SpringApplicationBuilder(VssAdminApplication.class).run(settings);
    }

    private static String randomKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
