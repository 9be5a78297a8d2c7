package io.github.clvss.admin.followup;

import io.github.clvss.core.access.PartnerId;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/** What the action form holds while the person types: any value, valid or not yet. */
final class ActionForm {

    private String commitment = "";
    private String title = "";
    private PartnerId lead;
    private Set<PartnerId> contributors = new LinkedHashSet<>();
    private LocalDate deadline;
    private Integer progress = 0;
    private String note = "";

    public String getCommitment() {
        return commitment;
    }

    public void setCommitment(String commitment) {
        this.commitment = commitment;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public PartnerId getLead() {
        return lead;
    }

    public void setLead(PartnerId lead) {
        this.lead = lead;
    }

    public Set<PartnerId> getContributors() {
        return contributors;
    }

    public void setContributors(Set<PartnerId> contributors) {
        this.contributors = new LinkedHashSet<>(contributors);
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public Integer getProgress() {
        return progress;
    }

    public void setProgress(Integer progress) {
        this.progress = progress;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
