package io.github.clvss.core.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void cells_a_spreadsheet_would_run_as_formulas_are_written_as_text() {
        StringWriter out = new StringWriter();
        try (CsvWriter csv = CsvWriter.spreadsheet(out, CsvWriter.Column.texts("actor", "action"))) {
            csv.row(List.of("=HYPERLINK(\"http://evil\")", "+33 1 23"));
            csv.row(List.of("-2+3", "@SUM(A1)"));
            csv.row(List.of("Boulogne-Billancourt", "contract.create"));
        }

        assertThat(out.toString()).isEqualTo("\ufeffactor;action\r\n"
                + "\"'=HYPERLINK(\"\"http://evil\"\")\";'+33 1 23\r\n"
                + "'-2+3;'@SUM(A1)\r\n"
                + "Boulogne-Billancourt;contract.create\r\n");
    }

    @Test
    void tab_and_carriage_return_at_the_start_of_a_cell_are_neutralised_too() {
        assertThat(CsvWriter.safe("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvWriter.safe("\r=1")).isEqualTo("'\r=1");
        assertThat(CsvWriter.safe("")).isEmpty();
    }

    @Test
    void open_data_writes_numbers_and_international_phone_numbers_exactly_and_guards_the_same_characters_in_text() {
        StringWriter out = new StringWriter();
        List<CsvWriter.Column> columns = List.of(new CsvWriter.Column("name", CsvWriter.Kind.TEXT),
                new CsvWriter.Column("change", CsvWriter.Kind.NUMBER), new CsvWriter.Column("phone", CsvWriter.Kind.PHONE));
        try (CsvWriter csv = CsvWriter.openData(out, columns)) {
            csv.row(List.of("-2+3", "-3.5", "+33146090000"));
            csv.row(List.of("+33146090000", "-1+cmd|' /C calc'!A0", "+33 1 46 09 00 00"));
        }

        assertThat(out.toString()).isEqualTo("name,change,phone\r\n"
                + "'-2+3,-3.5,+33146090000\r\n"
                + "'+33146090000,'-1+cmd|' /C calc'!A0,'+33 1 46 09 00 00\r\n");
    }

    @Test
    void the_apostrophe_can_be_taken_off_again_without_ambiguity() {
        assertThat(CsvWriter.safe("=1")).isEqualTo("'=1");
        assertThat(CsvWriter.safe("'=1")).isEqualTo("''=1");
        assertThat(CsvWriter.safe("'apostrophe")).isEqualTo("'apostrophe");
        assertThat(CsvWriter.safe("l'=1")).isEqualTo("l'=1");
    }

    @Test
    void full_width_formula_characters_that_some_spreadsheets_convert_are_guarded_too() {
        assertThat(List.of("\uff1d1+1", "\uff0b1", "\uff0d1", "\uff20SUM(1)")).allSatisfy(cell ->
                assertThat(CsvWriter.safe(cell)).isEqualTo("'" + cell));
    }

    @Test
    void a_line_with_a_cell_more_or_less_than_the_columns_is_a_programming_error() {
        try (CsvWriter csv = CsvWriter.openData(new StringWriter(), CsvWriter.Column.texts("a", "b"))) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> csv.row(List.of("only one")))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
