package io.github.clvss.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretsKeyTest {

    @TempDir
    Path folder;

    @Test
    void a_missing_key_file_is_created_readable_by_its_owner_only_and_gives_the_same_key_when_read_again() throws Exception {
        Path file = folder.resolve("data").resolve("secrets.key");

        SecretsKey created = SecretsKey.inFile(file);
        SecretsKey read = SecretsKey.inFile(file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).hasSize(SecretsKey.BYTES);
        assertThat(read.key().getEncoded()).isEqualTo(created.key().getEncoded());
    }

    @Test
    void a_key_is_refused_unless_it_is_base64_of_32_bytes_and_the_refusal_does_not_repeat_it() {
        String tooShort = Base64.getEncoder().encodeToString(new byte[16]);

        assertThatThrownBy(() -> SecretsKey.fromBase64(tooShort)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32 bytes").hasMessageNotContaining(tooShort);
        assertThatThrownBy(() -> SecretsKey.fromBase64("pas une clé !")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("pas une");
        assertThat(SecretsKey.fromBase64(Base64.getEncoder().encodeToString(new byte[32])).key().getEncoded()).hasSize(32);
    }

    @Test
    void a_key_never_shows_in_its_text() {
        byte[] bytes = new byte[32];
        bytes[0] = 42;
        String text = Base64.getEncoder().encodeToString(bytes);

        assertThat(SecretsKey.fromBase64(text).toString()).doesNotContain(text).isEqualTo("SecretsKey[…]");
    }
}
