package io.github.clvss.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clvss.core.DemoTerritory;
import io.github.clvss.core.Fixtures;
import io.github.clvss.core.Vss;
import io.github.clvss.core.access.AccessPolicy;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.Grant;
import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.journal.JournalQuery;
import io.github.clvss.core.journal.Outcome;
import io.github.clvss.core.shared.AccessRefusedException;
import io.github.clvss.core.shared.InvalidInputException;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Provenance;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IndicatorBoardTest {

    private final DemoTerritory demo = DemoTerritory.load();
    private final Vss vss = demo.vss();
    private final Contract contract = demo.contract();
    private final Actor coordinator = Fixtures.coordinatorOf(contract.territory());
    private final List<Indicator> demoIndicators = DemoIndicators.addTo(vss.indicators(), coordinator,
            contract.territory(), contract.id(), vss.clock());

    @AfterEach
    void close() {
        vss.close();
    }

    private Indicator named(String name) {
        return demoIndicators.stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
    }

    private Map<String, Diagnostic.Row> rows(Diagnostic diagnostic) {
        return diagnostic.sections().stream().flatMap(s -> s.rows().stream())
                .collect(Collectors.toMap(r -> r.indicator().name(), Function.identity()));
    }

    @Test
    void the_demo_gives_back_the_seeds_plus_38_4_percent_of_facts_in_2022_over_2021_and_is_marked_as_demo() {
        Indicator facts = named("Faits de violences sexistes et sexuelles enregistrés");

        Change change = vss.indicators().change(coordinator, facts.id(), Period.year(2022));

        assertThat(change).isInstanceOf(Change.Relative.class);
        assertThat(((Change.Relative) change).percent()).isEqualByComparingTo("38.4");
        assertThat(demoIndicators).allSatisfy(i -> assertThat(i.provenance()).isEqualTo(Provenance.DEMO));
        assertThat(vss.indicators().measurements(coordinator, facts.id(), PageRequest.first(10)))
                .extracting(m -> m.period().toString(), m -> m.value().toPlainString(), Measurement::provenance)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2021", "125", Provenance.DEMO),
                        org.assertj.core.groups.Tuple.tuple("2022", "173", Provenance.DEMO),
                        org.assertj.core.groups.Tuple.tuple("2023", "181", Provenance.DEMO));
    }

    @Test
    void an_observer_reads_the_3_minors_masked_while_the_coordinator_reads_3() {
        Indicator minors = named("dont victimes mineures");
        Actor observer = Fixtures.observerOf(contract.territory());

        assertThat(vss.indicators().readings(observer, minors.id(), PageRequest.first(10)))
                .filteredOn(r -> r.period().equals(Period.year(2023)))
                .extracting(IndicatorBoard.Reading::figure)
                .containsExactly(new Figure.Masked(Figure.Reason.BELOW_THRESHOLD));
        assertThat(vss.indicators().readings(coordinator, minors.id(), PageRequest.first(10)))
                .filteredOn(r -> r.period().equals(Period.year(2023)))
                .extracting(IndicatorBoard.Reading::figure)
                .containsExactly(new Figure.Shown(BigDecimal.valueOf(3)));
        assertThat(vss.indicators().change(observer, minors.id(), Period.year(2023))).isInstanceOf(Change.Withheld.class);
        assertThat(vss.indicators().change(coordinator, minors.id(), Period.year(2023))).isNotInstanceOf(Change.Withheld.class);
    }

    @Test
    void an_observer_reads_a_count_above_the_threshold_as_recorded() {
        Indicator trained = named("Professionnels formés au repérage des violences");

        assertThat(vss.indicators().readings(Fixtures.observerOf(contract.territory()), trained.id(), PageRequest.first(10)))
                .filteredOn(r -> r.period().equals(Period.year(2023)))
                .extracting(IndicatorBoard.Reading::figure)
                .containsExactly(new Figure.Shown(BigDecimal.valueOf(12)));
    }

    @Test
    void the_raw_measurements_are_refused_to_an_observer_and_the_refusal_is_journaled() {
        Indicator minors = named("dont victimes mineures");
        Actor observer = Fixtures.observerOf(contract.territory());

        assertThatThrownBy(() -> vss.indicators().measurements(observer, minors.id(), PageRequest.first(10)))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(vss.auditTrail().find(Actor.system(), JournalQuery.all().withAction("indicator.read-raw")
                .withOutcome(Outcome.REFUSED), PageRequest.first(10)))
                .singleElement().satisfies(entry -> assertThat(entry.actor()).isEqualTo(observer.id()));
    }

    @Test
    void the_diagnostic_masks_the_3_minors_and_the_total_that_would_reveal_them_and_shows_the_12_trained() {
        Diagnostic diagnostic = vss.indicators().diagnostic(coordinator, contract.id(), 2023);
        Map<String, Diagnostic.Row> rows = rows(diagnostic);

        assertThat(rows.get("dont victimes mineures").current()).isEqualTo(new Figure.Masked(Figure.Reason.BELOW_THRESHOLD));
        assertThat(rows.get("Victimes orientées vers le CIDFF 92 Sud").current())
                .isEqualTo(new Figure.Masked(Figure.Reason.PROTECTS_ANOTHER));
        assertThat(rows.get("Victimes orientées vers le CIDFF 92 Sud").change()).isInstanceOf(Change.Withheld.class);
        assertThat(rows.get("dont victimes majeures").current()).isEqualTo(new Figure.Shown(BigDecimal.valueOf(44)));
        assertThat(rows.get("Professionnels formés au repérage des violences").current())
                .isEqualTo(new Figure.Shown(BigDecimal.valueOf(12)));
        assertThat(((Change.Relative) rows.get("Professionnels formés au repérage des violences").change()).percent())
                .isEqualByComparingTo("33.3");
        assertThat(rows.get("Réunions de toutes les institutions signataires").current())
                .as("a count of meetings is not a count of people").isEqualTo(new Figure.Shown(BigDecimal.ONE));
        assertThat(rows.get("Réunions de toutes les institutions signataires").change()).isInstanceOf(Change.NotComparable.class);
        assertThat(diagnostic.demo()).isTrue();
        assertThat(diagnostic.generalNote()).hasValueSatisfying(n -> assertThat(n).startsWith("Texte de démonstration"));
    }

    @Test
    void sections_follow_the_contracts_order_and_parts_come_under_their_total() {
        Diagnostic diagnostic = vss.indicators().diagnostic(coordinator, contract.id(), 2023);

        assertThat(diagnostic.sections()).extracting(Diagnostic.Section::commitment)
                .containsExactly("1.1", "1.2", "2.1", "obj-1", "obj-2");
        List<String> names = diagnostic.sections().get(1).rows().stream().map(r -> r.indicator().name()).toList();
        int total = names.indexOf("Victimes orientées vers le CIDFF 92 Sud");
        assertThat(names.subList(total + 1, total + 3)).containsExactlyInAnyOrder("dont victimes majeures", "dont victimes mineures");
        assertThat(diagnostic.sections().get(3).note()).hasValueSatisfying(n -> assertThat(n).contains("+38,4 %"));
    }

    @Test
    void a_raised_threshold_masks_more_and_the_series_covers_five_years() {
        try (Vss strict = Vss.builder().clock(Fixtures.CLOCK).disclosure(new Disclosure(15)).build()) {
            var territory = strict.contractFiles().importFile(Actor.system(),
                    io.github.clvss.core.contractfile.ContractFiles.demoFile(),
                    io.github.clvss.core.contractfile.ImportMode.CREATE, false).territory().orElseThrow();
            Contract theirs = strict.contracts().list(Actor.system(), territory, PageRequest.first(1)).getFirst();
            // the demo file carries the demo indicators

            Diagnostic.Row trained = rows(strict.indicators().diagnostic(Actor.system(), theirs.id(), 2023))
                    .get("Professionnels formés au repérage des violences");

            assertThat(trained.current()).isEqualTo(new Figure.Masked(Figure.Reason.BELOW_THRESHOLD));
            assertThat(trained.series().keySet()).containsExactly(2019, 2020, 2021, 2022, 2023);
            assertThat(trained.series().get(2019)).isEqualTo(new Figure.Missing());
        }
    }

    @Test
    void a_partner_user_reads_the_indicators_but_defines_and_records_nothing_and_refusals_are_journaled() {
        Actor partner = Actor.user("partner-1", Grant.partner(contract.territory(), PartnerId.next(Fixtures.CLOCK)));
        Indicator trained = named("Professionnels formés au repérage des violences");

        assertThat(vss.indicators().count(partner, contract.id())).isEqualTo(demoIndicators.size());
        assertThat(vss.indicators().diagnostic(partner, contract.id(), 2023).sections()).isNotEmpty();
        assertThatThrownBy(() -> vss.indicators().record(partner,
                new Measurement(trained.id(), Period.year(2024), BigDecimal.TEN, Provenance.ENTERED)))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> vss.indicators().define(partner, Indicator.define(Fixtures.CLOCK, contract.territory(),
                contract.id(), "1.1", "Autre", "réunions", ValueKind.PUBLIC_COUNT, Direction.NEUTRAL, Optional.empty(),
                "Mairie", Optional.empty(), Provenance.ENTERED))).isInstanceOf(AccessRefusedException.class);

        assertThat(vss.auditTrail().find(Actor.system(), JournalQuery.territory(contract.territory()).withOutcome(Outcome.REFUSED),
                PageRequest.first(10))).extracting(e -> e.act().action() + " " + e.reason().orElseThrow())
                .containsExactlyInAnyOrder("indicator.measure " + AccessPolicy.PARTNER_ONLY,
                        "indicator.define " + AccessPolicy.PARTNER_ONLY);
        assertThat(vss.indicators().change(coordinator, trained.id(), Period.year(2024))).isInstanceOf(Change.NotComparable.class);
    }

    @Test
    void a_definition_on_an_unknown_commitment_or_a_part_of_a_non_count_is_refused_with_its_paths() {
        Indicator delay = named("Délai moyen entre l’orientation et le premier rendez-vous");

        assertThatThrownBy(() -> vss.indicators().define(coordinator, Indicator.define(Fixtures.CLOCK, contract.territory(),
                contract.id(), "9.9", "Dont quelque chose", "jours", ValueKind.COUNT, Direction.NEUTRAL, Optional.empty(),
                "Mairie", Optional.of(delay.id()), Provenance.ENTERED)))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).problems()).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .extracting(p -> ((Problem) p).code() + " " + ((Problem) p).path().orElseThrow())
                .containsExactlyInAnyOrder("indicator.commitment.unknown $.commitment", "indicator.part-of.not-a-count $.partOf");
        assertThatThrownBy(() -> Indicator.define(Fixtures.CLOCK, contract.territory(), contract.id(), "1 1", " ", "",
                ValueKind.COUNT, Direction.NEUTRAL, Optional.of(new BigDecimal("2.5")), "Mairie", Optional.empty(),
                Provenance.ENTERED)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).problems()).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .extracting(p -> ((Problem) p).code() + " " + ((Problem) p).path().orElseThrow())
                .containsExactlyInAnyOrder("indicator.commitment.invalid $.commitment", "text.required $.name",
                        "text.required $.unit", "indicator.value.not-a-count $.target");
    }

    @Test
    void recording_several_values_is_all_or_nothing_and_a_count_must_be_a_whole_number() {
        Indicator trained = named("Professionnels formés au repérage des violences");
        Indicator delay = named("Délai moyen entre l’orientation et le premier rendez-vous");

        assertThatThrownBy(() -> vss.indicators().recordAll(coordinator, List.of(
                new Measurement(delay.id(), Period.year(2024), new BigDecimal("4.75"), Provenance.ENTERED),
                new Measurement(trained.id(), Period.year(2024), new BigDecimal("14.5"), Provenance.ENTERED),
                new Measurement(trained.id(), Period.quarter(2024, 1), new BigDecimal("-1"), Provenance.ENTERED))))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).problems()).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .extracting(p -> ((Problem) p).path().orElseThrow())
                .containsExactly("measurements[1].value", "measurements[2].value");
        assertThat(vss.indicators().change(coordinator, delay.id(), Period.year(2024))).isInstanceOf(Change.NotComparable.class);

        vss.indicators().record(coordinator, new Measurement(delay.id(), Period.year(2024), new BigDecimal("4.75"),
                Provenance.ENTERED));
        assertThat(((Change.Relative) vss.indicators().change(coordinator, delay.id(), Period.year(2024))).percent())
                .isEqualByComparingTo("-8.7");
    }
}
