package io.github.clvss.admin.communication;

import io.github.clvss.admin.base.FormMapping;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.communication.Campaign;
import io.github.clvss.core.communication.CampaignId;
import io.github.clvss.core.contract.ContractId;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** Copies a campaign into its form and the form back into a campaign (MapStruct writes the code). */
@Mapper(config = FormMapping.class)
interface CampaignMapping {

    CampaignMapping MAP = Mappers.getMapper(CampaignMapping.class);

    /** What the form does not show of a campaign: who it is and where it belongs. */
    record Kept(CampaignId id, long version, TerritoryId territory, ContractId contract) {

        static Kept of(Campaign campaign) {
            return new Kept(campaign.id(), campaign.version(), campaign.territory(), campaign.contract());
        }

        static Kept planned(CampaignId id, TerritoryId territory, ContractId contract) {
            return new Kept(id, 0, territory, contract);
        }
    }

    @Mapping(target = "end", expression = "java(campaign.end().orElse(null))")
    @Mapping(target = "peopleReached", expression = "java(campaign.peopleReached().map(Long::intValue).orElse(null))")
    CampaignForm toForm(Campaign campaign);

    @Mapping(target = "id", source = "kept.id")
    @Mapping(target = "version", source = "kept.version")
    @Mapping(target = "territory", source = "kept.territory")
    @Mapping(target = "contract", source = "kept.contract")
    @Mapping(target = "partOf", source = "form.partOf")
    @Mapping(target = "title", expression = "java(form.getTitle().strip())")
    @Mapping(target = "audiences", source = "form.audiences")
    @Mapping(target = "channels", source = "form.channels")
    @Mapping(target = "start", source = "form.start")
    @Mapping(target = "end", expression = "java(java.util.Optional.ofNullable(form.getEnd()))")
    @Mapping(target = "owner", source = "form.owner")
    @Mapping(target = "status", source = "form.status")
    @Mapping(target = "peopleReached", expression = "java(java.util.Optional.ofNullable(form.getPeopleReached()).map(Integer::longValue))")
    @Mapping(target = "provenance", constant = "ENTERED")
    Campaign toCampaign(CampaignForm form, Kept kept);
}
