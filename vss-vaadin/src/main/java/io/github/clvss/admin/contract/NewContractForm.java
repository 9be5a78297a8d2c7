package io.github.clvss.admin.contract;

import java.time.LocalDate;

/** What the new-contract form holds: the title, the period, and whether to start from the model text. */
final class NewContractForm {

    private String title = "";
    private LocalDate startDate;
    private LocalDate endDate;
    private boolean fromModel = true;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public boolean isFromModel() {
        return fromModel;
    }

    public void setFromModel(boolean fromModel) {
        this.fromModel = fromModel;
    }
}
