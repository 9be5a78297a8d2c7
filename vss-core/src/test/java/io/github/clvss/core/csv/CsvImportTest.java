package io.github.clvss.core.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clvss.core.shared.Messages;
import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.Problem;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CsvImportTest {

    private static final List<CsvImport.Column> COLUMNS = List.of(
            new CsvImport.Column("name", List.of("nom"), true),
            new CsvImport.Column("town", List.of("ville"), true),
            new CsvImport.Column("note", List.of(), false));

    /** Each line becomes "name@town/note". */
    private static CsvImport<String> reader(CsvImport.Limits limits) {
        return new CsvImport<>(COLUMNS, limits, row -> Parsed.valid(row.value("name").orElse("") + "@"
                + row.value("town").orElse("") + "/" + row.value("note").orElse("")));
    }

    private static Parsed<List<CsvImport.Line<String>>> read(String text) {
        return reader(CsvImport.Limits.DEFAULT).read(text.getBytes(StandardCharsets.UTF_8), CsvImport.Progress.NONE);
    }

    private static String french(Problem problem) {
        return Messages.of(Locale.FRENCH).describe(problem);
    }

    private static String english(Problem problem) {
        return Messages.of(Locale.ENGLISH).describe(problem);
    }

    private static String tenLines(int line, String replacement) {
        StringBuilder text = new StringBuilder("nom;ville;note\n");
        for (int i = 2; i <= 10; i++) {
            text.append(i == line ? replacement : "Personne " + i + ";Boulogne;ok").append('\n');
        }
        return text.toString();
    }

    @Test
    void a_quote_opened_on_line_3_of_a_10_line_file_and_never_closed_is_blamed_on_line_3_in_french_and_english() {
        var read = read(tenLines(3, "Personne 3;\"Boulogne;ok"));

        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("csv.quote.unclosed");
            assertThat(french(p)).isEqualTo("ligne 3 : Le guillemet ouvert au début de la valeur n° 2 n’est jamais refermé : "
                    + "ajoutez le guillemet fermant, ou doublez-le (\"\") s’il fait partie du texte.");
            assertThat(english(p)).startsWith("line 3 : The quote opening value 2 is never closed");
        });
    }

    @Test
    void text_after_a_closing_quote_on_line_6_is_blamed_on_line_6() {
        var read = read(tenLines(6, "\"Personne \"six\"\";Boulogne;ok"));

        assertThat(read.problems()).extracting(Problem::code, p -> p.path().orElseThrow())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("csv.quote.stray", "L6"));
        assertThat(french(read.problems().getFirst())).startsWith("ligne 6 : Du texte suit le guillemet fermant de la valeur n° 1");
    }

    @Test
    void a_value_over_two_lines_in_quotes_is_one_value_and_the_lines_after_it_keep_their_real_numbers() {
        var read = read("nom;ville;note\n\"Agathe\nUn\";Boulogne;ok\nBertrand;Issy;\nClaire;Boulogne;trop;de;valeurs\n");

        assertThat(read.problems()).extracting(Problem::code, p -> p.path().orElseThrow())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("csv.extra-value", "L5"),
                        org.assertj.core.groups.Tuple.tuple("csv.extra-value", "L5"));
        assertThat(read.problems()).extracting(CsvImportTest::french).containsExactly(
                "ligne 5 : Valeur en trop dans la colonne n° 4, qui n’a pas d’en-tête.",
                "ligne 5 : Valeur en trop dans la colonne n° 5, qui n’a pas d’en-tête.");
        assertThat(read("nom;ville;note\n\"Agathe\nUn\";Boulogne;ok\nBertrand;Issy;\n").orElseThrow())
                .extracting(CsvImport.Line::number, CsvImport.Line::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "Agathe\nUn@Boulogne/ok"),
                        org.assertj.core.groups.Tuple.tuple(4, "Bertrand@Issy/"));
    }

    @Test
    void a_line_with_fewer_values_than_the_header_is_refused_at_its_line() {
        var read = read(tenLines(8, "Personne 8"));

        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).contains("L8");
            assertThat(french(p)).isEqualTo("ligne 8 : 1 valeur(s) pour les 3 colonnes de l’en-tête : un séparateur manque, "
                    + "ou une valeur est coupée par un retour à la ligne sans guillemets.");
        });
    }

    @Test
    void a_line_with_a_value_beyond_the_header_is_refused_at_its_line_but_empty_trailing_cells_are_accepted() {
        var read = read(tenLines(4, "Personne 4;Boulogne;ok;en trop") + "Personne 11;Boulogne;ok;;;\n");

        assertThat(read.problems()).extracting(p -> p.path().orElseThrow()).containsExactly("L4");
        assertThat(french(read.problems().getFirst())).isEqualTo("ligne 4 : Valeur en trop dans la colonne n° 4, qui n’a pas d’en-tête.");
    }

    @Test
    void an_empty_file_a_blank_file_and_a_header_alone_each_get_their_own_message() {
        assertThat(read("").problems()).extracting(CsvImportTest::french).containsExactly("Le fichier est vide.");
        assertThat(read("\ufeff\n  \n;;\n").problems()).extracting(CsvImportTest::french).containsExactly("Le fichier est vide.");
        assertThat(read("nom;ville\n").problems()).extracting(CsvImportTest::french)
                .containsExactly("Le fichier n’a que sa ligne d’en-tête.");
    }

    @Test
    void a_wrong_header_names_the_unknown_and_the_missing_columns_on_line_1() {
        var read = read("nom;commune\nAgathe;Boulogne\n");

        assertThat(read.problems()).extracting(CsvImportTest::french).containsExactly(
                "ligne 1, colonne « commune » : Colonne « commune » inconnue ; colonnes possibles : name, town, note.",
                "ligne 1, colonne « town » : La colonne obligatoire « town » manque.");
    }

    @Test
    void a_workbook_saved_with_a_csv_name_is_recognised_as_such() {
        byte[] xlsx = {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00};

        var read = reader(CsvImport.Limits.DEFAULT).read(xlsx, CsvImport.Progress.NONE);

        assertThat(read.problems()).extracting(CsvImportTest::french).containsExactly(
                "Ce fichier est un classeur (Excel ou LibreOffice), pas un fichier CSV : enregistrez-le au format « CSV UTF-8 ».");
    }

    @Test
    void a_file_mixing_utf8_and_windows_1252_is_refused_at_the_first_line_that_is_not_utf8() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("nom;ville\nHélène;Boulogne\nJosé;Issy\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("Noémie;Sèvres\n".getBytes(Charset.forName("windows-1252")));

        var read = reader(CsvImport.Limits.DEFAULT).read(bytes.toByteArray(), CsvImport.Progress.NONE);

        assertThat(read.problems()).singleElement().satisfies(p -> assertThat(french(p)).isEqualTo("ligne 4 : Le fichier mélange "
                + "deux encodages de caractères (UTF-8 et un autre) : enregistrez-le de nouveau au format « CSV UTF-8 »."));
    }

    @Test
    void a_control_character_on_line_5_shows_the_file_is_not_text() {
        byte[] bytes = tenLines(5, "Personne\u00005;Boulogne;ok").getBytes(StandardCharsets.UTF_8);

        var read = reader(CsvImport.Limits.DEFAULT).read(bytes, CsvImport.Progress.NONE);

        assertThat(read.problems()).extracting(CsvImportTest::french).containsExactly(
                "ligne 5 : Caractère de contrôle (octet 00) : ce n’est pas un fichier texte ; enregistrez-le au format « CSV UTF-8 ».");
    }

    @Test
    void windows_1252_utf16_and_utf8_with_its_mark_all_read_the_same_accents() {
        String text = "nom\tville\nHélène\tSèvres\n";
        for (byte[] bytes : List.of(text.replace('\t', ';').getBytes(Charset.forName("windows-1252")),
                ("\ufeff" + text).getBytes(StandardCharsets.UTF_16LE),
                ("\ufeff" + text.replace('\t', ',')).getBytes(StandardCharsets.UTF_8))) {
            assertThat(reader(CsvImport.Limits.DEFAULT).read(bytes, CsvImport.Progress.NONE).orElseThrow())
                    .extracting(CsvImport.Line::value).containsExactly("Hélène@Sèvres/");
        }
    }

    @Test
    void a_file_over_the_byte_limit_is_refused_with_the_limit_before_any_line_is_read() {
        AtomicInteger calls = new AtomicInteger();
        byte[] bytes = ("nom;ville\n" + "Personne;Boulogne\n".repeat(150)).getBytes(StandardCharsets.UTF_8);

        var read = reader(new CsvImport.Limits(1024, 1000)).read(bytes, (lines, percent) -> calls.incrementAndGet());

        assertThat(bytes.length).isBetween(2049, 3072);
        assertThat(read.problems()).extracting(CsvImportTest::french).containsExactly(
                "Le fichier pèse 3 Kio ; les imports acceptent au plus 1 Kio : découpez-le en plusieurs fichiers.");
        assertThat(calls).hasValue(0);
    }

    @Test
    void a_file_found_too_large_while_received_is_refused_with_the_limit() {
        assertThat(Messages.of(Locale.FRENCH).describe(new CsvImport.Limits(2L * 1024 * 1024, 10).overSize())).isEqualTo(
                "Le fichier dépasse 2048 Kio, la limite des imports : découpez-le en plusieurs fichiers.");
    }

    @Test
    void reading_stops_at_the_first_line_over_the_line_limit_and_names_the_limit() {
        StringBuilder text = new StringBuilder("nom;ville\n");
        for (int i = 0; i < 5000; i++) {
            text.append("Personne ").append(i).append(";Boulogne\n");
        }
        List<Integer> seen = new ArrayList<>();

        var read = reader(new CsvImport.Limits(1_000_000, 100)).read(text.toString().getBytes(StandardCharsets.UTF_8),
                (lines, percent) -> seen.add(lines));

        assertThat(read.problems()).extracting(CsvImportTest::french).containsExactly(
                "Le fichier compte plus de 100 lignes, la limite des imports : découpez-le en plusieurs fichiers.");
        assertThat(seen).isNotEmpty().allSatisfy(lines -> assertThat(lines).isLessThanOrEqualTo(100));
        assertThat(english(read.problems().getFirst())).isEqualTo(
                "The file has more than 100 lines, the limit for imports: split it into several files.");
    }

    @Test
    void a_file_full_of_errors_lists_the_first_hundred_and_says_where_reading_stopped() {
        StringBuilder text = new StringBuilder("nom;ville\n");
        for (int i = 0; i < 500; i++) {
            text.append("seul\n");
        }

        var read = read(text.toString());

        assertThat(read.problems()).hasSize(CsvImport.MAX_PROBLEMS + 1);
        assertThat(french(read.problems().getLast())).isEqualTo(
                "Lecture arrêtée à la ligne 101 après 100 problèmes : corrigez ceux-ci puis importez le fichier de nouveau.");
    }

    @Test
    void a_cancelled_read_stops_and_returns_no_line() {
        AtomicInteger lines = new AtomicInteger();
        CsvImport.Progress cancelAfterTen = new CsvImport.Progress() {
            @Override
            public void advanced(int read, int percent) {
                lines.set(read);
            }

            @Override
            public boolean cancelled() {
                return lines.get() >= 10;
            }
        };
        StringBuilder text = new StringBuilder("nom;ville\n");
        for (int i = 0; i < 2000; i++) {
            text.append("Personne ").append(i).append(";Boulogne\n");
        }

        var read = reader(CsvImport.Limits.DEFAULT).read(text.toString().getBytes(StandardCharsets.UTF_8), cancelAfterTen);

        assertThat(read.isValid()).isFalse();
        assertThat(read.problems()).extracting(CsvImportTest::french).containsExactly("Import annulé : rien n’a été enregistré.");
        assertThat(lines.get()).isLessThan(2000);
    }

    @Test
    void progress_is_told_about_a_hundred_times_at_most_and_ends_at_100_percent() {
        StringBuilder text = new StringBuilder("nom,ville\n");
        for (int i = 0; i < 5000; i++) {
            text.append("Personne ").append(i).append(",Boulogne\n");
        }
        List<Integer> percents = new ArrayList<>();

        var read = reader(CsvImport.Limits.DEFAULT).read(text.toString().getBytes(StandardCharsets.UTF_8),
                (lines, percent) -> percents.add(percent));

        assertThat(read.orElseThrow()).hasSize(5000);
        assertThat(percents).hasSizeLessThanOrEqualTo(102).isSorted().endsWith(100);
    }

    @Test
    void no_message_of_a_malformed_file_carries_exception_text() {
        List<String> files = List.of(tenLines(3, "a;\"b;c"), tenLines(3, "\"a\"b;c;d"), tenLines(3, "a"), "", "x;y\n1;2\n");
        for (String file : files) {
            assertThat(read(file).problems()).isNotEmpty().allSatisfy(p -> assertThat(french(p))
                    .doesNotContain("Exception", "java.", "IOException", "(line ", "csv."));
        }
    }
}
