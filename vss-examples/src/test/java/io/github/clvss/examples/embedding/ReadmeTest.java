package io.github.clvss.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README shows the embedding code the build compiles and runs, and a version that exists. */
class ReadmeTest {

    static final Path README = Path.of("..", "README.md");
    private static final Path EXAMPLE = Path.of("src/main/java/io/github/clvss/examples/embedding/Embedding.java");

    @Test
    void the_readme_quotes_the_whole_embedding_example_verbatim_but_its_package() throws IOException {
        assertThat(javaBlock(README)).isEqualTo(exampleWithoutPackage());
    }

    /** The README's Java block: a whole source file, what an embedder copies. */
    static List<String> javaBlock(Path readme) throws IOException {
        return block(Files.readString(readme), "## Embed vss-core", "java");
    }

    /** The README's Maven block, the dependencies an embedder copies. */
    static List<String> mavenBlock(Path readme) throws IOException {
        return block(Files.readString(readme), "## Embed vss-core", "xml");
    }

    private static List<String> exampleWithoutPackage() throws IOException {
        List<String> example = Files.readAllLines(EXAMPLE);
        assertThat(example.get(0)).startsWith("package ");
        assertThat(example.get(1)).isEmpty();
        return example.subList(2, example.size());
    }

    @Test
    void the_readme_names_the_version_the_build_makes() throws IOException {
        String pom = Files.readString(Path.of("..", "pom.xml"));
        Matcher version = Pattern.compile("<artifactId>vss-parent</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertThat(version.find()).isTrue();

        List<String> dependency = mavenBlock(README).stream().map(String::strip).toList();
        assertThat(dependency).contains("<version>" + version.group(1) + "</version>");
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
