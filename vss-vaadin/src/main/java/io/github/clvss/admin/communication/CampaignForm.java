package io.github.clvss.admin.communication;

import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.communication.CampaignAudience;
import io.github.clvss.core.communication.CampaignId;
import io.github.clvss.core.communication.CampaignStatus;
import io.github.clvss.core.communication.Channel;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** What the campaign form holds while the person types: any value, valid or not yet. */
final class CampaignForm {

    private String title = "";
    private Optional<CampaignId> partOf = Optional.empty();
    private LocalDate start;
    private LocalDate end;
    private Set<CampaignAudience> audiences = new LinkedHashSet<>();
    private Set<Channel> channels = new LinkedHashSet<>();
    private Optional<PartnerId> owner = Optional.empty();
    private CampaignStatus status = CampaignStatus.PLANNED;
    private Integer peopleReached;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Optional<CampaignId> getPartOf() {
        return partOf;
    }

    public void setPartOf(Optional<CampaignId> partOf) {
        this.partOf = partOf == null ? Optional.empty() : partOf;
    }

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public LocalDate getEnd() {
        return end;
    }

    public void setEnd(LocalDate end) {
        this.end = end;
    }

    public Set<CampaignAudience> getAudiences() {
        return audiences;
    }

    public void setAudiences(Set<CampaignAudience> audiences) {
        this.audiences = new LinkedHashSet<>(audiences);
    }

    public Set<Channel> getChannels() {
        return channels;
    }

    public void setChannels(Set<Channel> channels) {
        this.channels = new LinkedHashSet<>(channels);
    }

    public Optional<PartnerId> getOwner() {
        return owner;
    }

    public void setOwner(Optional<PartnerId> owner) {
        this.owner = owner == null ? Optional.empty() : owner;
    }

    public CampaignStatus getStatus() {
        return status;
    }

    public void setStatus(CampaignStatus status) {
        this.status = status;
    }

    public Integer getPeopleReached() {
        return peopleReached;
    }

    public void setPeopleReached(Integer peopleReached) {
        this.peopleReached = peopleReached;
    }
}
