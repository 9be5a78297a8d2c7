package io.github.clvss.core.csv;

import static io.github.clvss.core.Fixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.clvss.core.DemoTerritory;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.deliberation.Deliberation;
import io.github.clvss.core.deliberation.DeliberationId;
import io.github.clvss.core.deliberation.PrefectureTransmission;
import io.github.clvss.core.deliberation.SeedDeliberation;
import io.github.clvss.core.deliberation.Session;
import io.github.clvss.core.deliberation.Subject;
import io.github.clvss.core.deliberation.VoteTally;
import io.github.clvss.core.territory.Siret;
import io.github.clvss.core.territory.Territory;
import io.github.clvss.core.territory.TerritoryFacts;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DeliberationsCsvTest {

    private static final List<String> SCDL_COLUMNS = List.of("COLL_NOM", "COLL_SIRET", "DELIB_ID", "DELIB_DATE",
            "DELIB_MATIERE_CODE", "DELIB_MATIERE_NOM", "DELIB_OBJET", "BUDGET_ANNEE", "BUDGET_NOM", "PREF_ID", "PREF_DATE",
            "VOTE_EFFECTIF", "VOTE_REEL", "VOTE_POUR", "VOTE_CONTRE", "VOTE_ABSTENTION", "DELIB_URL");

    private final DemoTerritory demo = DemoTerritory.load();
    private final Actor coordinator = io.github.clvss.core.Fixtures.coordinatorOf(demo.territory());

    @AfterEach
    void close() {
        demo.close();
    }

    @Test
    void the_demo_seeds_deliberation_exports_with_exactly_the_schemas_columns_and_its_values() throws IOException {
        // the demo contract file carries the seed's deliberation
        byte[] file = demo.vss().deliberationsCsv().export(coordinator, demo.territory());
        List<CSVRecord> rows = parse(file);

        assertThat(header(file)).isEqualTo(SCDL_COLUMNS);
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.get("COLL_NOM")).isEqualTo("Boulogne-Billancourt");
            // the town hall's SIRET could not be verified from a public source: the demo leaves it unknown
            assertThat(row.get("COLL_SIRET")).isEmpty();
            assertThat(row.get("DELIB_ID")).isEqualTo("136597");
            assertThat(row.get("DELIB_DATE")).isEqualTo("2023-06-01");
            assertThat(row.get("DELIB_MATIERE_CODE")).isEqualTo("9.1");
            assertThat(row.get("DELIB_MATIERE_NOM")).isEqualTo("Autres domaines de compétences des communes");
            assertThat(row.get("DELIB_OBJET"))
                    .isEqualTo("Contrat de mobilisation et de coordination locale sur les violences sexistes et sexuelles");
            assertThat(row.get("BUDGET_ANNEE")).isEmpty();
            assertThat(row.get("BUDGET_NOM")).isEmpty();
            assertThat(row.get("PREF_ID")).isEqualTo("PREF092");
            assertThat(row.get("PREF_DATE")).isEqualTo("2023-06-06");
            assertThat(row.get("VOTE_EFFECTIF")).isEqualTo("55");
            assertThat(row.get("VOTE_REEL")).isEqualTo("55");
            assertThat(row.get("VOTE_POUR")).isEqualTo("55");
            assertThat(row.get("VOTE_CONTRE")).isEqualTo("0");
            assertThat(row.get("VOTE_ABSTENTION")).isEqualTo("0");
            assertThat(row.get("DELIB_URL")).isEmpty();
        });
    }

    @Test
    void the_file_is_utf8_without_byte_order_mark_comma_separated_and_one_line_per_deliberation_oldest_first() throws IOException {
        Deliberation seed = SeedDeliberation.seed();
        demo.vss().deliberations().record(coordinator, seed.toBuilder().id(DeliberationId.next(CLOCK))
                .object("Avenant n° 1, « égalité »")
                .session(new Session(Optional.of(LocalDate.of(2024, 3, 14)), Optional.empty(), Optional.empty(), Optional.empty()))
                .subject(Optional.of(new Subject("9.1", "autres domaines de compétences/autres domaines de compétences des communes")))
                .vote(new VoteTally(40, 8, 4, 0, 3, false, false)).transmission(PrefectureTransmission.NONE)
                .publicationUrl(Optional.of("https://example.org/avenant-1.pdf")).build());

        byte[] file = demo.vss().deliberationsCsv().export(coordinator, demo.territory());
        List<CSVRecord> rows = parse(file);

        assertThat(file[0]).isEqualTo((byte) 'C');
        assertThat(new String(file, StandardCharsets.UTF_8)).startsWith(String.join(",", SCDL_COLUMNS) + "\r\n");
        assertThat(rows).extracting(r -> r.get("DELIB_DATE")).containsExactly("2023-06-01", "2024-03-14");
        CSVRecord amendment = rows.get(1);
        assertThat(amendment.get("DELIB_OBJET")).isEqualTo("Avenant n° 1, « égalité »");
        assertThat(amendment.get("DELIB_MATIERE_CODE")).isEqualTo("9.1");
        assertThat(amendment.get("DELIB_ID")).hasSize(36);
        assertThat(amendment.get("PREF_ID")).isEmpty();
        assertThat(amendment.get("PREF_DATE")).isEmpty();
        // 55 present and represented, 3 did not take part
        assertThat(amendment.get("VOTE_REEL")).isEqualTo("52");
        assertThat(List.of(amendment.get("VOTE_POUR"), amendment.get("VOTE_CONTRE"), amendment.get("VOTE_ABSTENTION")))
                .containsExactly("40", "8", "4");
        assertThat(amendment.get("DELIB_URL")).isEqualTo("https://example.org/avenant-1.pdf");
    }

    @Test
    void a_known_siret_fills_coll_siret() throws IOException {
        Territory territory = demo.vss().territories().find(Actor.system(), demo.territory());
        TerritoryFacts f = territory.facts();
        Siret siret = siretOf(f.siren().value());
        demo.vss().territories().correct(Actor.system(), territory.id(), territory.version(), new TerritoryFacts(f.kind(),
                f.name(), f.inseeCode(), f.department(), f.siren(), Optional.of(siret), f.population(), f.timeZone()));

        List<CSVRecord> rows = parse(demo.vss().deliberationsCsv().export(coordinator, demo.territory()));

        assertThat(rows.getFirst().get("COLL_SIRET")).isEqualTo(siret.value()).matches("[0-9]{14}");
    }

    @Test
    void a_line_missing_a_required_column_is_flagged_with_the_act_the_column_and_what_to_record() {
        demo.vss().deliberations().record(coordinator, SeedDeliberation.seed().toBuilder().id(DeliberationId.next(CLOCK))
                .object("Avenant sans matière").transmission(PrefectureTransmission.NONE).subject(Optional.empty()).build());

        List<io.github.clvss.core.shared.Problem> gaps = demo.vss().deliberationsCsv().gaps(coordinator, demo.territory());

        assertThat(gaps).extracting(io.github.clvss.core.shared.Problem::code).containsExactly(
                "scdl.required.COLL_SIRET", "scdl.required.COLL_SIRET", "scdl.required.DELIB_MATIERE_CODE",
                "scdl.required.DELIB_MATIERE_NOM");
        var messages = io.github.clvss.core.shared.Messages.of(java.util.Locale.FRENCH);
        assertThat(messages.describe(gaps.get(2))).isEqualTo("« Avenant sans matière » : la matière @ctes n’est pas "
                + "renseignée (colonne DELIB_MATIERE_CODE obligatoire) ; renseignez-la dans la délibération.");
        assertThat(messages.describe(gaps.getFirst())).contains("Boulogne-Billancourt", "COLL_SIRET").doesNotContain("$");
    }

    @Test
    void a_complete_line_has_no_gap() {
        Territory territory = demo.vss().territories().find(Actor.system(), demo.territory());
        TerritoryFacts f = territory.facts();
        demo.vss().territories().correct(Actor.system(), territory.id(), territory.version(), new TerritoryFacts(f.kind(),
                f.name(), f.inseeCode(), f.department(), f.siren(), Optional.of(siretOf(f.siren().value())), f.population(),
                f.timeZone()));

        assertThat(demo.vss().deliberationsCsv().gaps(coordinator, demo.territory())).isEmpty();
    }

    @Test
    void a_territory_without_deliberations_exports_the_header_alone() throws IOException {
        io.github.clvss.core.access.TerritoryId another = demo.vss().territories().register(Actor.system(),
                io.github.clvss.core.Fixtures.anotherCommune(), io.github.clvss.core.shared.Provenance.ENTERED).id();

        byte[] file = demo.vss().deliberationsCsv().export(io.github.clvss.core.Fixtures.coordinatorOf(another), another);

        assertThat(header(file)).isEqualTo(SCDL_COLUMNS);
        assertThat(parse(file)).isEmpty();
    }

    /** A valid SIRET of this SIREN: an invented establishment number, for the test only. */
    private static Siret siretOf(String siren) {
        for (int nic = 10; nic < 100; nic++) {
            var parsed = Siret.parse(siren + String.format("%05d", nic), "$");
            if (parsed.isValid()) {
                return parsed.orElseThrow();
            }
        }
        throw new AssertionError();
    }

    private static List<String> header(byte[] file) throws IOException {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get()
                .parse(new StringReader(new String(file, StandardCharsets.UTF_8)))) {
            return parser.getHeaderNames();
        }
    }

    private static List<CSVRecord> parse(byte[] file) throws IOException {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(file, StandardCharsets.UTF_8)))) {
            return parser.getRecords();
        }
    }
}
