package io.github.clvss.core.internal.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class SecretBoxTest {

    private final SecretBox box = SecretBox.with(new SecretKeySpec(new byte[32], "AES"));

    @Test
    void a_sealed_secret_opens_for_its_row_and_differs_each_time_it_is_sealed() {
        String first = box.seal("JBSWY3DPEHPK3PXP", "row-1");
        String second = box.seal("JBSWY3DPEHPK3PXP", "row-1");

        assertThat(first).startsWith(SecretBox.PREFIX).doesNotContain("JBSWY3DPEHPK3PXP").isNotEqualTo(second);
        assertThat(box.open(first, "row-1")).isEqualTo("JBSWY3DPEHPK3PXP");
    }

    @Test
    void a_sealed_secret_does_not_open_for_another_row_with_another_key_or_once_altered() {
        String sealed = box.seal("JBSWY3DPEHPK3PXP", "row-1");
        byte[] other = new byte[32];
        other[0] = 1;
        String altered = sealed.substring(0, sealed.length() - 3) + (sealed.endsWith("A==") ? "B==" : "A==");

        assertThatThrownBy(() -> box.open(sealed, "row-2")).isInstanceOf(SecretBox.WrongKey.class);
        assertThatThrownBy(() -> SecretBox.with(new SecretKeySpec(other, "AES")).open(sealed, "row-1"))
                .isInstanceOf(SecretBox.WrongKey.class);
        assertThatThrownBy(() -> box.open(altered, "row-1")).isInstanceOf(SecretBox.WrongKey.class);
        assertThatThrownBy(() -> SecretBox.none().open(sealed, "row-1")).isInstanceOf(SecretBox.MissingKey.class);
    }

    @Test
    void a_clear_value_written_before_sealing_reads_as_it_is() {
        assertThat(SecretBox.none().open("JBSWY3DPEHPK3PXP", "row-1")).isEqualTo("JBSWY3DPEHPK3PXP");
    }
}
