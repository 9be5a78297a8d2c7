package io.github.clvss.core.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonSyntaxTest {

    private static Problem at(String content, int line, int column) {
        return JsonSyntax.at(content.getBytes(StandardCharsets.UTF_8), Optional.of(line), Optional.of(column));
    }

    @Test
    void a_stray_character_is_named_with_its_line_and_column() {
        Problem problem = at("{\n  \"a\": 1,\n  oops\n}", 3, 4);

        assertThat(problem.code()).isEqualTo("file.json.syntax.character");
        assertThat(problem.path()).contains("line 3, column 4");
        assertThat(problem.arguments()).containsExactly("o");
        assertThat(Messages.of(java.util.Locale.ENGLISH).describe(problem))
                .isEqualTo("line 3, column 4 : The file is not valid JSON: «o» is not expected here.");
    }

    @Test
    void a_file_that_stops_too_early_says_so() {
        Problem problem = at("{\"formatVersion\": ", 1, 19);

        assertThat(problem.code()).isEqualTo("file.json.syntax.end");
        assertThat(problem.path()).contains("line 1, column 19");
    }

    @Test
    void without_a_place_it_still_says_the_file_is_not_json() {
        assertThat(JsonSyntax.at(new byte[0], Optional.empty(), Optional.empty()).code()).isEqualTo("file.json.syntax.somewhere");
    }
}
