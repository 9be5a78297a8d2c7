package io.github.clvss.core.contractfile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clvss.core.deliberation.Deliberation;
import io.github.clvss.core.deliberation.Proxy;
import io.github.clvss.core.deliberation.Subject;
import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Provenance;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeliberationFilesTest {

    private static final String SEED = new String(DeliberationFiles.demoFile(), StandardCharsets.UTF_8);

    @Test
    void the_seed_file_reads_with_every_fact_of_the_register_extract() {
        Deliberation d = DeliberationFiles.read(DeliberationFiles.demoFile()).orElseThrow();

        assertThat(d.provenance()).isEqualTo(Provenance.SEED);
        assertThat(d.territory().toString()).isEqualTo("018875f8-8000-7c83-88aa-5e38d6e1dbc4");
        assertThat(d.object()).isEqualTo("Contrat de mobilisation et de coordination locale sur les violences sexistes et sexuelles");
        assertThat(d.session().date()).contains(LocalDate.of(2023, 6, 1));
        assertThat(d.session().time()).contains(LocalTime.of(18, 0));
        assertThat(d.session().place()).contains("Salle du Conseil");
        assertThat(d.session().president()).contains("Pierre-Christophe BAGUET");
        assertThat(d.convocationDate()).contains(LocalDate.of(2023, 5, 26));
        assertThat(d.present()).hasSize(49).startsWith("Pierre-Christophe BAGUET", "Marie-Laure GODIN")
                .endsWith("Laurent MOLARD", "Remi LESCOEUR").contains("Baï-Audrey ACHIDI", "Hilaire MULTON");
        assertThat(d.proxies()).containsExactly(
                new Proxy("Emmanuel BAVIERE", "Jean-Claude MARQUEZ"),
                new Proxy("Sébastien POIDATZ", "Blandine DE JOUSSINEAU"),
                new Proxy("Marie-Laure FOUASSIER", "Jeanne DEFRANOUX"),
                new Proxy("Laurence DICKO", "Stéphanie MOLTON"),
                new Proxy("Denys ALAPETITE", "Antoine DE JERPHANION"),
                new Proxy("Pauline RAPILLY-FERNIOT", "Remi LESCOEUR"));
        assertThat(d.membersInOffice()).hasSize(55).containsAll(d.present()).containsAll(d.represented());
        assertThat(d.absent()).isEmpty();
        assertThat(d.secretary()).contains("Marie THOMAS");
        assertThat(d.rapporteur()).contains("Jeanne DEFRANOUX");
        assertThat(d.committeeOpinion()).contains("Avis de la Commission des Affaires Générales et Sociales du 30 mai 2023");
        assertThat(d.vote().inFavour()).isEqualTo(55);
        assertThat(d.vote().unanimity()).isTrue();
        assertThat(d.result()).contains(Deliberation.Result.ADOPTED);
        assertThat(d.transmission().date()).contains(LocalDate.of(2023, 6, 6));
        assertThat(d.transmission().actesId().orElseThrow().value()).isEqualTo("092-219200128-20230601-136597-DE-1-1");
        // the act does not state its @ctes matière: the demo file records 9.1, the nomenclature's fit (see docs/deliberation)
        assertThat(d.subject()).contains(new io.github.clvss.core.deliberation.Subject("9.1",
                "Autres domaines de compétences des communes"));
    }

    @Test
    void writing_what_was_read_gives_the_same_bytes() {
        Deliberation d = DeliberationFiles.read(DeliberationFiles.demoFile()).orElseThrow();

        assertThat(new String(DeliberationFiles.write(d), StandardCharsets.UTF_8)).isEqualTo(SEED);
    }

    @Test
    void every_optional_fact_survives_a_write_and_a_read() {
        Deliberation seed = DeliberationFiles.read(DeliberationFiles.demoFile()).orElseThrow();
        Deliberation full = seed.toBuilder().subject(Optional.of(new Subject("9.1", "Autres domaines de compétences des communes")))
                .absent(List.of("Someone ELSE")).urgency(true).reconvenedWithoutQuorum(true)
                .publicationUrl(Optional.of("https://example.org/deliberations/136597.pdf")).build();

        assertThat(DeliberationFiles.read(DeliberationFiles.write(full)).orElseThrow()).isEqualTo(full);
    }

    @Test
    void a_draft_with_nothing_but_its_ids_and_object_reads() {
        Parsed<Deliberation> parsed = read("""
                {"formatVersion": "1.0", "id": "018875f8-8400-7400-8d10-3c5e6a0b1d01",
                 "territoryId": "018875f8-8000-7c83-88aa-5e38d6e1dbc4", "provenance": "ENTERED", "object": ""}
                """);

        Deliberation d = parsed.orElseThrow();
        assertThat(d.present()).isEmpty();
        assertThat(d.vote().accounted()).isZero();
        assertThat(d.session().date()).isEmpty();
    }

    @Test
    void values_of_the_wrong_form_are_reported_at_their_paths() {
        Parsed<Deliberation> parsed = read(SEED.replace("\"2023-06-01\"", "\"2023-06-31\"")
                .replace("\"18:00\"", "\"18h00\"")
                .replace("\"2023-06-06\"", "\"6 juin 2023\"")
                .replace("\"018875f8-8400-7400-8d10-3c5e6a0b1d01\"", "\"delib-1\""));

        assertThat(parsed.problems()).extracting(p -> p.code() + " " + p.path().orElseThrow()).containsExactly(
                "id.format $.id", "date.format $.session.date", "time.format $.session.time",
                "date.format $.transmission.date");
    }

    @Test
    void the_shape_is_checked_first_with_each_problem_at_its_path() {
        Parsed<Deliberation> parsed = read(SEED.replace("\"inFavour\": 55", "\"inFavour\": -1")
                .replace("\"result\": \"ADOPTED\"", "\"result\": \"ADOPTE\"")
                .replace("\"urgency\": false", "\"urgence\": false"));

        assertThat(parsed.problems()).extracting(p -> p.code() + " " + p.path().orElseThrow()).containsExactly(
                "file.schema.enum $.result", "file.schema.unknown $.urgence", "file.schema.invalid $.vote.inFavour");
    }

    @Test
    void a_file_of_a_newer_or_another_major_version_and_broken_json_are_refused() {
        assertThat(codes(read(SEED.replace("\"formatVersion\": \"1.1\"", "\"formatVersion\": \"1.2\"")))).containsExactly(
                "file.version.newer");
        assertThat(codes(read(SEED.replace("\"formatVersion\": \"1.1\"", "\"formatVersion\": \"2.0\"")))).containsExactly(
                "file.version.unsupported");
        assertThat(codes(read("{\"formatVersion\": "))).containsExactly("file.json.syntax.end");
        assertThat(codes(read("[]"))).containsExactly("file.json.not-object");
    }

    @Test
    void a_matiere_code_longer_than_the_register_keeps_is_refused_at_its_path_not_by_the_database() {
        Deliberation seed = DeliberationFiles.read(DeliberationFiles.demoFile()).orElseThrow();
        Deliberation longCode = seed.toBuilder().subject(Optional.of(new Subject("9.1.1.1.1.1", "Autres domaines"))).build();
        Deliberation usual = seed.toBuilder().subject(Optional.of(new Subject("5.7.2", "Intercommunalité"))).build();

        assertThat(longCode.oversized()).extracting(p -> p.code() + " " + p.path().orElseThrow())
                .containsExactly("text.too-long $.subject.code");
        assertThat(usual.oversized()).isEmpty();
    }

    @Test
    void a_text_longer_than_vss_keeps_is_refused_at_its_path() {
        Parsed<Deliberation> parsed = read(SEED.replace("\"rapporteur\": \"Jeanne DEFRANOUX\"",
                "\"rapporteur\": \"" + "X".repeat(201) + "\""));

        assertThat(parsed.problems()).extracting(p -> p.code() + " " + p.path().orElseThrow())
                .containsExactly("text.too-long $.rapporteur");
    }

    @Test
    void a_publication_address_that_is_not_a_web_one_is_refused_at_its_path() {
        Deliberation seed = DeliberationFiles.read(DeliberationFiles.demoFile()).orElseThrow();

        assertThat(seed.toBuilder().publicationUrl(Optional.of("javascript:alert(1)")).build().oversized())
                .extracting(p -> p.code() + " " + p.path().orElseThrow()).containsExactly("web.invalid $.publicationUrl");
        assertThat(seed.toBuilder().publicationUrl(Optional.of("data:text/html,<b>x</b>")).build().oversized())
                .extracting(Problem::code).containsExactly("web.invalid");
    }

    private static Parsed<Deliberation> read(String text) {
        return DeliberationFiles.read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> codes(Parsed<?> parsed) {
        return parsed.problems().stream().map(Problem::code).toList();
    }

    @Test
    void a_file_of_format_1_0_still_reads_with_its_left_out_counts_unknown_and_vss_writes_1_1() {
        String older = SEED.replace("\"formatVersion\": \"1.1\"", "\"formatVersion\": \"1.0\"")
                .replaceFirst("\"against\": 0,", "");
        assertThat(older).contains("\"formatVersion\": \"1.0\"").doesNotContain("\"against\"");

        Deliberation d = read(older).orElseThrow();

        assertThat(d.vote().known(io.github.clvss.core.deliberation.VoteTally.Count.AGAINST)).isFalse();
        assertThat(new String(DeliberationFiles.write(d), java.nio.charset.StandardCharsets.UTF_8))
                .startsWith("{\n  \"formatVersion\": \"1.1\"");
        assertThat(read(SEED.replace("\"formatVersion\": \"1.1\"", "\"formatVersion\": \"1.2\"")).problems())
                .extracting(Problem::code).containsExactly("file.version.newer");
    }
}
