package io.github.clvss.admin.contract;

import java.time.LocalDate;

/** What the termination form holds while the person types: the day (today when left empty) and why. */
final class TerminationForm {

    private LocalDate on;
    private String reason = "";

    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
