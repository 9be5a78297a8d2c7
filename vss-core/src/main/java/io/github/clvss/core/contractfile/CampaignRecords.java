package io.github.clvss.core.contractfile;

import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.communication.Campaign;
import io.github.clvss.core.communication.CampaignAudience;
import io.github.clvss.core.communication.CampaignId;
import io.github.clvss.core.communication.CampaignStatus;
import io.github.clvss.core.communication.Channel;
import io.github.clvss.core.contractfile.FileRecords.CampaignV1;
import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.Provenance;
import io.github.clvss.core.shared.Validation;
import java.time.LocalDate;
import java.util.Optional;

/** The communication plan's section of the contract file: campaigns, read and written. */
final class CampaignRecords {

    private CampaignRecords() {
    }

    static CampaignV1 campaign(Campaign c) {
        return new CampaignV1(c.id().toString(), c.partOf().map(Object::toString).orElse(null), c.title(),
                c.audiences().stream().map(Enum::name).sorted().toList(), c.channels().stream().map(Enum::name).sorted().toList(),
                c.start().toString(), c.end().map(LocalDate::toString).orElse(null), c.owner().map(Object::toString).orElse(null),
                c.status().name(), c.peopleReached().orElse(null), c.provenance().name());
    }

    static Parsed<Campaign> campaign(CampaignV1 c, TerritoryId territory, ContractId contract, String path) {
        Validation check = new Validation();
        Optional<CampaignId> id = check.take(CampaignId.parse(c.id(), path + ".id"));
        Optional<Optional<CampaignId>> partOf = check.take(FileValues.optional(c.partOf(), raw -> CampaignId.parse(raw, path + ".partOf")));
        Optional<LocalDate> start = check.take(FileValues.date(c.start(), path + ".start"));
        Optional<Optional<LocalDate>> end = check.take(FileValues.optional(c.end(), raw -> FileValues.date(raw, path + ".end")));
        Optional<Optional<PartnerId>> owner = check.take(FileValues.optional(c.ownerPartnerId(), raw -> PartnerId.parse(raw, path + ".ownerPartnerId")));
        if (id.isPresent() && start.isPresent() && end.isPresent() && partOf.isPresent()) {
            check.addAll(Campaign.inconsistencies(c.title(), start.get(), end.get(), Optional.ofNullable(c.peopleReached()),
                    partOf.get().filter(id.get()::equals).isPresent(), path));
        }
        return check.build(() -> new Campaign(id.orElseThrow(), 0, territory, contract, partOf.orElseThrow(), c.title(),
                c.audiences().stream().map(CampaignAudience::valueOf).collect(java.util.stream.Collectors.toSet()),
                c.channels().stream().map(Channel::valueOf).collect(java.util.stream.Collectors.toSet()),
                start.orElseThrow(), end.orElseThrow(), owner.orElseThrow(), CampaignStatus.valueOf(c.status()),
                Optional.ofNullable(c.peopleReached()), Provenance.valueOf(c.provenance())));
    }
}
