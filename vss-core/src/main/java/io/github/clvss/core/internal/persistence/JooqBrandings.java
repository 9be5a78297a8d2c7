package io.github.clvss.core.internal.persistence;

import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_BRANDING;

import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.branding.Branding;
import io.github.clvss.core.branding.Brandings;
import io.github.clvss.core.branding.Colour;
import io.github.clvss.core.branding.Logo;
import io.github.clvss.core.internal.persistence.schema.tables.records.VssBrandingRecord;
import io.github.clvss.core.shared.Versions;
import java.util.Base64;
import java.util.Optional;
import org.jooq.DSLContext;

/** Each territory's branding in {@code vss_branding}; the logo as Base64 text. */
final class JooqBrandings implements Brandings {

    private final DSLContext db;

    JooqBrandings(DSLContext db) {
        this.db = db;
    }

    @Override
    public Optional<Branding> find(TerritoryId territory) {
        return db.selectFrom(VSS_BRANDING).where(VSS_BRANDING.TERRITORY_ID.eq(territory.value()))
                .fetchOptional(JooqBrandings::branding);
    }

    @Override
    public Branding save(Branding branding) {
        Branding stored = new Branding(branding.territory(), branding.version() + 1, branding.applicationName(),
                branding.colour(), branding.logo());
        if (branding.version() == 0) {
            if (find(branding.territory()).isPresent()) {
                throw Versions.stale("branding", branding.territory());
            }
            db.executeInsert(record(stored));
        } else {
            VersionedRows.update(db, VSS_BRANDING, record(stored), VSS_BRANDING.TERRITORY_ID, VSS_BRANDING.VERSION,
                    branding.version(), "branding");
        }
        return stored;
    }

    private VssBrandingRecord record(Branding branding) {
        VssBrandingRecord r = db.newRecord(VSS_BRANDING);
        r.setTerritoryId(branding.territory().value());
        r.setVersion(branding.version());
        r.setApplicationName(branding.applicationName().orElse(null));
        r.setColour(branding.colour().map(Colour::hex).orElse(null));
        r.setLogoType(branding.logo().map(Logo::mediaType).orElse(null));
        r.setLogo(branding.logo().map(logo -> Base64.getEncoder().encodeToString(logo.bytes())).orElse(null));
        return r;
    }

    private static Branding branding(VssBrandingRecord r) {
        Optional<Logo> logo = Optional.ofNullable(r.getLogo())
                .map(text -> new Logo(r.getLogoType(), Base64.getDecoder().decode(text)));
        return new Branding(new TerritoryId(r.getTerritoryId()), r.getVersion(), Optional.ofNullable(r.getApplicationName()),
                Optional.ofNullable(r.getColour()).map(Colour::new), logo);
    }
}
