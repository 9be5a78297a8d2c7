package io.github.clvss.core.institution;

import io.github.clvss.core.shared.InvalidInputException;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Provenance;
import io.github.clvss.core.territory.Siret;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * A public body or association that takes part in contracts: a préfecture, a parquet, a
 * hospital, a CIDFF. Shared: one record serves every territory it works with; its place in
 * one contract is a partner.
 *
 * @param id the institution's id
 * @param version the stored version this value was read at (0 before it is first saved)
 * @param name its name, e.g. {@code Centre hospitalier Ambroise-Paré}
 * @param sector the field it works in
 * @param siret its establishment number, when known
 * @param parent the institution it belongs to (a commissariat's police directorate), if any
 * @param provenance where the facts come from
 */
public record Institution(
        InstitutionId id,
        long version,
        String name,
        Sector sector,
        Optional<Siret> siret,
        Optional<InstitutionId> parent,
        Provenance provenance) {

    /** Longest accepted name. */
    public static final int NAME_MAX = 200;

    public Institution {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(siret, "siret");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(provenance, "provenance");
        if (name.isBlank() || name.length() > NAME_MAX || !name.strip().equals(name)) {
            throw new InvalidInputException(Problem.general("institution.name.invalid", NAME_MAX));
        }
        parentSelf(id, parent, Optional.empty()).ifPresent(problem -> {
            throw new InvalidInputException(problem);
        });
    }

    /**
     * The rule "an institution is not its own parent": {@code institution.parent.self} at
     * {@code parentPath} (a file's), or about the whole input (a service's).
     */
    public static Optional<Problem> parentSelf(InstitutionId id, Optional<InstitutionId> parent, Optional<String> parentPath) {
        return parent.filter(id::equals).map(self -> Problem.error("institution.parent.self", parentPath));
    }

    /** An institution about to be registered. */
    public static Institution register(Clock clock, String name, Sector sector, Optional<Siret> siret,
            Optional<InstitutionId> parent, Provenance provenance) {
        return new Institution(InstitutionId.next(clock), 0, name, sector, siret, parent, provenance);
    }

    /** The same institution with corrected facts, now entered by a user. */
    public Institution correct(String newName, Sector newSector, Optional<Siret> newSiret, Optional<InstitutionId> newParent) {
        return new Institution(id, version, newName, newSector, newSiret, newParent, Provenance.ENTERED);
    }
}
