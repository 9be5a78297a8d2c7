package io.github.clvss.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clvss.core.DemoTerritory;
import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.partner.ReferentQuery;
import io.github.clvss.core.referral.Circuit;
import io.github.clvss.core.referral.Logigramme;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.VssException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.ResourceBundle;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class LogigrammeDocumentTest {

    private final DemoTerritory demo = DemoTerritory.load();
    private final Vss vss = demo.vss();
    private final TerritoryId boulogne = demo.territory();

    @AfterEach
    void close() {
        vss.close();
    }

    @Test
    void after_a_logigramme_the_other_documents_still_print_on_a4() throws Exception {
        vss.documents().renderer().pdf(vss.documents().logigramme(Actor.system(), boulogne, Language.FR));

        RenderedDocument summary = vss.documents().contractSummary(Actor.system(), demo.contract().id(), Language.FR);

        try (PDDocument pdf = Loader.loadPDF(vss.documents().renderer().pdf(summary))) {
            var page = pdf.getPage(0).getMediaBox();
            assertThat(page.getHeight()).isGreaterThan(page.getWidth());
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(summary.title());
        }
    }

    @Test
    void the_pdf_asks_the_questions_cites_the_articles_and_names_the_circuits_partners_on_a_tagged_a3_landscape_page()
            throws Exception {
        RenderedDocument document = vss.documents().logigramme(Actor.system(), boulogne, Language.FR);

        try (PDDocument pdf = Loader.loadPDF(vss.documents().renderer().pdf(document))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            ResourceBundle texts = texts(Language.FR);
            for (Logigramme.Topic topic : Logigramme.Topic.values()) {
                assertThat(text).contains(texts.getString("logigramme.question." + topic.name().toLowerCase().replace('_', '-')));
            }
            assertThat(text).contains("226-14 3°", "art. 434-3", vss.circuits().ruleSet(boulogne).version());
            assertThat(text).contains(circuitTargetNames(false));
            var page = pdf.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isGreaterThan(page.getHeight()).isCloseTo(1190.5f, org.assertj.core.data.Offset.offset(1f));
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(document.title());
        }
    }

    @Test
    void the_svg_is_well_formed_xml_with_a_title_a_description_and_the_questions_and_no_referent_name() throws Exception {
        String svg = vss.documents().logigrammeSvg(Actor.system(), boulogne, Language.EN);

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        Element root = xml.getDocumentElement();

        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        String title = xml.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").item(0).getTextContent();
        assertThat(title).contains("Boulogne-Billancourt", vss.circuits().ruleSet(boulogne).version());
        assertThat(root.getAttribute("aria-labelledby").split(" ")).allSatisfy(id -> assertThat(svg).contains("id=\"" + id + "\""));
        String drawn = drawnText(svg);
        assertThat(drawn).contains(texts(Language.EN).getString("logigramme.mark.duty"), "226-14", "3919");
        assertThat(drawn).contains(circuitTargetNames(true));
        assertThat(drawn).doesNotContain(referentNames());
    }

    @Test
    void the_html_holds_the_tree_as_a_nested_outline_after_the_picture_and_no_referent_name() {
        RenderedDocument document = vss.documents().logigramme(Actor.system(), boulogne, Language.FR);
        String html = document.html();
        ResourceBundle texts = texts(Language.FR);

        int picture = html.indexOf("<svg");
        int outline = html.indexOf("class=\"outline\"");
        assertThat(picture).isPositive();
        assertThat(outline).isGreaterThan(picture);
        String tree = html.substring(outline);
        assertThat(tree).contains(texts.getString("logigramme.question.danger"), texts.getString("logigramme.question.emprise"),
                "<ul class=\"branches\">", "226-14 3°");
        assertThat(tree.indexOf(texts.getString("logigramme.question.danger")))
                .isLessThan(tree.indexOf(texts.getString("logigramme.question.emprise")));
        assertThat(html).doesNotContain(referentNames());
    }

    @Test
    void a_circuit_the_coordinator_adds_shows_in_the_logigramme_with_its_resource_name() {
        var resource = vss.resources().serving(Actor.system(), boulogne, PageRequest.first(100)).stream()
                .filter(r -> r.territory().isPresent()).findFirst().orElseThrow();
        String before = vss.documents().logigrammeSvg(Actor.system(), boulogne, Language.FR);
        vss.circuits().define(Actor.system(), boulogne, new Circuit("victimes-mineures",
                io.github.clvss.core.referral.CircuitCondition.ANY.ages(io.github.clvss.core.referral.Facts.AgeGroup.MINOR),
                "resource:" + resource.id().value(), io.github.clvss.core.referral.Urgency.WITHIN_DAYS, "visit", "Accueil"));

        String after = vss.documents().logigrammeSvg(Actor.system(), boulogne, Language.FR);

        assertThat(count(drawnText(after), resource.name())).isGreaterThan(count(drawnText(before), resource.name()));
        assertThat(after).contains(vss.circuits().ruleSet(boulogne).version());
    }

    @Test
    void on_screen_the_drawing_fits_beside_the_menu_at_1280_pixels_with_every_text_inside_it_at_12_pixels_or_more()
            throws Exception {
        String svg = vss.documents().logigrammeSvg(Actor.system(), boulogne, Language.FR);

        assertFitsWithReadableText(svg, 960);
    }

    @Test
    void on_a_phone_the_drawing_fits_a_375_pixel_screen_with_every_text_inside_it_at_12_pixels_or_more() throws Exception {
        String wide = vss.documents().logigrammeSvg(Actor.system(), boulogne, Language.FR);
        String svg = vss.documents().logigrammeSvg(Actor.system(), boulogne, Language.FR, 340);

        assertFitsWithReadableText(svg, 340);
        assertThat(drawnText(svg).replaceAll("\\s+", "")).as("the same words, wrapped otherwise")
                .isEqualTo(drawnText(wide).replaceAll("\\s+", ""));
        assertFitsWithReadableText(vss.documents().logigrammeSvg(Actor.system(), boulogne, Language.EN, 100), 300);
    }

    private static void assertFitsWithReadableText(String svg, double widest) throws Exception {
        Element root = parse(svg).getDocumentElement();
        double width = Double.parseDouble(root.getAttribute("width"));
        double height = Double.parseDouble(root.getAttribute("height"));

        assertThat(width).isLessThanOrEqualTo(widest);
        var rects = root.getElementsByTagNameNS(SVG, "rect");
        for (int i = 0; i < rects.getLength(); i++) {
            Element rect = (Element) rects.item(i);
            assertThat(number(rect, "x")).isGreaterThanOrEqualTo(0);
            assertThat(number(rect, "y")).isGreaterThanOrEqualTo(0);
            assertThat(number(rect, "x") + number(rect, "width")).isLessThanOrEqualTo(width);
            assertThat(number(rect, "y") + number(rect, "height")).isLessThanOrEqualTo(height);
        }
        var texts = root.getElementsByTagNameNS(SVG, "text");
        assertThat(texts.getLength()).isGreaterThan(100);
        for (int i = 0; i < texts.getLength(); i++) {
            Element text = (Element) texts.item(i);
            double size = text.hasAttribute("font-size") ? number(text, "font-size") : number(root, "font-size");
            java.awt.Font font = (text.hasAttribute("font-weight") ? LogigrammeDrawing.bold() : LogigrammeDrawing.regular())
                    .deriveFont((float) size);
            assertThat(size).as(text.getTextContent()).isGreaterThanOrEqualTo(12);
            assertThat(number(text, "x") + LogigrammeDrawing.width(font, text.getTextContent()))
                    .as(text.getTextContent()).isLessThanOrEqualTo(width);
            assertThat(number(text, "y")).as(text.getTextContent()).isBetween(size, height);
        }
    }

    @Test
    void on_a3_the_drawing_is_cut_between_rows_into_bands_that_fit_a_page_with_text_of_ten_points_or_more() {
        String html = vss.documents().logigramme(Actor.system(), boulogne, Language.FR).html();
        var figures = java.util.regex.Pattern.compile(
                "<figure class=\"logigramme\" style=\"width: ([0-9.]+)mm; height: ([0-9.]+)mm;\">\\s*(<svg.*?</svg>)",
                java.util.regex.Pattern.DOTALL).matcher(html);
        int bands = 0;
        int lines = 0;
        int shown = 0;
        StringBuilder drawn = new StringBuilder();
        while (figures.find()) {
            bands++;
            double widthMm = Double.parseDouble(figures.group(1));
            double heightMm = Double.parseDouble(figures.group(2));
            Element root = parse(figures.group(3)).getDocumentElement();
            String[] box = root.getAttribute("viewBox").split(" ");
            double top = Double.parseDouble(box[1]);
            double bottom = top + Double.parseDouble(box[3]);
            double millimetresPerUnit = widthMm / Double.parseDouble(box[2]);
            assertThat(widthMm).isLessThanOrEqualTo(LogigrammeDocument.LOGIGRAMME_WIDTH_MM + 0.1);
            assertThat(heightMm).isLessThanOrEqualTo(LogigrammeDocument.LOGIGRAMME_HEIGHT_MM + 0.1);
            assertThat(LogigrammeDrawing.SMALL * millimetresPerUnit / 25.4 * 72).isGreaterThanOrEqualTo(10);
            var rects = root.getElementsByTagNameNS(SVG, "rect");
            for (int i = 1; i < rects.getLength(); i++) {
                Element rect = (Element) rects.item(i);
                double y = number(rect, "y");
                boolean inside = y >= top && y + number(rect, "height") <= bottom;
                boolean outside = y + number(rect, "height") <= top || y >= bottom;
                assertThat(inside || outside).as("a box cut by the band %s–%s", top, bottom).isTrue();
            }
            var texts = root.getElementsByTagNameNS(SVG, "text");
            lines = texts.getLength();
            for (int i = 0; i < texts.getLength(); i++) {
                double y = number((Element) texts.item(i), "y");
                if (y > top && y <= bottom) {
                    shown++;
                    drawn.append(texts.item(i).getTextContent()).append(' ');
                }
            }
        }
        assertThat(bands).isGreaterThan(1);
        assertThat(shown).as("every line of the drawing is in exactly one band").isEqualTo(lines);
        assertThat(drawn.toString()).contains(texts(Language.FR).getString("logigramme.question.emprise"), "226-14 3°",
                texts(Language.FR).getString("logigramme.legend.circuit").split(" ")[0]);
    }

    @Test
    void a_circuit_for_crimes_told_by_a_school_is_listed_apart_with_the_situations_it_applies_to_in_words() {
        var resource = vss.resources().serving(Actor.system(), boulogne, PageRequest.first(100)).stream()
                .filter(r -> r.territory().isPresent()).findFirst().orElseThrow();
        vss.circuits().define(Actor.system(), boulogne, new Circuit("crimes-signales-par-l-ecole",
                io.github.clvss.core.referral.CircuitCondition.ANY.offences(io.github.clvss.core.referral.Facts.Offence.CRIME)
                        .institutions(io.github.clvss.core.referral.Facts.Institution.NATIONAL_EDUCATION),
                "resource:" + resource.id().value(), io.github.clvss.core.referral.Urgency.WITHIN_24_HOURS, "phone",
                "Cellule école"));

        String french = vss.documents().logigramme(Actor.system(), boulogne, Language.FR).html();
        String english = vss.documents().logigramme(Actor.system(), boulogne, Language.EN).html();

        assertThat(Logigramme.of(vss.circuits().ruleSet(boulogne)).circuitsElsewhere()).extracting(Circuit::name)
                .contains("crimes-signales-par-l-ecole");
        assertThat(french).contains("Cellule école <span class=\"when\">(Qualification pénale : Un crime · "
                + "Institution de la personne qui demande : École (Éducation nationale))</span>");
        assertThat(english).contains("Cellule école <span class=\"when\">(Criminal qualification: ");
    }

    @Test
    void someone_without_a_grant_on_the_territory_cannot_read_the_logigramme() {
        Actor stranger = Actor.user("stranger");

        assertThatThrownBy(() -> vss.documents().logigramme(stranger, boulogne, Language.FR)).isInstanceOf(VssException.class);
        assertThatThrownBy(() -> vss.documents().logigrammeSvg(stranger, boulogne, Language.FR)).isInstanceOf(VssException.class);
    }

    /** The partner names of the territory's circuits: all of them, or only those that apply somewhere in the tree. */
    private List<String> circuitTargetNames(boolean onlyInTree) {
        var plan = vss.circuits().plan(Actor.system(), boulogne);
        var elsewhere = Logigramme.of(vss.circuits().ruleSet(boulogne)).circuitsElsewhere();
        List<String> names = new java.util.ArrayList<>();
        for (Circuit circuit : plan.circuits()) {
            if (circuit.targetsPartner() && !(onlyInTree && elsewhere.contains(circuit))) {
                var partner = vss.partners().find(Actor.system(), new io.github.clvss.core.access.PartnerId(circuit.targetId()));
                names.add(vss.institutions().find(Actor.system(), partner.institution()).name());
            }
        }
        assertThat(names).isNotEmpty();
        return names;
    }

    private String[] referentNames() {
        List<String> names = vss.referents().list(Actor.system(), ReferentQuery.current(boulogne), PageRequest.first(50))
                .stream().map(r -> r.details().orElseThrow().name()).toList();
        assertThat(names).isNotEmpty();
        return names.toArray(String[]::new);
    }

    private static final String SVG = "http://www.w3.org/2000/svg";

    private static double number(Element element, String attribute) {
        return Double.parseDouble(element.getAttribute(attribute));
    }

    private static Document parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The picture's texts, one line after another. */
    private static String drawnText(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
            var lines = xml.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < lines.getLength(); i++) {
                text.append(lines.item(i).getTextContent()).append(' ');
            }
            return text.toString();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }

    private static ResourceBundle texts(Language language) {
        return ResourceBundle.getBundle("io.github.clvss.core.document.documents",
                language == Language.FR ? java.util.Locale.ROOT : language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
