package io.github.clvss.admin.contract;

import java.time.LocalDate;

/** What the contract's dates form holds while the person types: either date, or none yet. */
final class ContractDatesForm {

    private LocalDate startDate;
    private LocalDate endDate;

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
}
