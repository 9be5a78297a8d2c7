package io.github.clvss.core.deliberation;

import io.github.clvss.core.contractfile.DeliberationFiles;
import io.github.clvss.core.territory.DepartmentCode;
import io.github.clvss.core.territory.InseeCode;
import io.github.clvss.core.territory.Population;
import io.github.clvss.core.territory.Siren;
import io.github.clvss.core.territory.TerritoryFacts;
import io.github.clvss.core.territory.TerritoryKind;
import java.time.Year;
import java.time.ZoneId;
import java.util.Optional;

/** The seed's deliberation (Boulogne-Billancourt, 1 June 2023) and the territory it checks against. */
public final class SeedDeliberation {

    private SeedDeliberation() {
    }

    /** The demo file's deliberation, as the seed's register extract records it. */
    public static Deliberation seed() {
        return DeliberationFiles.read(DeliberationFiles.demoFile()).orElseThrow();
    }

    /**
     * The seed's act moved to another territory and day, without its @ctes identifier (which
     * names Boulogne's SIREN and 1 June 2023): a deliberation the checks find no error in, to
     * approve a contract with.
     */
    public static Deliberation adoptedIn(io.github.clvss.core.access.TerritoryId territory, java.time.LocalDate on,
            java.time.Clock clock) {
        Deliberation seed = seed();
        return seed.toBuilder().id(DeliberationId.next(clock)).territory(territory)
                .session(new Session(Optional.of(on), seed.session().time(), seed.session().place(), seed.session().president()))
                .convocationDate(Optional.of(on.minusDays(6))).transmission(PrefectureTransmission.NONE).build();
    }

    /**
     * Boulogne-Billancourt with about 120,000 inhabitants: a round figure for the tests (the
     * commune is far above the 3,500 threshold whatever the census year), not an official count.
     */
    public static TerritoryFacts boulogne() {
        return commune(120_000);
    }

    /** Boulogne-Billancourt's facts with another population (to test the thresholds). */
    public static TerritoryFacts commune(long inhabitants) {
        return new TerritoryFacts(TerritoryKind.COMMUNE, "Boulogne-Billancourt", Optional.of(new InseeCode("92012")),
                new DepartmentCode("92"), new Siren("219200128"), Optional.empty(),
                Optional.of(new Population(inhabitants, Year.of(2021))), ZoneId.of("Europe/Paris"));
    }
}
