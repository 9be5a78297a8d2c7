package io.github.clvss.admin.contract;

import java.util.ArrayList;
import java.util.List;

/** One axis of the text being written: its number (none for the broader objectives), title and commitments. */
final class AxisForm {

    private Integer number;
    private String title = "";
    private List<CommitmentForm> commitments = new ArrayList<>();

    public Integer getNumber() {
        return number;
    }

    public void setNumber(Integer number) {
        this.number = number;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public List<CommitmentForm> getCommitments() {
        return commitments;
    }

    public void setCommitments(List<CommitmentForm> commitments) {
        this.commitments = commitments;
    }
}
