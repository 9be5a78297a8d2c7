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
 * Draws a logigramme as a standalone SVG 1.1 picture: the tree from left to right, one column
 * per question (danger, minor, who asks, consent, emprise) and the leaves in the last column;
 * the answers on the edges; what all the cases under a question share in a dashed box under
 * it. Duties (DOIT, dark red, "!") stand out from powers (PEUT, blue outline) by a word and a
 * colour; a report closed for want of consent is grey.
 *
 * <p>Text is wrapped with the real metrics of the bundled Liberation Sans, the font the PDF
 * embeds, and every text is XML-escaped.
 */
final class LogigrammeDrawing {

    private static final String FONTS = "/io/github/clvss/core/document/fonts/";
    private static final Font REGULAR = font("LiberationSans-Regular.ttf");
    private static final Font BOLD = font("LiberationSans-Bold.ttf");
    private static final FontRenderContext METRICS = new FontRenderContext(null, true, true);

    static final double SIZE = 11;
    private static final double SMALL = 9.5;
    private static final double LINE = 14;
    private static final double SMALL_LINE = 12;
    private static final double PAD = 6;
    private static final double MARGIN = 16;
    private static final double QUESTION_WIDTH = 160;
    private static final double GAP = 96;
    private static final double LEAF_WIDTH = 540;
    private static final double BADGE = 58;
    private static final double V_GAP = 10;
    private static final int COLUMNS = 5;

    private static final String INK = "#1a1a1a";
    private static final String DUTY = "#8b1a1a";
    private static final String POWER = "#1d4f91";
    private static final String CLOSED = "#5f5f5f";
    private static final String CIRCUIT = "#1f5e3a";

    private final StringBuilder svg = new StringBuilder();
    private final LogigrammeText words;

    private LogigrammeDrawing(LogigrammeText words) {
        this.words = words;
    }

    /** A picture, drawn; {@link #svg()} is the standalone document, {@link #element()} the element to inline. */
    record Picture(String element, double width, double height) {
        String svg() {
            return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element;
        }

        /** The element drawn at another size (CSS lengths, e.g. {@code 390mm}), its proportions kept by the view box. */
        String element(String cssWidth, String cssHeight) {
            return element.replaceFirst(" width=\"" + num(width) + "\" height=\"" + num(height) + "\"",
                    " width=\"" + cssWidth + "\" height=\"" + cssHeight + "\"");
        }
    }

    /**
     * Draws the tree.
     *
     * @param tree the logigramme in words
     * @param words the texts
     * @param title the picture's title
     * @param description what it shows, for who cannot see it
     */
    static Picture draw(Node tree, LogigrammeText words, String title, String description) {
        return new LogigrammeDrawing(words).picture(tree, title, description);
    }

    private Picture picture(Node tree, String title, String description) {
        Placed root = place(tree);
        double width = MARGIN * 2 + COLUMNS * (QUESTION_WIDTH + GAP) + LEAF_WIDTH;
        double legendTop = MARGIN + root.height + 10;
        StringBuilder body = new StringBuilder();
        draw(root, MARGIN, body);
        double height = legend(body, legendTop) + MARGIN;
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
        return new Picture(svg.toString(), width, height);
    }

    // ---- layout -------------------------------------------------------------------------

    /** A node with its sizes: its own box (and shared box) and the height of its whole subtree. */
    private static final class Placed {
        Node node;
        int column;
        List<List<String>> questionLines = List.of();
        List<Line> lines = new ArrayList<>();
        double boxHeight;
        double sharedHeight;
        double height;
        List<Placed> children = new ArrayList<>();
        List<List<String>> labels = new ArrayList<>();
        double anchor;
    }

    /** A wrapped item: its kind, mark and lines. */
    private record Line(Item item, List<String> text, boolean referrals) {
    }

