package io.github.clvss.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/architecture.md lists every package of vss-core with the first sentence of its
 * {@code package-info.java}: the list is generated, and this test fails when the two disagree.
 * To regenerate it: {@code ./mvnw -pl vss-core test -Dtest=ArchitectureDocumentTest -Dvss.architecture.write=true}.
 */
class ArchitectureDocumentTest {

    private static final Path SOURCES = Path.of("src/main/java/io/github/clvss/core");
    private static final Path DOCUMENT = Path.of("../docs/architecture.md");
    static final String BEGIN = "<!-- packages: generated from the package-info.java files by ArchitectureDocumentTest -->";
    static final String END = "<!-- packages: end -->";

    /** One package: its name under the core, whether it is domain, an adapter or the entry point, its first sentence. */
    record Entry(String name, String kind, String sentence) {
    }

    @Test
    void every_package_of_the_core_has_a_package_info_with_a_first_sentence() throws IOException {
        for (Path directory : packages()) {
            Path info = directory.resolve("package-info.java");
            assertThat(info).as("%s has no package-info.java", directory).exists();
            assertThat(firstSentence(Files.readString(info))).as("the first sentence of %s", info).hasSizeGreaterThan(20);
        }
    }

    @Test
    void the_architecture_document_lists_every_package_with_its_package_info_first_sentence() throws IOException {
        String expected = table(entries());
        String document = Files.readString(DOCUMENT);
        int begin = document.indexOf(BEGIN);
        int end = document.indexOf(END);
        assertThat(begin).as("docs/architecture.md has the marker " + BEGIN).isNotNegative();
        assertThat(end).as("docs/architecture.md has the marker " + END).isGreaterThan(begin);
        String listed = document.substring(begin + BEGIN.length(), end);
        if (!listed.equals(expected) && Boolean.getBoolean("vss.architecture.write")) {
            Files.writeString(DOCUMENT, document.substring(0, begin + BEGIN.length()) + expected + document.substring(end));
            listed = expected;
        }
        assertThat(listed).as("docs/architecture.md is out of date with the package-info files; regenerate it with"
                + " -Dvss.architecture.write=true").isEqualTo(expected);
    }

    @Test
    void a_first_sentence_ends_at_the_first_full_stop_and_names_linked_types_simply() {
        assertThat(firstSentence("""
                /**
                 * The one entry point: {@link io.github.clvss.core.Vss}, e.g. for tests. Then more.
                 */
                package x;
                """)).isEqualTo("The one entry point: `Vss`, e.g. for tests.");
    }

    static List<Entry> entries() throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (Path directory : packages()) {
            String name = SOURCES.relativize(directory).toString().replace('/', '.');
            String feature = name.isEmpty() ? "" : name.split("\\.")[0];
            String kind = name.isEmpty() ? "entry point" : ArchitectureTest.ADAPTERS.contains(feature) ? "adapter" : "domain";
            Path info = directory.resolve("package-info.java");
            String sentence = Files.exists(info) ? firstSentence(Files.readString(info)) : "(no package-info.java)";
            entries.add(new Entry(name.isEmpty() ? "(root)" : name, kind, sentence));
        }
        return entries;
    }

    /** Every directory of the core's sources that holds Java files, in name order. */
    static List<Path> packages() throws IOException {
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            return walk.filter(Files::isDirectory).filter(ArchitectureDocumentTest::holdsJava).sorted().toList();
        }
    }

    private static boolean holdsJava(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.anyMatch(f -> f.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String table(List<Entry> entries) {
        StringBuilder text = new StringBuilder("\n\n| package (under `io.github.clvss.core`) | kind | what it holds |\n|---|---|---|\n");
        for (Entry entry : entries) {
            text.append("| `").append(entry.name()).append("` | ").append(entry.kind()).append(" | ")
                    .append(entry.sentence().replace("|", "\\|")).append(" |\n");
        }
        return text.append('\n').toString();
    }

    /** The Javadoc's first sentence, on one line, with {@code {@link a.b.C}} written {@code `C`}. */
    static String firstSentence(String source) {
        Matcher comment = Pattern.compile("(?s)/\\*\\*(.*?)\\*/").matcher(source);
        if (!comment.find()) {
            return "";
        }
        String text = comment.group(1).replaceAll("(?m)^\\s*\\*\\s?", " ").replaceAll("\\s+", " ").strip();
        text = text.replaceAll("\\{@(?:link|linkplain) (?:[\\w.]+\\.)?([\\w#()]+)(?: [^}]*)?}", "`$1`")
                .replaceAll("\\{@code ([^}]*)}", "`$1`");
        Matcher end = Pattern.compile("(?<!e\\.g|i\\.e|etc)\\.(\\s|$)").matcher(text);
        return end.find() ? text.substring(0, end.start() + 1) : text;
    }
}
