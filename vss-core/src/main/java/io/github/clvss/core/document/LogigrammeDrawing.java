package io.github.clvss.core.document;

import io.github.clvss.core.document.LogigrammeText.Item;
import io.github.clvss.core.document.LogigrammeText.Kind;
import io.github.clvss.core.document.LogigrammeText.Node;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws a logigramme as a standalone SVG 1.1 picture: the tree from top to bottom, each
 * question in a box, its answers below it, indented one step, each leading to the next
 * question or to a leaf that says what to do; what all the cases under a question share in a
 * dashed box under it. The drawing has a fixed width (a screen's or a page's) and grows
 * downwards, so its text keeps a readable size; it can be cut into bands between rows, a band
 * per printed page. Duties (DOIT, dark red, "!") stand out from powers (PEUT, blue outline) by
 * a word and a colour; a report closed for want of consent is grey.
 *
 * <p>Text is wrapped with the real metrics of the bundled Liberation Sans, the font the PDF
 * embeds, and every text is XML-escaped.
 */
final class LogigrammeDrawing {

    private static final String FONTS = "/io/github/clvss/core/document/fonts/";
    private static final Font REGULAR = font("LiberationSans-Regular.ttf");
    private static final Font BOLD = font("LiberationSans-Bold.ttf");
    private static final FontRenderContext METRICS = new FontRenderContext(null, true, true);

    /** The size of the text, in the drawing's units (CSS pixels on a screen). */
    static final double SIZE = 15;
    /** The size of the smaller text: answers and what the cases share. */
    static final double SMALL = 14;
    private static final double LINE = 20;
    private static final double SMALL_LINE = 18;
    private static final double PAD = 8;
    private static final double MARGIN = 12;
    private static final double INDENT = 34;
    /** The step in on a phone's narrow drawing, where every pixel of a line counts. */
    private static final double NARROW_INDENT = 20;
    private static final double V_GAP = 8;

    /** The width of the drawing on a screen: it fits beside the menu at 1280 pixels. */
    static final double SCREEN_WIDTH = 900;
    /** The narrowest drawing: a phone's screen of 320 pixels, less the page's margins. */
    static final double NARROWEST = 300;

    private static final String INK = "#1a1a1a";
    private static final String DUTY = "#8b1a1a";
    private static final String POWER = "#1d4f91";
    private static final String CLOSED = "#5f5f5f";
    private static final String CIRCUIT = "#1f5e3a";

    private final StringBuilder body = new StringBuilder();
    private final List<Double> cuts = new ArrayList<>();
    private final LogigrammeText words;
    private final double width;
    private final double badge;
    private final double indent;
    private double y = MARGIN;

    private LogigrammeDrawing(LogigrammeText words, double width) {
        this.words = words;
        this.width = width;
        this.indent = width < 600 ? NARROW_INDENT : INDENT;
        double widest = 0;
        for (String key : List.of("logigramme.mark.duty", "logigramme.mark.power", "logigramme.mark.closed",
                "logigramme.mark.circuit")) {
            widest = Math.max(widest, width(BOLD.deriveFont((float) (SIZE - 1.5)), "! " + words.text(key)));
        }
        this.badge = Math.ceil(widest + 8);
    }

    /**
     * A picture, drawn; {@link #svg()} is the standalone document, {@link #element()} the element to inline.
     *
     * @param cuts where the picture may be cut into bands without cutting a box, from top to bottom
     */
    record Picture(String element, double width, double height, List<Double> cuts) {
        Picture {
            cuts = List.copyOf(cuts);
        }

        String svg() {
            return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element;
        }

        /**
         * The picture cut into bands no taller than {@code most}, each cut between two rows.
         *
         * @return the top and bottom of each band
         */
        List<double[]> bands(double most) {
            List<double[]> bands = new ArrayList<>();
            double top = 0;
            while (height - top > most) {
                double bottom = top;
                for (double cut : cuts) {
                    if (cut > top && cut - top <= most) {
                        bottom = cut;
                    }
                }
                if (bottom == top) {
                    // one row taller than a band: it is shown whole, on its own, smaller
                    double from = top;
                    bottom = cuts.stream().filter(c -> c > from).findFirst().orElse(height);
                }
                bands.add(new double[] {top, bottom});
                top = bottom;
            }
            bands.add(new double[] {top, height});
            return bands;
        }

