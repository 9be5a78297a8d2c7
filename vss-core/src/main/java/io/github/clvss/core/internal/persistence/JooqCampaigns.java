package io.github.clvss.core.internal.persistence;

import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_CAMPAIGN;

import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.communication.Campaign;
import io.github.clvss.core.communication.CampaignAudience;
import io.github.clvss.core.communication.CampaignId;
import io.github.clvss.core.communication.CampaignStatus;
import io.github.clvss.core.communication.Campaigns;
import io.github.clvss.core.communication.Channel;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.internal.persistence.schema.tables.records.VssCampaignRecord;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Provenance;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;

/** Campaigns in {@code vss_campaign}; audiences and channels as comma-separated names. */
final class JooqCampaigns implements Campaigns {

    private final DSLContext db;

    JooqCampaigns(DSLContext db) {
        this.db = db;
    }

    @Override
    public Campaign add(Campaign campaign) {
        Campaign stored = withVersion(campaign, 1);
        db.executeInsert(record(stored));
        return stored;
    }

    @Override
    public Campaign update(Campaign campaign) {
        Campaign stored = withVersion(campaign, campaign.version() + 1);
        VersionedRows.update(db, VSS_CAMPAIGN, record(stored), VSS_CAMPAIGN.ID, VSS_CAMPAIGN.VERSION, campaign.version(), "campaign");
        return stored;
    }

    @Override
    public void remove(CampaignId id) {
        db.update(VSS_CAMPAIGN).setNull(VSS_CAMPAIGN.PART_OF).where(VSS_CAMPAIGN.PART_OF.eq(id.value())).execute();
        db.deleteFrom(VSS_CAMPAIGN).where(VSS_CAMPAIGN.ID.eq(id.value())).execute();
    }

    @Override
    public Optional<Campaign> find(CampaignId id) {
        return db.selectFrom(VSS_CAMPAIGN).where(VSS_CAMPAIGN.ID.eq(id.value())).fetchOptional(JooqCampaigns::campaign);
    }

    @Override
    public List<Campaign> list(ContractId contract, LocalDate from, LocalDate to, PageRequest page) {
        return db.selectFrom(VSS_CAMPAIGN)
                .where(meets(contract, from, to))
                .orderBy(VSS_CAMPAIGN.START_DATE, VSS_CAMPAIGN.ID)
                .offset(page.offset())
                .limit(page.limit())
                .fetch(JooqCampaigns::campaign);
    }

    @Override
    public long count(ContractId contract, LocalDate from, LocalDate to) {
        return db.fetchCount(VSS_CAMPAIGN, meets(contract, from, to));
    }

    private static Condition meets(ContractId contract, LocalDate from, LocalDate to) {
        return VSS_CAMPAIGN.CONTRACT_ID.eq(contract.value())
                .and(VSS_CAMPAIGN.START_DATE.le(to))
                .and(org.jooq.impl.DSL.coalesce(VSS_CAMPAIGN.END_DATE, VSS_CAMPAIGN.START_DATE).ge(from));
    }

    private static Campaign withVersion(Campaign c, long version) {
        return new Campaign(c.id(), version, c.territory(), c.contract(), c.partOf(), c.title(), c.audiences(), c.channels(),
                c.start(), c.end(), c.owner(), c.status(), c.peopleReached(), c.provenance());
    }

    private VssCampaignRecord record(Campaign c) {
        VssCampaignRecord r = db.newRecord(VSS_CAMPAIGN);
        r.setId(c.id().value());
        r.setVersion(c.version());
        r.setTerritoryId(c.territory().value());
        r.setContractId(c.contract().value());
        r.setPartOf(c.partOf().map(CampaignId::value).orElse(null));
        r.setTitle(c.title());
        r.setAudiences(c.audiences().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        r.setChannels(c.channels().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        r.setStartDate(c.start());
        r.setEndDate(c.end().orElse(null));
        r.setOwnerPartnerId(c.owner().map(PartnerId::value).orElse(null));
        r.setStatus(c.status().name());
        r.setPeopleReached(c.peopleReached().orElse(null));
        r.setProvenance(c.provenance().name());
        return r;
    }

    private static Campaign campaign(VssCampaignRecord r) {
        Set<CampaignAudience> audiences = names(r.getAudiences()).stream().map(CampaignAudience::valueOf).collect(Collectors.toSet());
        Set<Channel> channels = names(r.getChannels()).stream().map(Channel::valueOf).collect(Collectors.toSet());
        return new Campaign(new CampaignId(r.getId()), r.getVersion(), new TerritoryId(r.getTerritoryId()),
                new ContractId(r.getContractId()), Optional.ofNullable(r.getPartOf()).map(CampaignId::new), r.getTitle(),
                audiences, channels, r.getStartDate(), Optional.ofNullable(r.getEndDate()),
                Optional.ofNullable(r.getOwnerPartnerId()).map(PartnerId::new), CampaignStatus.valueOf(r.getStatus()),
                Optional.ofNullable(r.getPeopleReached()), Provenance.valueOf(r.getProvenance()));
    }

    private static List<String> names(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
