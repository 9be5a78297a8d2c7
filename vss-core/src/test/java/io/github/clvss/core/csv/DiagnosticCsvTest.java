package io.github.clvss.core.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clvss.core.DemoTerritory;
import io.github.clvss.core.Fixtures;
import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.indicator.DemoIndicators;
import io.github.clvss.core.path.DemoPaths;
import io.github.clvss.core.shared.Language;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DiagnosticCsvTest {

    private final DemoTerritory demo = DemoTerritory.load();
    private final Vss vss = demo.vss();
    private final Contract contract = demo.contract();
    private final Actor coordinator = Fixtures.coordinatorOf(contract.territory());

    @AfterEach
    void close() {
        vss.close();
    }

    @Test
    void the_csv_shows_the_12_and_masks_the_3_its_total_and_their_changes_like_the_document() throws IOException {
        DemoIndicators.addTo(vss.indicators(), coordinator, contract.territory(), contract.id(), vss.clock());

        byte[] file = vss.diagnosticCsv().export(coordinator, contract.id(), 2023, Language.FR);

        String text = new String(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\ufeffengagement;indicateur;partie de;unité;2019;2020;2021;2022;2023;évolution;cible;source");
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setDelimiter(';').get().parse(new StringReader(text.substring(1)))
                .getRecords();
        Map<String, CSVRecord> byName = records.stream().skip(1).collect(Collectors.toMap(r -> r.get(1), r -> r));
        assertThat(byName.get("Professionnels formés au repérage des violences").values())
                .containsSequence("9", "12", "33,3 %", "20");
        assertThat(byName.get("dont victimes mineures").values())
                .containsSequence("Victimes orientées vers le CIDFF 92 Sud", "personnes", "—", "—", "—", "< 5", "< 5", "s");
        assertThat(byName.get("Victimes orientées vers le CIDFF 92 Sud").values()).containsSequence("—", "s", "s", "s");
        assertThat(byName.get("Faits de violences sexistes et sexuelles enregistrés").values())
                .containsSequence("125", "173", "181", "4,6 %");
        assertThat(records.stream().skip(1).flatMap(r -> r.toList().stream())).doesNotContain("3", "41", "47");
    }

    @Test
    void the_csv_ends_with_the_paths_lines_masked_like_the_document() throws IOException {
        DemoPaths.sixAcceptedTwoDeclined(vss, contract);

        String text = new String(vss.diagnosticCsv().export(coordinator, contract.id(), 2026, Language.FR), StandardCharsets.UTF_8);

        List<CSVRecord> records = CSVFormat.RFC4180.builder().setDelimiter(';').get().parse(new StringReader(text.substring(1)))
                .getRecords();
        Map<String, CSVRecord> all = records.stream().filter(r -> r.get(2).equals("Tous les partenaires"))
                .collect(Collectors.toMap(r -> r.get(1), r -> r));
        assertThat(all.get("Parcours des victimes : acceptées").get(3)).isEqualTo("orientations");
        assertThat(all.get("Parcours des victimes : acceptées").values()).as("in the year's column").endsWith("6", "", "", "vss");
        assertThat(all.get("Parcours des victimes : refusées").values()).endsWith("< 5", "", "", "vss");
        assertThat(all.get("Parcours des victimes : Total").values()).as("the total would give the 2 declined back")
                .endsWith("s", "", "", "vss");
        Map<String, CSVRecord> byName = records.stream().collect(Collectors.toMap(r -> r.get(1), r -> r, (x, y) -> x));
        assertThat(byName.get("Orientations refusées par motif : pas de place").values()).endsWith("< 5", "", "", "vss");
        assertThat(byName.get("Parcours des victimes : délai médian jusqu’à l’acceptation").values())
                .contains("heures").endsWith("0", "", "", "vss");
        assertThat(records.stream().flatMap(r -> r.toList().stream())).doesNotContain("2");
    }
}
