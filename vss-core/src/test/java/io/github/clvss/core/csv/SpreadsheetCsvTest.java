package io.github.clvss.core.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadsheetCsvTest {

    @Test
    void cells_a_spreadsheet_would_run_as_formulas_are_written_as_text() {
        StringWriter out = new StringWriter();
        try (SpreadsheetCsv csv = new SpreadsheetCsv(out, List.of("actor", "action"))) {
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
        assertThat(SpreadsheetCsv.safe("\t=1")).isEqualTo("'\t=1");
        assertThat(SpreadsheetCsv.safe("\r=1")).isEqualTo("'\r=1");
        assertThat(SpreadsheetCsv.safe("")).isEmpty();
    }
}