        /**
         * A band of the picture drawn at another size (CSS lengths, e.g. {@code 390mm}), its
         * proportions kept by the view box; {@code n} makes its ids unique in a document.
         */
        String band(double top, double bottom, String cssWidth, String cssHeight, int n) {
            return element.replaceFirst(" width=\"" + num(width) + "\" height=\"" + num(height) + "\" viewBox=\"[^\"]*\"",
                            " width=\"" + cssWidth + "\" height=\"" + cssHeight + "\" viewBox=\"0 " + num(top) + " "
                                    + num(width) + " " + num(bottom - top) + "\"")
                    .replace("logigramme-title", "logigramme-title-" + n)
                    .replace("logigramme-desc", "logigramme-desc-" + n);
        }
    }

    /**
     * Draws the tree for a screen.
     *
     * @param tree the logigramme in words
     * @param words the texts
     * @param title the picture's title
     * @param description what it shows, for who cannot see it
     */
    static Picture draw(Node tree, LogigrammeText words, String title, String description) {
        return draw(tree, words, title, description, SCREEN_WIDTH);
    }

    /** Draws the tree at a given width, in the drawing's units. */
    static Picture draw(Node tree, LogigrammeText words, String title, String description, double width) {
        return new LogigrammeDrawing(words, width).picture(tree, title, description);
    }

