package io.github.clvss.core.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void french_is_the_default_and_english_is_given_on_request() {
        Problem problem = Problem.error("siren.format", "$.siren", "123");

        assertThat(Messages.of(Locale.FRENCH).text(problem)).isEqualTo("« 123 » n’est pas un SIREN : il faut 9 chiffres.");
        assertThat(Messages.of(Locale.ENGLISH).text(problem)).isEqualTo("“123” is not a SIREN: it needs 9 digits.");
        assertThat(Messages.of(Locale.GERMAN).locale()).isEqualTo(Locale.FRENCH);
        assertThat(Messages.of(Locale.UK).locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void a_date_given_to_a_sentence_is_written_the_way_the_language_writes_dates() {
        Problem problem = Problem.error("siren.format", "$.siren", "2025-06-13");

        assertThat(Messages.of(Locale.FRENCH).text(problem)).contains("« 13 juin 2025 »").doesNotContain("2025-06-13");
        assertThat(Messages.of(Locale.ENGLISH).text(problem)).contains("June 13, 2025").doesNotContain("2025-06-13");
    }

    @Test
    void a_problem_is_explained_with_its_place_in_words_or_without_a_place_never_with_a_path() {
        Messages french = Messages.of(Locale.FRENCH);
        Messages english = Messages.of(Locale.ENGLISH);

        assertThat(french.explain(Problem.warning("siren.format", "$.circuits[1].when", "x")))
                .startsWith("circuit n° 2, conditions : ");
        assertThat(english.explain(Problem.warning("siren.format", "name", "x"))).startsWith("name: ");
        assertThat(french.explain(Problem.error("siren.format", "$.territory.siren", "x")))
                .isEqualTo(french.text(Problem.error("siren.format", "$.territory.siren", "x")));
        assertThat(french.explain(Problem.error("siren.format", "L3:email", "x"))).startsWith("ligne 3, colonne « email » : ");
    }

    @Test
    void french_and_english_have_the_same_codes() {
        assertThat(keys("messages_en.properties")).isEqualTo(keys("messages.properties"));
    }

    @Test
    void every_code_written_in_vss_core_has_a_text() throws IOException {
        Set<String> codes = codesInSources();
        Messages french = Messages.of(Locale.FRENCH);

        assertThat(codes).hasSizeGreaterThan(40);
        assertThat(codes).allSatisfy(code -> assertThat(french.knows(code) || french.knows(code + ".subject"))
                .as(code).isTrue());
    }

    @Test
    void an_unknown_code_shows_itself_and_its_arguments_rather_than_nothing() {
        assertThat(Messages.of(Locale.FRENCH).text("plugin.rule.unknown", List.of("a", "b")))
                .isEqualTo("plugin.rule.unknown [a, b]");
    }

    private static Set<String> keys(String bundle) {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/io/github/clvss/core/" + bundle)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    /**
     * Every code-like string literal of vss-core's sources (lower-case words joined by dots),
     * less the journal's actions, the documents' own text keys and file names.
     */
    private static Set<String> codesInSources() throws IOException {
        Pattern literal = Pattern.compile("\"([a-z]+(?:\\.[a-z0-9-]+)+)\"");
        Pattern action = Pattern.compile("(?:Act\\.on|Act\\.onShared|Act\\.onTerritory|Act\\.general|new Act|change|act|checkRead)\\([^\"]*\"([^\"]+)\"");
        Set<String> codes = new TreeSet<>();
        Set<String> actions = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                literal.matcher(source).results().map(m -> m.group(1)).forEach(codes::add);
                action.matcher(source).results().map(m -> m.group(1)).forEach(actions::add);
            }
        }
        Properties documents = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/io/github/clvss/core/document/documents.properties")) {
            documents.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        codes.removeAll(actions);
        codes.removeAll(documents.stringPropertyNames());
        codes.removeIf(code -> code.startsWith("io.") || code.matches(".*\\.(txt|json|properties)") || code.startsWith("contractfile.import.")
                || code.equals("summary.heading") || code.equals("summary.file"));
        return codes;
    }
}
