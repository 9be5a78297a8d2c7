package io.github.clvss.core.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://arretonslesviolences.gouv.fr", "http://ville.example/aide?x=1#y", "HTTPS://VILLE.EXAMPLE"})
    void an_http_or_https_address_is_a_web_address(String text) {
        assertThat(WebAddresses.isWeb(text)).isTrue();
        assertThat(WebAddresses.problem(Optional.of(text), "web")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(document.cookie)", " javascript:alert(1)",
            "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "//evil.example", "ftp://ville.example",
            "https://", "https://ville.example/a b", "https://ville.example/\njavascript:alert(1)", "ville.example", ""})
    void anything_else_is_refused_with_the_value_at_its_path(String text) {
        assertThat(WebAddresses.isWeb(text)).isFalse();
        assertThat(WebAddresses.problem(Optional.of(text), "$.publicationUrl")).contains(
                Problem.error(WebAddresses.INVALID, "$.publicationUrl", text));
        assertThatThrownBy(() -> WebAddresses.require(Optional.of(text), "web")).isInstanceOf(InvalidInputException.class)
                .hasMessage("web.invalid at web");
    }

    @Test
    void no_address_is_no_problem() {
        assertThat(WebAddresses.problem(Optional.empty(), "web")).isEmpty();
    }

    @Test
    void the_refusal_is_worded_in_french_and_in_english() {
        Problem refused = Problem.error(WebAddresses.INVALID, "web", "javascript:alert(1)");

        assertThat(Messages.of(java.util.Locale.FRENCH).text(refused)).contains("javascript:alert(1)", "https://");
        assertThat(Messages.of(java.util.Locale.ENGLISH).text(refused)).contains("is not a web address");
    }
}
