package io.github.clvss.admin.contract;

import java.time.LocalDate;

/** What the signature form holds: the day a signatory signed, once typed. */
final class SignatureForm {

    private LocalDate on;

    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }
}
