package io.github.clvss.core.partner;

import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.institution.InstitutionId;
import io.github.clvss.core.shared.InvalidInputException;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Provenance;
import io.github.clvss.core.shared.Verification;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An institution's place in one contract: its role there in plain words, its initiatives, its
 * public contact, its representative, and whether it signs. Its référents are kept apart.
 *
 * @param id the partner's id
 * @param version the stored version this value was read at (0 before it is first saved)
 * @param territory the contract's territory
 * @param contract the contract
 * @param institution the institution
 * @param role its role in the contract, in plain words
 * @param initiatives what it already does on the subject, one per item
 * @param contact how to reach it as an institution
 * @param representative who represents it in the contract
 * @param signatory whether it signs the contract
 * @param verified when its facts were last checked, and by whom
 * @param provenance where the facts come from
 */
public record Partner(
        PartnerId id,
        long version,
        TerritoryId territory,
        ContractId contract,
        InstitutionId institution,
        String role,
        List<String> initiatives,
        PublicContact contact,
        Optional<Representative> representative,
        boolean signatory,
        Verification verified,
        Provenance provenance) {

    /** Longest accepted role or initiative. */
    public static final int TEXT_MAX = 2000;

    public Partner {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(territory, "territory");
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(institution, "institution");
        Objects.requireNonNull(role, "role");
        initiatives = List.copyOf(initiatives);
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(representative, "representative");
        Objects.requireNonNull(verified, "verified");
        Objects.requireNonNull(provenance, "provenance");
        if (role.isBlank() || role.length() > TEXT_MAX) {
            throw new InvalidInputException(Problem.general("partner.role.invalid", TEXT_MAX));
        }
        if (initiatives.stream().anyMatch(i -> i.isBlank() || i.length() > TEXT_MAX || i.contains("\n"))) {
            throw new InvalidInputException(Problem.general("partner.initiative.invalid", TEXT_MAX));
        }
    }

    /**
     * The rule "an institution joins a contract once": {@code partner.institution.twice} for this
     * partner's institution, at {@code path} (a file's) or about the whole input (a service's).
     * Whether it joined already depends on where the partner comes from (the contract's stored
     * partners, or the file's earlier ones).
     */
    public Problem institutionTwice(Optional<String> path) {
        return Problem.error("partner.institution.twice", path, institution);
    }

    /** A partner about to be added to a contract, verified now by {@code actorId}. */
    public static Partner join(Clock clock, String actorId, TerritoryId territory, ContractId contract,
            InstitutionId institution, String role, List<String> initiatives, PublicContact contact,
            Optional<Representative> representative, boolean signatory, Provenance provenance) {
        return new Partner(PartnerId.next(clock), 0, territory, contract, institution, role, initiatives, contact,
                representative, signatory, Verification.now(clock, actorId), provenance);
    }

    /** The same partner with corrected facts, checked by whoever corrected them. */
    public Partner correct(String newRole, List<String> newInitiatives, PublicContact newContact,
            Optional<Representative> newRepresentative, boolean newSignatory, Verification check) {
        return new Partner(id, version, territory, contract, institution, newRole, newInitiatives, newContact,
                newRepresentative, newSignatory, check, Provenance.ENTERED);
    }

    /** The same partner, its facts confirmed as they are. */
    public Partner confirm(Verification check) {
        return new Partner(id, version, territory, contract, institution, role, initiatives, contact, representative,
                signatory, check, provenance);
    }
}
