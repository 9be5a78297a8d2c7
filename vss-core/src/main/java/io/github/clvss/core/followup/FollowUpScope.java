package io.github.clvss.core.followup;

import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.contract.ContractText;
import io.github.clvss.core.contract.ContractTexts;
import io.github.clvss.core.contract.Contracts;
import io.github.clvss.core.partner.Partners;
import io.github.clvss.core.shared.InvalidInputException;
import io.github.clvss.core.shared.NotFoundException;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.territory.Territories;
import io.github.clvss.core.territory.Territory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/** What the follow-up services share: contracts, their current text, partners, and each territory's time. */
final class FollowUpScope {

    /** The zone of a territory vss no longer finds (never the case for a stored record). */
    private static final ZoneId FALLBACK = ZoneId.of("Europe/Paris");

    private final Contracts contracts;
    private final ContractTexts texts;
    private final Partners partners;
    private final Territories territories;
    private final Clock clock;

    FollowUpScope(Contracts contracts, ContractTexts texts, Partners partners, Territories territories, Clock clock) {
        this.contracts = contracts;
        this.texts = texts;
        this.partners = partners;
        this.territories = territories;
        this.clock = clock;
    }

    Contract contract(ContractId id) {
        return contracts.find(id).orElseThrow(() -> new NotFoundException(Problem.general("contract.not-found", id)));
    }

    /** The contract, which must belong to {@code territory}. */
    Contract contract(ContractId id, TerritoryId territory) {
        return contracts.find(id).filter(c -> c.territory().equals(territory))
                .orElseThrow(() -> new NotFoundException(Problem.general("contract.not-found", id)));
    }

    /** The contract's current text: the draft's, or the last approved version's. */
    ContractText text(ContractId contract) {
        SortedMap<Integer, ContractText> all = texts.all(contract);
        return all.isEmpty() ? ContractText.EMPTY : all.get(all.lastKey());
    }

    /** A problem when {@code commitment} is not in the contract's current text. */
    List<Problem> unknownCommitment(ContractId contract, String commitment, String path) {
        return text(contract).commitment(commitment).isPresent() ? List.of()
                : List.of(Problem.error("followup.commitment.unknown", path, commitment));
    }

    /** A problem when {@code partner} is not a partner of the contract. */
    Optional<Problem> stranger(ContractId contract, PartnerId partner, String path) {
        return partners.find(partner).filter(p -> p.contract().equals(contract)).isPresent() ? Optional.empty()
                : Optional.of(Problem.error("followup.partner.unknown", path, partner));
    }

    static void refuse(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    ZoneId zone(TerritoryId territory) {
        return territories.find(territory).map(Territory::facts).map(f -> f.timeZone()).orElse(FALLBACK);
    }

    String territoryName(TerritoryId territory) {
        return territories.find(territory).map(t -> t.facts().name()).orElse("");
    }

    /** Today in the territory's legal time (overseas territories are not on Paris time). */
    LocalDate today(TerritoryId territory) {
        return territories.today(territory, clock);
    }

    /** Now, on the territory's clocks. */
    LocalDateTime now(TerritoryId territory) {
        return LocalDateTime.now(clock.withZone(zone(territory)));
    }

    Clock clock() {
        return clock;
    }
}
