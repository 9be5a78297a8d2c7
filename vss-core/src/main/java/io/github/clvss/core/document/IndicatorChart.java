package io.github.clvss.core.document;

import io.github.clvss.core.indicator.Figure;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * Draws an indicator's yearly series as a small SVG 1.1 bar chart: one bar per year, its value
 * written above it, the year under it, and the target as a dashed line when there is one.
 *
 * <p>Masking holds in the picture too: a masked value has no bar — only a dashed outline at the
 * foot of the column and its mask symbol — and the scale is set by the shown values and the
 * target only, so that neither a bar's height nor the axis gives a masked value away.
 */
final class IndicatorChart {

    static final double WIDTH = 260;
    static final double HEIGHT = 120;
    private static final double TOP = 18;
    private static final double BOTTOM = 18;
    private static final double SIDE = 8;
    private static final String BAR = "#1d4f91";
    private static final String INK = "#1a1a1a";
    private static final String MUTED = "#5f5f5f";

    private IndicatorChart() {
    }

    /**
     * The chart as an SVG element to inline.
     *
     * @param title what it shows (the indicator's name)
     * @param description the series in words, for who cannot see it
     * @param series the figures by year
     * @param target the target, if any
     * @param format how figures are written
     */
    static String draw(String title, String description, SortedMap<Integer, Figure> series, Optional<BigDecimal> target,
            DiagnosticFormat format) {
        double max = series.values().stream().filter(Figure.Shown.class::isInstance)
                .map(f -> ((Figure.Shown) f).value().doubleValue()).reduce(0.0, Math::max);
        max = Math.max(max, target.map(BigDecimal::doubleValue).orElse(0.0));
        if (max <= 0) {
            max = 1;
        }
        double plot = HEIGHT - TOP - BOTTOM;
        double baseline = HEIGHT - BOTTOM;
        double column = (WIDTH - 2 * SIDE) / Math.max(1, series.size());
        double bar = column * 0.6;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" role=\"img\" width=\"").append(num(WIDTH))
                .append("\" height=\"").append(num(HEIGHT)).append("\" viewBox=\"0 0 ").append(num(WIDTH)).append(' ')
                .append(num(HEIGHT)).append("\" font-family=\"Liberation Sans, Arial, sans-serif\" font-size=\"9\">")
                .append("<title>").append(LogigrammeDrawing.escape(title)).append("</title>")
                .append("<desc>").append(LogigrammeDrawing.escape(description)).append("</desc>")
                .append("<line x1=\"").append(num(SIDE)).append("\" y1=\"").append(num(baseline)).append("\" x2=\"")
                .append(num(WIDTH - SIDE)).append("\" y2=\"").append(num(baseline)).append("\" stroke=\"").append(INK)
                .append("\" stroke-width=\"0.8\"/>");
        int i = 0;
        for (Map.Entry<Integer, Figure> point : series.entrySet()) {
            double x = SIDE + i * column + (column - bar) / 2;
            double middle = x + bar / 2;
            Figure figure = point.getValue();
            String label = format.figure(figure);
            double labelY;
            switch (figure) {
                case Figure.Shown shown -> {
                    double h = plot * shown.value().doubleValue() / max;
                    svg.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(baseline - h)).append("\" width=\"")
                            .append(num(bar)).append("\" height=\"").append(num(h)).append("\" fill=\"").append(BAR).append("\"/>");
                    labelY = baseline - h - 3;
                }
                case Figure.Masked masked -> {
                    svg.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(baseline - 6)).append("\" width=\"")
                            .append(num(bar)).append("\" height=\"6\" fill=\"none\" stroke=\"").append(MUTED)
                            .append("\" stroke-dasharray=\"2,2\" stroke-width=\"0.8\"/>");
                    labelY = baseline - 9;
                }
                case Figure.Missing missing -> labelY = baseline - 3;
            }
            svg.append("<text x=\"").append(num(middle)).append("\" y=\"").append(num(labelY))
                    .append("\" text-anchor=\"middle\" fill=\"").append(figure instanceof Figure.Shown ? INK : MUTED).append("\">")
                    .append(LogigrammeDrawing.escape(label)).append("</text>");
            svg.append("<text x=\"").append(num(middle)).append("\" y=\"").append(num(HEIGHT - 5))
                    .append("\" text-anchor=\"middle\" fill=\"").append(MUTED).append("\">").append(point.getKey()).append("</text>");
            i++;
        }
        if (target.isPresent()) {
            double y = baseline - plot * target.get().doubleValue() / max;
            svg.append("<line x1=\"").append(num(SIDE)).append("\" y1=\"").append(num(y)).append("\" x2=\"")
                    .append(num(WIDTH - SIDE)).append("\" y2=\"").append(num(y)).append("\" stroke=\"#8b1a1a\"")
                    .append(" stroke-dasharray=\"4,3\" stroke-width=\"0.8\"/>");
        }
        svg.append("</svg>");
        return svg.toString();
    }

    /** The series in words: {@code 2022 : 173 ; 2023 : < 5}. */
    static String describe(SortedMap<Integer, Figure> series, DiagnosticFormat format) {
        return String.join(" ; ", series.entrySet().stream()
                .map(e -> e.getKey() + " : " + format.figure(e.getValue())).toList());
    }


    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
