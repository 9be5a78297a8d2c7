package io.github.clvss.core.communication;

import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.shared.InvalidInputException;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Provenance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A campaign of the contract's communication plan (axis 3 of the founding contract), or one
 * action of a campaign ({@link #partOf()}): what, for whom, through which channels, when, by
 * which partner, how far it went.
 *
 * @param id the campaign's id
 * @param version the stored version this value was read at (0 before it is first saved)
 * @param territory the contract's territory
 * @param contract the contract whose plan it belongs to
 * @param partOf the campaign this action belongs to, for an action
 * @param title its title
 * @param audiences who it speaks to
 * @param channels how it reaches them
 * @param start its first day
 * @param end its last day, if it lasts more than a day
 * @param owner the partner that leads it
 * @param status where it stands
 * @param peopleReached how many people it reached, once known
 * @param provenance where the facts come from
 */
public record Campaign(
        CampaignId id,
        long version,
        TerritoryId territory,
        ContractId contract,
        Optional<CampaignId> partOf,
        String title,
        Set<CampaignAudience> audiences,
        Set<Channel> channels,
        LocalDate start,
        Optional<LocalDate> end,
        Optional<PartnerId> owner,
        CampaignStatus status,
        Optional<Long> peopleReached,
        Provenance provenance) {

    /** Longest accepted title. */
    public static final int TITLE_MAX = 200;

    public Campaign {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(territory, "territory");
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(partOf, "partOf");
        Objects.requireNonNull(title, "title");
        audiences = audiences.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(audiences));
        channels = channels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(channels));
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(peopleReached, "peopleReached");
        Objects.requireNonNull(provenance, "provenance");
        List<Problem> problems = inconsistencies(title, start, end, peopleReached, partOf.filter(id::equals).isPresent(), "campaign");
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** The rules between the fields, each problem pointing at {@code path} plus the field's name. */
    public static List<Problem> inconsistencies(String title, LocalDate start, Optional<LocalDate> end,
            Optional<Long> peopleReached, boolean partOfItself, String path) {
        List<Problem> problems = new ArrayList<>();
        if (title.isBlank() || title.length() > TITLE_MAX) {
            problems.add(Problem.error("campaign.title.invalid", path + ".title", TITLE_MAX));
        }
        end.filter(e -> e.isBefore(start)).ifPresent(e -> problems.add(Problem.error("campaign.period.reversed", path + ".end", e, start)));
        peopleReached.filter(n -> n < 0).ifPresent(n -> problems.add(Problem.error("campaign.reached.negative", path + ".peopleReached", n)));
        if (partOfItself) {
            problems.add(Problem.error("campaign.part-of.self", path + ".partOf"));
        }
        return problems;
    }

    /** The last day: the end, or the start for a one-day campaign. */
    public LocalDate lastDay() {
        return end.orElse(start);
    }
}