    private Placed place(Node node) {
        Placed placed = new Placed();
        placed.node = node;
        if (node.leaf()) {
            placed.column = COLUMNS;
            placed.lines = wrapItems(node.items(), LEAF_WIDTH - 2 * PAD, SIZE);
            placed.boxHeight = linesHeight(placed.lines, LINE) + 2 * PAD;
            placed.height = placed.boxHeight;
            return placed;
        }
        placed.column = node.column();
        placed.questionLines = List.of(wrap(node.question().orElseThrow(), BOLD, SIZE, QUESTION_WIDTH - 2 * PAD));
        placed.boxHeight = placed.questionLines.getFirst().size() * LINE + 2 * PAD;
        if (!node.items().isEmpty()) {
            placed.lines = wrapItems(node.items(), QUESTION_WIDTH - 2 * PAD, SMALL);
            placed.sharedHeight = 4 + SMALL_LINE * wrap(words.text("logigramme.shared"), BOLD, SMALL, QUESTION_WIDTH - 2 * PAD).size()
                    + linesHeight(placed.lines, SMALL_LINE) + 2 * PAD;
        }
        double children = 0;
        for (LogigrammeText.Branch branch : node.branches()) {
            Placed child = place(branch.next());
            placed.children.add(child);
            placed.labels.add(wrap(branch.answers(), BOLD, SMALL, GAP - 24));
            children += child.height;
        }
        children += V_GAP * (node.branches().size() - 1);
        placed.height = Math.max(children, placed.boxHeight + placed.sharedHeight);
        return placed;
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
            double textWidth = item.mark().isEmpty() ? width : width - badge(size) - 4;
            lines.add(new Line(item, wrap(item.text(), REGULAR, size, textWidth), false));
        }
        return lines;
    }

    private static double badge(double size) {
        return BADGE * size / SIZE;
    }

    private static double linesHeight(List<Line> lines, double line) {
        return lines.stream().mapToDouble(l -> l.text().size() * line + 3).sum();
    }

    // ---- drawing ------------------------------------------------------------------------

    private double draw(Placed placed, double top, StringBuilder out) {
        double x = MARGIN + placed.column * (QUESTION_WIDTH + GAP);
        if (placed.node.leaf()) {
            placed.anchor = top + placed.boxHeight / 2;
            out.append(rect(x, top, LEAF_WIDTH, placed.boxHeight, "#ffffff", INK, 1, false));
            items(placed.lines, x + PAD, top + PAD, LINE, SIZE, LEAF_WIDTH - 2 * PAD, out);
            return placed.anchor;
        }
        double childrenHeight = placed.children.stream().mapToDouble(c -> c.height).sum()
                + V_GAP * (placed.children.size() - 1);
        double childTop = top + Math.max(0, (placed.height - childrenHeight) / 2);
        List<Double> anchors = new ArrayList<>();
        for (Placed child : placed.children) {
            anchors.add(draw(child, childTop, out));
            childTop += child.height + V_GAP;
        }
        double middle = (anchors.getFirst() + anchors.getLast()) / 2;
        double boxTop = Math.max(top, Math.min(middle - placed.boxHeight / 2,
                top + placed.height - placed.boxHeight - placed.sharedHeight));
        placed.anchor = boxTop + placed.boxHeight / 2;
        out.append(rect(x, boxTop, QUESTION_WIDTH, placed.boxHeight, "#eef1f4", INK, 1.4, false));
        double y = boxTop + PAD + SIZE;
        for (String line : placed.questionLines.getFirst()) {
            out.append(text(x + PAD, y, line, SIZE, true, INK));
            y += LINE;
        }
        if (placed.sharedHeight > 0) {
            double sharedTop = boxTop + placed.boxHeight + 4;
            out.append(rect(x, sharedTop, QUESTION_WIDTH, placed.sharedHeight - 4, "#fbfbf7", "#6b6b6b", 0.8, true));
            double ty = sharedTop + PAD + SMALL;
            for (String line : wrap(words.text("logigramme.shared"), BOLD, SMALL, QUESTION_WIDTH - 2 * PAD)) {
                out.append(text(x + PAD, ty, line, SMALL, true, "#444444"));
                ty += SMALL_LINE;
            }
            items(placed.lines, x + PAD, ty - SMALL, SMALL_LINE, SMALL, QUESTION_WIDTH - 2 * PAD, out);
        }
        double right = x + QUESTION_WIDTH;
        double elbow = right + 12;
        for (int i = 0; i < placed.children.size(); i++) {
            Placed child = placed.children.get(i);
            double childX = MARGIN + child.column * (QUESTION_WIDTH + GAP);
            double cy = anchors.get(i);
            out.append("<path d=\"M").append(num(right)).append(' ').append(num(placed.anchor))
                    .append(" H").append(num(elbow)).append(" V").append(num(cy)).append(" H").append(num(childX - 6))
                    .append("\" fill=\"none\" stroke=\"").append(INK).append("\" stroke-width=\"1\"/>\n");
            out.append("<path d=\"M").append(num(childX - 7)).append(' ').append(num(cy - 3.5)).append(" L")
                    .append(num(childX)).append(' ').append(num(cy)).append(" L").append(num(childX - 7)).append(' ')
                    .append(num(cy + 3.5)).append(" Z\" fill=\"").append(INK).append("\"/>\n");
            List<String> label = placed.labels.get(i);
            double labelX = childX - GAP + 18;
            double ly = cy - 4 - (label.size() - 1) * SMALL_LINE;
            for (String line : label) {
                out.append(text(labelX, ly, line, SMALL, true, INK));
                ly += SMALL_LINE;
            }
        }
        return placed.anchor;
    }

    /** Draws wrapped items from {@code top}; returns where it stopped. */
    private double items(List<Line> lines, double x, double top, double line, double size, double width, StringBuilder out) {
        double y = top;
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
                out.append(rect(x, y + 1, badgeWidth, line - 1, fill, stroke, 1, item.kind() == Kind.CLOSED));
                String mark = item.kind() == Kind.DUTY ? "! " + item.mark() : item.mark();
                out.append(text(x + 3, y + size, mark, size - 1.5, true, ink));
                textX = x + badgeWidth + 4;
                colour = item.kind() == Kind.CLOSED ? CLOSED : INK;
            } else if (item.kind() == Kind.NO_REPORT) {
                colour = CLOSED;
            }
            double ty = y + size;
            List<String> text = wrapped.text();
            for (String part : text) {
                out.append(text(textX, ty, part, size, false, colour));
                ty += line;
            }
            y += text.size() * line + 3;
        }
        return y;
    }

    private double legend(StringBuilder out, double top) {
        double x = MARGIN;
        double y = top;
        Item[] samples = {
            new Item(Kind.DUTY, words.text("logigramme.mark.duty"), words.text("logigramme.legend.duty"), List.of()),
            new Item(Kind.POWER, words.text("logigramme.mark.power"), words.text("logigramme.legend.power"), List.of()),
            new Item(Kind.CLOSED, words.text("logigramme.mark.closed"), words.text("logigramme.legend.closed"), List.of()),
            new Item(Kind.CIRCUIT, words.text("logigramme.mark.circuit"), words.text("logigramme.legend.circuit"), List.of()),
        };
        double columnWidth = (COLUMNS * (QUESTION_WIDTH + GAP) + LEAF_WIDTH) / 2;
        double bottom = y;
        for (int i = 0; i < samples.length; i++) {
            double cx = x + (i % 2) * columnWidth;
            double cy = y + (i / 2) * (LINE * 2 + 6);
            List<Line> lines = List.of(new Line(samples[i], wrap(samples[i].text(), REGULAR, SIZE, columnWidth - BADGE - 20), false));
            bottom = Math.max(bottom, items(lines, cx, cy, LINE, SIZE, columnWidth - 16, out));
        }
        return bottom;
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
