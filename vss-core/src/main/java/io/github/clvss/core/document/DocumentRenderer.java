package io.github.clvss.core.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import io.github.clvss.core.shared.Language;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;

/**
 * The one document pipeline: a Mustache template and a model give accessible XHTML (language,
 * title, headings, tables with headers), and the same XHTML gives a tagged PDF (PDF/UA) with
 * its fonts embedded. Every document of vss goes through it: summaries, the document unique,
 * the diagnostic, the signature sheet, the residents' help page, the logigramme.
 *
 * <p>Inline SVG pictures are drawn into the PDF as vectors (Batik, scripts and external
 * resources off), their text in the same embedded Liberation Sans.
 *
 * <p>Templates live under {@code io/github/clvss/core/document/templates/}; their texts come
 * from the {@code documents} bundle (French, English) through the {@code t} lambda:
 * {@code {{#t}}summary.title{{/t}}}. Every value is HTML-escaped.
 */
public final class DocumentRenderer {

    private static final String TEMPLATES = "/io/github/clvss/core/document/templates/";
    private static final String FONTS = "/io/github/clvss/core/document/fonts/";
    private static final String FAMILY = "Liberation Sans";
    /** DejaVu Sans (free licence, in {@code fonts/LICENSE-DejaVuSans.txt}): Arabic, Hebrew, Cyrillic, Greek, most emoticons. */
    private static final String FALLBACK = "DejaVu Sans";
    private static final byte[] LIBERATION_REGULAR = bytes("LiberationSans-Regular.ttf");
    private static final byte[] LIBERATION_BOLD = bytes("LiberationSans-Bold.ttf");
    private static final byte[] LIBERATION_ITALIC = bytes("LiberationSans-Italic.ttf");
    private static final byte[] DEJAVU_REGULAR = bytes("DejaVuSans.ttf");
    private static final byte[] DEJAVU_BOLD = bytes("DejaVuSans-Bold.ttf");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Mustache.Compiler compiler = Mustache.compiler()
            .withEscaper(Escapers.HTML)
            .defaultValue("")
            .emptyStringIsFalse(true)
            .withLoader(name -> reader(TEMPLATES + name + ".mustache"));
    private final Map<String, Template> templates = new ConcurrentHashMap<>();

    /**
     * Renders a template into a document.
     *
     * @param template the template's name, e.g. {@code contract-summary}
     * @param title the document's title, already in {@code language}
     * @param model the values the template shows
     * @param language the document's language
     * @param fileName a file name without extension
     */
    public RenderedDocument render(String template, String title, Map<String, ?> model, Language language,
            String fileName) {
        ResourceBundle texts = ResourceBundle.getBundle("io.github.clvss.core.document.documents",
                language == Language.FR ? Locale.ROOT : language.locale(), DocumentRenderer.class.getClassLoader(), NO_FALLBACK);
        Map<String, Object> context = new HashMap<>(model);
        context.put("title", title);
        context.put("lang", language.locale().getLanguage());
        context.put("t", (Mustache.Lambda) (fragment, out) -> out.write(Escapers.HTML.escape(text(texts, fragment.execute().strip()))));
        String html = templates.computeIfAbsent(template, name -> compiler.compile(reader(TEMPLATES + name + ".mustache")))
                .execute(context);
        return new RenderedDocument(title, language, html, fileName);
    }

    /** The document as a tagged PDF (PDF/UA) with its fonts embedded, its title and language set. */
    public byte[] pdf(RenderedDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument pdf = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .usePDDocument(pdf)
                    .usePdfUaAccessibility(true)
                    .withProducer("vss")
                    .withHtmlContent(document.html(), null)
                    .toStream(out);
            builder.useFont(new TextFont(pdf, LIBERATION_REGULAR), FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(new TextFont(pdf, LIBERATION_BOLD), FAMILY, 700, FontStyle.NORMAL, true);
            builder.useFont(new TextFont(pdf, LIBERATION_ITALIC), FAMILY, 400, FontStyle.ITALIC, true);
            // the fallback for what Liberation Sans lacks (Arabic letters, emoji…): names print, not "#####"
            builder.useFont(new TextFont(pdf, DEJAVU_REGULAR), FALLBACK, 400, FontStyle.NORMAL, true);
            builder.useFont(new TextFont(pdf, DEJAVU_BOLD), FALLBACK, 700, FontStyle.NORMAL, true);
            builder.useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE));
            // the SVG drawer takes fonts from files only
            builder.useFont(SvgFonts.REGULAR, FAMILY, 400, FontStyle.NORMAL, true, EnumSet.of(FSFontUseCase.SVG));
            builder.useFont(SvgFonts.BOLD, FAMILY, 700, FontStyle.NORMAL, true, EnumSet.of(FSFontUseCase.SVG));
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A text font, read from bytes kept in memory, loaded into the PDF only when a text uses it,
     * embedded as a subset, with glyph substitution (GSUB) off. PDFBox applies a Latin font's GSUB
     * features itself on every string it draws, compiling regular expressions over the font's
     * substitution tables each time: that was two thirds of a long document's time (1,000
     * référents: 2.3 s, 0.45 s without). With Liberation Sans and DejaVu Sans the pages drawn are
     * the same, glyph for glyph; the layout measures text without substitutions anyway.
     */
    private static final class TextFont extends PDFontSupplier {

        private final PDDocument pdf;
        private final byte[] bytes;
        private @Nullable PDFont font;

        TextFont(PDDocument pdf, byte[] bytes) {
            super(null);
            this.pdf = pdf;
            this.bytes = bytes;
        }

        @Override
        public PDFont supply() {
            if (font == null) {
                try {
                    TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
                    ttf.setEnableGsub(false);
                    pdf.registerTrueTypeFontForClosing(ttf);
                    font = PDType0Font.load(pdf, ttf, true);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return font;
        }
    }

    /** A file-name-safe form of a text: {@code Boulogne-Billancourt} → {@code boulogne-billancourt}. */
    public static String slug(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static String text(ResourceBundle texts, String key) {
        try {
            return texts.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The fonts copied once to temporary files, for the SVG drawer. */
    private static final class SvgFonts {

        static final File REGULAR = copy("LiberationSans-Regular.ttf");
        static final File BOLD = copy("LiberationSans-Bold.ttf");

        private SvgFonts() {
        }

        private static File copy(String name) {
            try (InputStream in = font(name)) {
                Path file = Files.createTempFile("vss-", "-" + name);
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                file.toFile().deleteOnExit();
                return file.toFile();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static byte[] bytes(String font) {
        try (InputStream in = font(font)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream font(String name) {
        return resource(FONTS + name);
    }

    private static Reader reader(String path) {
        return new InputStreamReader(resource(path), StandardCharsets.UTF_8);
    }

    private static InputStream resource(String path) {
        InputStream in = DocumentRenderer.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing from the jar: " + path);
        }
        return in;
    }
}
