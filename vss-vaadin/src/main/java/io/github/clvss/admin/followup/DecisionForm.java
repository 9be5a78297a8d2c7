package io.github.clvss.admin.followup;

import io.github.clvss.core.access.PartnerId;
import java.time.LocalDate;

/**
 * What the decision form of a meeting holds while the person types: the decision and, when it
 * creates one, the action's commitment, title, lead and deadline.
 */
final class DecisionForm {

    private String text = "";
    private boolean creates;
    private String commitment = "";
    private String title = "";
    private PartnerId lead;
    private LocalDate deadline;

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isCreates() {
        return creates;
    }

    public void setCreates(boolean creates) {
        this.creates = creates;
    }

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

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }
}
