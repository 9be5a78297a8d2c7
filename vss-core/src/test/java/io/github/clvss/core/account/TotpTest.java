package io.github.clvss.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TotpTest {

    /** RFC 6238, appendix B: the SHA-1 key is the ASCII text "12345678901234567890". */
    private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "at {0} s the eight-digit SHA-1 code is {1}")
    @CsvSource({
            "59, 94287082",
            "1111111109, 07081804",
            "1111111111, 14050471",
            "1234567890, 89005924",
            "2000000000, 69279037",
            "20000000000, 65353130"})
    void the_codes_are_those_of_the_rfc_6238_test_vectors(long seconds, String expected) {
        long step = Totp.step(Instant.ofEpochSecond(seconds));

        assertThat(Totp.code(RFC_KEY, step, 8, "SHA1")).isEqualTo(expected);
    }

    @Test
    void the_six_digit_code_is_the_last_six_digits_of_the_rfc_vector() {
        assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
        assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
    }

    @Test
    void a_code_of_the_step_before_or_after_is_accepted_and_not_two_steps_away() {
        Instant now = Instant.ofEpochSecond(1_111_111_111);
        long step = Totp.step(now);

        assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, step - 1), now, 0)).hasValue(step - 1);
        assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, step + 1), now, 0)).hasValue(step + 1);
        assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, step - 2), now, 0)).isEmpty();
        assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, step + 2), now, 0)).isEmpty();
    }

    @Test
    void a_code_of_a_step_already_used_or_earlier_is_refused() {
        Instant now = Instant.ofEpochSecond(1_111_111_111);
        long step = Totp.step(now);
        String code = Totp.code(RFC_KEY, step);

        assertThat(Totp.matchingStep(RFC_KEY, code, now, step)).isEqualTo(OptionalLong.empty());
        assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, step - 1), now, step - 1)).isEmpty();
        assertThat(Totp.matchingStep(RFC_KEY, code, now, step - 1)).hasValue(step);
    }

    @Test
    void spaces_are_ignored_and_anything_but_six_digits_is_refused() {
        Instant now = Instant.ofEpochSecond(59);
        String code = Totp.code(RFC_KEY, Totp.step(now));

        assertThat(Totp.matchingStep(RFC_KEY, code.substring(0, 3) + " " + code.substring(3), now, 0)).isPresent();
        assertThat(Totp.matchingStep(RFC_KEY, code.substring(1), now, 0)).isEmpty();
        assertThat(Totp.matchingStep(RFC_KEY, "abcdef", now, 0)).isEmpty();
    }

    @Test
    void base32_reads_back_what_it_wrote_as_rfc_4648_spells_it() {
        assertThat(Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        byte[] secret = Totp.newSecret();
        assertThat(Totp.fromBase32(Totp.base32(secret))).isEqualTo(secret);
        assertThat(Totp.base32(secret)).hasSize(32);
    }
}
