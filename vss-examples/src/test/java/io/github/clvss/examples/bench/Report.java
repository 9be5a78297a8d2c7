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

    private final String label;
    private final List<Row> rows = new ArrayList<>();
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
        out.append('\n').append("| measure | vss | baseline in the same run | baseline | ratio |\n|---|---|---|---|---|\n");
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
