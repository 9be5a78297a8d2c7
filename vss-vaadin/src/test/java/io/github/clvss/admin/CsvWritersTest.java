package io.github.clvss.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The application writes no CSV of its own: every file goes through vss-core's formula-safe
 * writer ({@code io.github.clvss.core.csv.CsvWriter}), whose exports {@code EveryCsvExportTest}
 * checks column by column.
 */
class CsvWritersTest {

    @Test
    void no_class_of_the_application_prints_csv_with_commons_csv_directly() throws IOException, URISyntaxException {
        Path classes = Path.of(VssAdminApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> printing;
        try (Stream<Path> files = Files.walk(classes)) {
            printing = files.filter(f -> f.toString().endsWith(".class")).filter(CsvWritersTest::printsCsv)
                    .map(f -> classes.relativize(f).toString()).toList();
        }

        assertThat(classes.resolve("io/github/clvss/admin/residents/PublicPages.class")).exists();
        assertThat(printing).isEmpty();
    }

    private static boolean printsCsv(Path classFile) {
        try {
            String constants = new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);
            return constants.contains("org/apache/commons/csv/CSVPrinter") || constants.contains("org/apache/commons/csv/CSVFormat");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
