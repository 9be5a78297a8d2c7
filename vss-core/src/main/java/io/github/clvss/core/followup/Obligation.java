package io.github.clvss.core.followup;

import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.contract.Commitment;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.shared.InvalidInputException;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Provenance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A recurring obligation carried by a commitment of a contract — "at least once a year, all
 * signatory institutions meet" is {@code MEETING_OF_SIGNATORIES} every 12 months. A commitment
 * carries at most one.
 *
 * @param territory the contract's territory
 * @param contract the contract
 * @param commitment the id of the commitment that carries it
 * @param kind what it asks for
 * @param everyMonths how often, in months (1 to {@value #EVERY_MAX})
 * @param countedFrom the day the first period starts (the contract's start, say), used until it
 *     is first fulfilled
 * @param provenance where the facts come from
 */
public record Obligation(TerritoryId territory, ContractId contract, String commitment, ObligationKind kind,
        int everyMonths, LocalDate countedFrom, Provenance provenance) {

    private static final String PATH = "obligation";

    /** Longest accepted period, in months. */
    public static final int EVERY_MAX = 120;

    public Obligation {
        Objects.requireNonNull(territory, "territory");
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(commitment, "commitment");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(countedFrom, "countedFrom");
        Objects.requireNonNull(provenance, "provenance");
        List<Problem> problems = new ArrayList<>();
        if (!Commitment.wellFormed(commitment)) {
            problems.add(Problem.error("obligation.commitment.invalid", PATH + ".commitment", commitment));
        }
        if (everyMonths < 1 || everyMonths > EVERY_MAX) {
            problems.add(Problem.error("obligation.every.range", PATH + ".everyMonths", everyMonths, EVERY_MAX));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** "At least once a year, all signatory institutions meet", counted from {@code from}. */
    public static Obligation yearlyMeetingOfSignatories(TerritoryId territory, ContractId contract, String commitment,
            LocalDate from, Provenance provenance) {
        return new Obligation(territory, contract, commitment, ObligationKind.MEETING_OF_SIGNATORIES, 12, from, provenance);
    }
}
