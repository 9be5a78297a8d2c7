package io.github.clvss.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README shows the embedding code the build compiles and runs, and a version that exists. */
class ReadmeTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Path EXAMPLE = Path.of("src/main/java/io/github/clvss/examples/embedding/Embedding.java");

    @Test
    void the_readme_quotes_the_embedding_example_verbatim_with_its_imports() throws IOException {
        List<String> example = Files.readAllLines(EXAMPLE);
        List<String> expected = new ArrayList<>(between(example, "// README imports begin", "// README imports end"));
        expected.add("");
        expected.addAll(dedent(between(example, "// README begin", "// README end")));

        assertThat(block(Files.readString(README), "## Embed vss-core", "java")).isEqualTo(expected);
    }

    @Test
    void the_readme_names_the_version_the_build_makes() throws IOException {
        String pom = Files.readString(Path.of("..", "pom.xml"));
        Matcher version = Pattern.compile("<artifactId>vss-parent</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertThat(version.find()).isTrue();

        List<String> dependency = block(Files.readString(README), "## Embed vss-core", "xml");
        assertThat(dependency).contains("  <version>" + version.group(1) + "</version>");
    }

    private static List<String> between(List<String> lines, String begin, String end) {
        int from = indexOf(lines, begin);
        int to = indexOf(lines, end);
        assertThat(to).as("the markers of the example").isGreaterThan(from);
        return lines.subList(from + 1, to);
    }

    private static int indexOf(List<String> lines, String marker) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(marker)) {
                return i;
            }
        }
        throw new AssertionError("no line " + marker + " in the example");
    }

    private static List<String> dedent(List<String> lines) {
        int indent = lines.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).toList();
    }

    /** The lines of the first fenced block in {@code language} after the heading. */
    private static List<String> block(String markdown, String heading, String language) {
        int section = markdown.indexOf(heading);
        assertThat(section).as("the README's section " + heading).isNotNegative();
        int start = markdown.indexOf("```" + language + "\n", section);
        int end = markdown.indexOf("\n```", start + 4);
        return List.of(markdown.substring(start + language.length() + 4, end).split("\n", -1));
    }
}
