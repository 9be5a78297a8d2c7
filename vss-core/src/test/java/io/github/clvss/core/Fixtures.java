package io.github.clvss.core;

import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.Grant;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.shared.Provenance;
import io.github.clvss.core.territory.DepartmentCode;
import io.github.clvss.core.territory.InseeCode;
import io.github.clvss.core.territory.Siren;
import io.github.clvss.core.territory.TerritoryFacts;
import io.github.clvss.core.territory.TerritoryKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** Shared test data. */
public final class Fixtures {

    /** A fixed instant: 27 November 2026, 9:00 UTC. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T09:00:00Z"), ZoneOffset.UTC);

    /** The demo contract file, as shipped. */
    public static final String DEMO_FILE = "/io/github/clvss/core/demo/boulogne-billancourt-2023.json";

    private static final AtomicInteger COMMUNES = new AtomicInteger();

    private Fixtures() {
    }

    /** Boulogne-Billancourt as the seed describes it. */
    public static TerritoryFacts boulogne() {
        return new TerritoryFacts(TerritoryKind.COMMUNE, "Boulogne-Billancourt", Optional.of(new InseeCode("92012")),
                new DepartmentCode("92"), new Siren("219200128"), Optional.empty(), Optional.empty(),
                ZoneId.of("Europe/Paris"));
    }

    /** A commune of the Ain (01) with a unique INSEE code and SIREN in this test run. */
    public static TerritoryFacts anotherCommune() {
        int n = COMMUNES.incrementAndGet();
        String insee = "01" + String.format("%03d", n);
        return new TerritoryFacts(TerritoryKind.COMMUNE, "Commune " + n, Optional.of(new InseeCode(insee)),
                new DepartmentCode("01"), sirenFor(21_010_000 + n), Optional.empty(), Optional.empty(),
                ZoneId.of("Europe/Paris"));
    }

    /** A valid SIREN: the 8 digits of {@code body} and their Luhn check digit. */
    public static Siren sirenFor(int body8) {
        String body = String.format("%08d", body8);
        for (int check = 0; check <= 9; check++) {
            var parsed = Siren.parse(body + check, "$");
            if (parsed.isValid()) {
                return parsed.orElseThrow();
            }
        }
        throw new AssertionError("no check digit for " + body);
    }

    /** A territory's coordinator. */
    public static Actor coordinatorOf(TerritoryId territory) {
        return Actor.user("coordinator-" + territory.value().toString().substring(0, 8), Grant.coordinator(territory));
    }

    /** A territory's observer. */
    public static Actor observerOf(TerritoryId territory) {
        return Actor.user("observer-" + territory.value().toString().substring(0, 8), Grant.observer(territory));
    }

    /** The seed's facts as a source of new territories. */
    public static Provenance seed() {
        return Provenance.SEED;
    }

    /** A classpath resource's bytes. */
    public static byte[] resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