    private Picture picture(Node tree, String title, String description) {
        node(tree, 0);
        y += 2 * V_GAP;
        cut();
        legend();
        double height = y + MARGIN;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" role=\"img\"")
                .append(" aria-labelledby=\"logigramme-title logigramme-desc\"")
                .append(" width=\"").append(num(width)).append("\" height=\"").append(num(height)).append('"')
                .append(" viewBox=\"0 0 ").append(num(width)).append(' ').append(num(height)).append('"')
                .append(" font-family=\"Liberation Sans, Arial, sans-serif\" font-size=\"").append(num(SIZE)).append("\">\n")
                .append("<title id=\"logigramme-title\">").append(escape(title)).append("</title>\n")
                .append("<desc id=\"logigramme-desc\">").append(escape(description)).append("</desc>\n")
                .append("<rect x=\"0\" y=\"0\" width=\"").append(num(width)).append("\" height=\"").append(num(height))
                .append("\" fill=\"#ffffff\"/>\n")
                .append(body)
                .append("</svg>\n");
        return new Picture(svg.toString(), width, height, cuts);
    }

    /** A place between two rows, where a band may end. */
    private void cut() {
        cuts.add(y - V_GAP / 2);
    }

    // ---- layout and drawing -------------------------------------------------------------

    /** A wrapped item: its kind, mark and lines. */
    private record Line(Item item, List<String> text, boolean referrals) {
    }

    /** Draws a node and what is under it from the cursor down, {@code depth} steps in. */
    private void node(Node node, int depth) {
        double x = MARGIN + depth * indent;
        double boxWidth = width - MARGIN - x;
        if (node.leaf()) {
            List<Line> lines = wrapItems(node.items(), boxWidth - 2 * PAD, SIZE);
            double height = linesHeight(lines, LINE) + 2 * PAD - 3;
            body.append(rect(x, y, boxWidth, height, "#ffffff", INK, 1, false));
            items(lines, x + PAD, y + PAD, LINE, SIZE, body);
            y += height;
            return;
        }
        List<String> question = wrap(node.question().orElseThrow(), BOLD, SIZE, boxWidth - 2 * PAD);
        double height = question.size() * LINE + 2 * PAD - (LINE - SIZE) + 4;
        body.append(rect(x, y, boxWidth, height, "#eef1f4", INK, 1.4, false));
        double ty = y + PAD + SIZE;
        for (String line : question) {
            body.append(text(x + PAD, ty, line, SIZE, true, INK));
            ty += LINE;
        }
        y += height;
        if (!node.items().isEmpty()) {
            List<String> heading = wrap(words.text("logigramme.shared"), BOLD, SMALL, boxWidth - 2 * PAD);
            List<Line> lines = wrapItems(node.items(), boxWidth - 2 * PAD, SMALL);
            double sharedTop = y + 4;
            double sharedHeight = heading.size() * SMALL_LINE + linesHeight(lines, SMALL_LINE) + 2 * PAD - 3;
            body.append(rect(x, sharedTop, boxWidth, sharedHeight, "#fbfbf7", "#6b6b6b", 0.8, true));
            double hy = sharedTop + PAD + SMALL;
            for (String line : heading) {
                body.append(text(x + PAD, hy, line, SMALL, true, "#444444"));
                hy += SMALL_LINE;
            }
            items(lines, x + PAD, hy - SMALL, SMALL_LINE, SMALL, body);
            y = sharedTop + sharedHeight;
        }
        double stem = x + indent / 2;
        double stemTop = y;
        double childX = x + indent;
        double last = y;
        for (LogigrammeText.Branch branch : node.branches()) {
            y += V_GAP;
            cut();
            List<String> label = wrap(branch.answers(), BOLD, SMALL, width - MARGIN - childX - 2 * PAD);
            double labelTop = y;
            double mid = labelTop + SMALL_LINE / 2 + 1;
            body.append("<path d=\"M").append(num(stem)).append(' ').append(num(mid)).append(" H").append(num(childX - 2))
                    .append("\" fill=\"none\" stroke=\"").append(INK).append("\" stroke-width=\"1.2\"/>\n");
            body.append("<path d=\"M").append(num(childX - 8)).append(' ').append(num(mid - 4)).append(" L")
                    .append(num(childX - 1)).append(' ').append(num(mid)).append(" L").append(num(childX - 8)).append(' ')
                    .append(num(mid + 4)).append(" Z\" fill=\"").append(INK).append("\"/>\n");
            double ly = labelTop + SMALL;
            for (String line : label) {
                body.append(text(childX + 2, ly, line, SMALL, true, INK));
                ly += SMALL_LINE;
            }
            last = mid;
            y = labelTop + label.size() * SMALL_LINE + 4;
            node(branch.next(), depth + 1);
        }
        body.append("<path d=\"M").append(num(stem)).append(' ').append(num(stemTop)).append(" V").append(num(last))
                .append("\" fill=\"none\" stroke=\"").append(INK).append("\" stroke-width=\"1.2\"/>\n");
    }

    private List<Line> wrapItems(List<Item> items, double width, double size) {
        List<Line> lines = new ArrayList<>();
        List<String> referrals = new ArrayList<>();
        for (Item item : items) {
            if (item.kind() == Kind.REFERRAL) {
                referrals.add(item.text());
            }
        }
        boolean referralsDone = false;
        for (Item item : items) {
            if (item.kind() == Kind.REFERRAL) {
                if (!referralsDone) {
                    String text = words.text("logigramme.referrals") + " " + String.join(" · ", referrals);
                    lines.add(new Line(item, wrap(text, REGULAR, size, width), true));
                    referralsDone = true;
                }
                continue;
            }
            double textWidth = item.mark().isEmpty() ? width : width - badge(size) - 6;
            lines.add(new Line(item, wrap(item.text(), REGULAR, size, textWidth), false));
        }
        return lines;
    }

    private double badge(double size) {
        return badge * size / SIZE;
    }

    private static double linesHeight(List<Line> lines, double line) {
        return lines.stream().mapToDouble(l -> l.text().size() * line + 3).sum();
    }

    /** Draws wrapped items from {@code top}; returns where it stopped. */
    private double items(List<Line> lines, double x, double top, double line, double size, StringBuilder out) {
        double at = top;
        for (Line wrapped : lines) {
            Item item = wrapped.item();
            double textX = x;
            String colour = INK;
            if (!wrapped.referrals() && !item.mark().isEmpty()) {
                String fill = switch (item.kind()) {
                    case DUTY -> DUTY;
                    case CIRCUIT -> CIRCUIT;
                    default -> "#ffffff";
                };
                String stroke = switch (item.kind()) {
                    case DUTY -> DUTY;
                    case POWER -> POWER;
                    case CIRCUIT -> CIRCUIT;
                    default -> CLOSED;
                };
                String ink = item.kind() == Kind.DUTY || item.kind() == Kind.CIRCUIT ? "#ffffff"
                        : item.kind() == Kind.POWER ? POWER : CLOSED;
                double badgeWidth = badge(size);
                out.append(rect(x, at + 1, badgeWidth, line - 1, fill, stroke, 1, item.kind() == Kind.CLOSED));
                String mark = item.kind() == Kind.DUTY ? "! " + item.mark() : item.mark();
                out.append(text(x + 4, at + size - 0.5, mark, size - 1.5, true, ink));
                textX = x + badgeWidth + 6;
                colour = item.kind() == Kind.CLOSED ? CLOSED : INK;
            } else if (item.kind() == Kind.NO_REPORT) {
                colour = CLOSED;
            }
            double ty = at + size;
            for (String part : wrapped.text()) {
                out.append(text(textX, ty, part, size, false, colour));
                ty += line;
            }
            at += wrapped.text().size() * line + 3;
        }
        return at;
    }

    private void legend() {
        Item[] samples = {
            new Item(Kind.DUTY, words.text("logigramme.mark.duty"), words.text("logigramme.legend.duty"), List.of()),
            new Item(Kind.POWER, words.text("logigramme.mark.power"), words.text("logigramme.legend.power"), List.of()),
            new Item(Kind.CLOSED, words.text("logigramme.mark.closed"), words.text("logigramme.legend.closed"), List.of()),
            new Item(Kind.CIRCUIT, words.text("logigramme.mark.circuit"), words.text("logigramme.legend.circuit"), List.of()),
        };
        double textWidth = width - 2 * MARGIN;
        for (Item sample : samples) {
            List<Line> lines = List.of(new Line(sample, wrap(sample.text(), REGULAR, SIZE, textWidth - badge(SIZE) - 6), false));
            y = items(lines, MARGIN, y, LINE, SIZE, body) + 4;
            cut();
        }
    }

    // ---- text ---------------------------------------------------------------------------

    /** Splits a text into lines no wider than {@code width} in a font; a longer word stays whole. */
    static List<String> wrap(String text, Font font, double size, double width) {
        Font sized = font.deriveFont((float) size);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (line.isEmpty() || width(sized, candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    static double width(Font sized, String text) {
        return sized.getStringBounds(text, METRICS).getWidth();
    }

    static Font regular() {
        return REGULAR;
    }

    static Font bold() {
        return BOLD;
    }

    private static String text(double x, double y, String text, double size, boolean bold, String colour) {
        return "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\"" + (size == SIZE ? "" : " font-size=\"" + num(size) + "\"")
                + (bold ? " font-weight=\"bold\"" : "") + (colour.equals(INK) ? "" : " fill=\"" + colour + "\"") + ">"
                + escape(text) + "</text>\n";
    }

    private static String rect(double x, double y, double w, double h, String fill, String stroke, double strokeWidth,
            boolean dashed) {
        return "<rect x=\"" + num(x) + "\" y=\"" + num(y) + "\" width=\"" + num(w) + "\" height=\"" + num(h)
                + "\" rx=\"3\" fill=\"" + fill + "\" stroke=\"" + stroke + "\" stroke-width=\"" + num(strokeWidth) + "\""
                + (dashed ? " stroke-dasharray=\"4 3\"" : "") + "/>\n";
    }

    /** Escapes a text for XML content and attributes. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                        out.append(' ');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static Font font(String name) {
        try (InputStream in = LogigrammeDrawing.class.getResourceAsStream(FONTS + name)) {
            if (in == null) {
                throw new IllegalStateException("missing from the jar: " + FONTS + name);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("unreadable font " + name, e);
        }
    }
}
