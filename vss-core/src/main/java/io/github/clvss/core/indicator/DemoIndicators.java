package io.github.clvss.core.indicator;

import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.shared.Provenance;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Demo indicators for the founding contract's commitments (Boulogne-Billancourt, 2023), with
 * measurements for 2021 to 2023 and notes for the 2023 diagnostic — every record marked
 * {@link Provenance#DEMO}. Only one thing comes from the seed: facts rose by 38.4 % from 2021
 * to 2022 ("+38,4 % de faits en 2022 par rapport à 2021"); the counts 125 and 173 are invented
 * to give that change. Every other number is invented too. A count of 3 (minor victims
 * oriented) is there so that the masking shows, and a count of 12 (professionals trained) so
 * that a small but shown count does.
 *
 * <p>The contract's text must hold the seed's commitments {@code 1.1}, {@code 1.2}, {@code 2.1},
 * {@code obj-1} and {@code obj-2}.
 */
public final class DemoIndicators {

    /** The year the demo diagnostic is about. */
    public static final int YEAR = 2023;

    private static final String DEMO_SOURCE = " — chiffres de démonstration";

    private DemoIndicators() {
    }

    /**
     * Defines the demo indicators on a contract, records their measurements and writes the 2023
     * notes, through the board (so with the actor's rights, journaled).
     *
     * @return the indicators defined, in the order they were defined
     */
    public static List<Indicator> addTo(IndicatorBoard board, Actor actor, TerritoryId territory, ContractId contract,
            Clock clock) {
        List<Indicator> defined = new ArrayList<>();
        List<Measurement> values = new ArrayList<>();
        Factory factory = new Factory(board, actor, territory, contract, clock, defined, values);

        factory.define("obj-1", "Faits de violences sexistes et sexuelles enregistrés", "faits", ValueKind.COUNT,
                Direction.NEUTRAL, Optional.empty(), "Commissariat central de Boulogne-Billancourt" + DEMO_SOURCE
                        + " (seule la hausse de +38,4 % de 2021 à 2022 vient du contrat)",
                Optional.empty(), "125 173 181");
        factory.define("1.1", "Réunions de toutes les institutions signataires", "réunions", ValueKind.PUBLIC_COUNT,
                Direction.HIGHER_IS_BETTER, Optional.of(BigDecimal.ONE), "Coordination du CLSPD" + DEMO_SOURCE,
                Optional.empty(), "- - 1");
        factory.define("1.2", "Professionnels formés au repérage des violences", "personnes", ValueKind.COUNT,
                Direction.HIGHER_IS_BETTER, Optional.of(BigDecimal.valueOf(20)), "Coordination du CLSPD" + DEMO_SOURCE,
                Optional.empty(), "- 9 12");
        Indicator oriented = factory.define("1.2", "Victimes orientées vers le CIDFF 92 Sud", "personnes", ValueKind.COUNT,
                Direction.NEUTRAL, Optional.empty(), "CIDFF Hauts-de-Seine Sud" + DEMO_SOURCE, Optional.empty(), "- 41 47");
        factory.define("1.2", "dont victimes majeures", "personnes", ValueKind.COUNT, Direction.NEUTRAL, Optional.empty(),
                "CIDFF Hauts-de-Seine Sud" + DEMO_SOURCE, Optional.of(oriented.id()), "- 38 44");
        factory.define("1.2", "dont victimes mineures", "personnes", ValueKind.COUNT, Direction.NEUTRAL, Optional.empty(),
                "CIDFF Hauts-de-Seine Sud" + DEMO_SOURCE, Optional.of(oriented.id()), "- 3 3");
        factory.define("1.2", "Délai moyen entre l’orientation et le premier rendez-vous", "jours", ValueKind.DECIMAL,
                Direction.LOWER_IS_BETTER, Optional.of(BigDecimal.valueOf(5)), "CIDFF Hauts-de-Seine Sud" + DEMO_SOURCE,
                Optional.empty(), "- 6.5 5.2");
        factory.define("2.1", "Mises à jour du document unique", "mises à jour", ValueKind.PUBLIC_COUNT,
                Direction.HIGHER_IS_BETTER, Optional.of(BigDecimal.valueOf(2)), "Coordination du CLSPD" + DEMO_SOURCE,
                Optional.empty(), "- - 2");
        factory.define("obj-2", "Élèves sensibilisés aux violences sexistes et sexuelles", "élèves", ValueKind.COUNT,
                Direction.HIGHER_IS_BETTER, Optional.empty(), "Éducation nationale, DSDEN 92" + DEMO_SOURCE,
                Optional.empty(), "- 240 410");
        board.recordAll(actor, values);

        board.writeNote(actor, new DiagnosticNote(contract, YEAR, Optional.empty(),
                "Texte de démonstration. Première année du contrat, signé en juin 2023 : le réseau des référents "
                        + "se met en place et les premières formations au repérage ont eu lieu.",
                Provenance.DEMO));
        board.writeNote(actor, new DiagnosticNote(contract, YEAR, Optional.of("obj-1"),
                "Texte de démonstration. Le contrat relevait une hausse de +38,4 % des faits en 2022 par rapport à 2021 ; "
                        + "il est difficile de savoir si elle tient à une libération de la parole ou à une augmentation "
                        + "des faits, les deux pouvant se cumuler.",
                Provenance.DEMO));
        return List.copyOf(defined);
    }

    private record Factory(IndicatorBoard board, Actor actor, TerritoryId territory, ContractId contract, Clock clock,
            List<Indicator> defined, List<Measurement> values) {

        Indicator define(String commitment, String name, String unit, ValueKind kind, Direction direction,
                Optional<BigDecimal> target, String source, Optional<IndicatorId> partOf, String values2021To2023) {
            Indicator indicator = board.define(actor, Indicator.define(clock, territory, contract, commitment, name, unit,
                    kind, direction, target, source, partOf, Provenance.DEMO));
            defined.add(indicator);
            // one value per year from 2021, "-" for a year without one
            String[] byYear = values2021To2023.split(" ");
            for (int i = 0; i < byYear.length; i++) {
                if (!byYear[i].equals("-")) {
                    values.add(new Measurement(indicator.id(), Period.year(2021 + i), new BigDecimal(byYear[i]), Provenance.DEMO));
                }
            }
            return indicator;
        }
    }
}
