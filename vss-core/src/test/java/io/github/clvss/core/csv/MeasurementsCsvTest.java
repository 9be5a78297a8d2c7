package io.github.clvss.core.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.clvss.core.DemoTerritory;
import io.github.clvss.core.Fixtures;
import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.indicator.DemoIndicators;
import io.github.clvss.core.indicator.Indicator;
import io.github.clvss.core.indicator.Measurement;
import io.github.clvss.core.indicator.Period;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Problem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MeasurementsCsvTest {

    private final DemoTerritory demo = DemoTerritory.load();
    private final Vss vss = demo.vss();
    private final Contract contract = demo.contract();
    private final Actor coordinator = Fixtures.coordinatorOf(contract.territory());
    private final List<Indicator> indicators = DemoIndicators.addTo(vss.indicators(), coordinator, contract.territory(),
            contract.id(), vss.clock());

    @AfterEach
    void close() {
        vss.close();
    }

    private Indicator named(String name) {
        return indicators.stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void a_file_with_any_bad_line_records_nothing_and_says_where_each_problem_is() {
        String bad = "indicateur;engagement;période;valeur\n"
                + "Professionnels formés au repérage des violences;1.2;2024;15\n"
                + "Professionnels formés au repérage des violences;1.2;2024-13;16\n"
                + "Indicateur inconnu;;2024;3\n"
                + "dont victimes mineures;;2024;2,5\n"
                + "Professionnels formés au repérage des violences;;2024;quinze\n"
                + "Professionnels formés au repérage des violences;;2024;17\n";

        var read = vss.measurementsCsv().read(coordinator, contract.id(), bad.getBytes(StandardCharsets.UTF_8),
                CsvImport.Progress.NONE);

        assertThat(read.problems()).extracting(Problem::code, p -> p.path().orElseThrow()).containsExactlyInAnyOrder(
                tuple("indicator.period.format", "L3:period"),
                tuple("csv.indicator.unknown", "L4:indicator"),
                tuple("indicator.value.not-a-count", "L5:value"),
                tuple("csv.value.invalid", "L6:value"),
                tuple("csv.measurement.twice", "L6:period"),
                tuple("csv.measurement.twice", "L7:period"));
        Indicator trained = named("Professionnels formés au repérage des violences");
        assertThat(vss.indicators().measurements(coordinator, trained.id(), PageRequest.first(10)))
                .extracting(m -> m.period().year()).containsExactly(2022, 2023);
    }

    @Test
    void a_good_file_records_every_value_with_french_decimals_and_quarters_and_replaces_a_recorded_period() {
        String good = "indicator;period;value\n"
                + "Délai moyen entre l’orientation et le premier rendez-vous;2024-T1;4,5\n"
                + "Professionnels formés au repérage des violences;2023;13\n"
                + "Faits de violences sexistes et sexuelles enregistrés;2024;1 204\n";

        var lines = vss.measurementsCsv().read(coordinator, contract.id(), good.getBytes(StandardCharsets.UTF_8),
                CsvImport.Progress.NONE).orElseThrow();
        List<Measurement> recorded = vss.measurementsCsv().record(coordinator, lines);

        assertThat(recorded).extracting(m -> m.period(), m -> m.value().toPlainString()).containsExactly(
                tuple(Period.quarter(2024, 1), "4.5"), tuple(Period.year(2023), "13"), tuple(Period.year(2024), "1204"));
        assertThat(vss.indicators().measurements(coordinator, named("Professionnels formés au repérage des violences").id(),
                PageRequest.first(10))).extracting(m -> m.value().toPlainString()).containsExactly("9", "13");
    }
}
