package io.github.clvss.examples.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The bench's findings as a Markdown table: each measure, its baseline, and their ratio. */
final class Report {

    /** One measure: what, how long vss took, against what, how long that took. */
    record Row(String measure, double vssMs, String baseline, Double baselineMs, String ratioUnit) {

        String ratio() {
            return baselineMs == null || baselineMs <= 0 ? "" : String.format(Locale.ROOT, "%.2f%s", vssMs / baselineMs, ratioUnit);
        }
    }

    /**
     * One admin grid on one database: the rows its view counts, the offset of the deep page, and
     * the times of the count (none when the grid counts nothing), the first page, the deep page
     * reached by seeking after the row before it, and the same page reached by offset; whether
     * the seek gave the same rows as the offset.
     */
    record GridRow(String grid, String database, long rows, int deepOffset, java.util.Optional<Double> countMs,
            double firstMs, double deepMs, double jumpMs, boolean sameRows) {

        double ratio() {
            return deepMs / firstMs;
        }

        /** Whether the first and the deep page are each under 50 ms and the deep one within 1.5× the first. */
        boolean holds() {
            return sameRows && firstMs < 50 && deepMs < 50 && ratio() <= 1.5;
        }
    }

    private final String label;
    private final List<Row> rows = new ArrayList<>();
    private final List<GridRow> grids = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<String[]> facts = new ArrayList<>();
    private final String machine = Bench.machine();

    Report(String label) {
        this.label = label;
    }

    void row(String measure, double vssMs, String baseline, Double baselineMs, String ratioUnit) {
        rows.add(new Row(measure, vssMs, baseline, baselineMs, ratioUnit));
        System.err.println("bench: " + measure + ": " + format(vssMs)
                + (baselineMs == null ? " — " + baseline : " vs " + format(baselineMs) + " (" + baseline + ")"));
    }

    void grid(GridRow grid) {
        grids.add(grid);
        System.err.println("bench: grid " + grid.grid() + ", " + grid.database() + ": " + grid.rows() + " rows, count "
                + grid.countMs().map(Report::format).orElse("none") + ", first " + format(grid.firstMs()) + ", deep "
                + format(grid.deepMs()) + ", jump " + format(grid.jumpMs()) + (grid.sameRows() ? "" : ", SEEK ROWS DIFFER"));
    }

    List<GridRow> grids() {
        return List.copyOf(grids);
    }

    /** A row whose figures are not times (sizes, memory). */
    void fact(String measure, String value, String baseline, String baselineValue, String ratio) {
        facts.add(new String[] {measure, value, baseline, baselineValue, ratio});
        rows.add(new Row(measure, -1, baseline, null, ""));
        System.err.println("bench: " + measure + ": " + value + " — " + baseline + " " + baselineValue + " " + ratio);
    }

    void note(String text) {
        notes.add(text);
        System.err.println("bench: " + text);
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("Machine: ").append(machine).append('\n');
        if (!label.isBlank()) {
            out.append("Code: ").append(label).append('\n');
        }
        if (!rows.isEmpty()) {
            out.append('\n').append("| measure | vss | baseline in the same run | baseline | ratio |\n|---|---|---|---|---|\n");
        }
        for (Row row : rows) {
            if (row.vssMs() < 0) {
                String[] fact = facts.stream().filter(f -> f[0].equals(row.measure())).findFirst().orElseThrow();
                out.append("| ").append(fact[0]).append(" | ").append(fact[1]).append(" | ").append(fact[2])
                        .append(" | ").append(fact[3]).append(" | ").append(fact[4]).append(" |\n");
            } else {
                out.append("| ").append(row.measure()).append(" | ").append(format(row.vssMs())).append(" | ")
                        .append(row.baseline()).append(" | ")
                        .append(row.baselineMs() == null ? "" : format(row.baselineMs())).append(" | ")
                        .append(row.ratio()).append(" |\n");
            }
        }
        if (!grids.isEmpty()) {
            out.append("\n| admin grid | database | rows | count | first page | deep page (seek) | deep / first"
                    + " | offset jump to 99 % | first and deep < 50 ms, deep / first ≤ 1.5 |\n|---|---|---|---|---|---|---|---|---|\n");
            for (GridRow grid : grids) {
                out.append("| ").append(grid.grid()).append(" | ").append(grid.database()).append(" | ")
                        .append(String.format(Locale.ROOT, "%,d", grid.rows())).append(" | ")
                        .append(grid.countMs().map(Report::format).orElse("—")).append(" | ")
                        .append(format(grid.firstMs())).append(" | ")
                        .append(format(grid.deepMs())).append(String.format(Locale.ROOT, " (offset %,d)", grid.deepOffset()))
                        .append(" | ").append(String.format(Locale.ROOT, "%.2f", grid.ratio())).append(" | ")
                        .append(format(grid.jumpMs())).append(" | ")
                        .append(!grid.sameRows() ? "no: the seek gave other rows than the offset"
                                : grid.holds() ? "yes" : "no").append(" |\n");
            }
        }
        for (String note : notes) {
            out.append("\n- ").append(note);
        }
        return out.append('\n').toString();
    }

    static String format(double ms) {
        if (ms >= 10_000) {
            return String.format(Locale.ROOT, "%.1f s", ms / 1000);
        }
        if (ms >= 1_000) {
            return String.format(Locale.ROOT, "%.2f s", ms / 1000);
        }
        if (ms >= 10) {
            return String.format(Locale.ROOT, "%.0f ms", ms);
        }
        return String.format(Locale.ROOT, "%.2f ms", ms);
    }
}
