package io.github.clvss.admin.contract;

import io.github.clvss.core.contract.LegalReference;
import java.time.LocalDate;

/** One legal reference of the text being written. */
final class ReferenceForm {

    private LegalReference.Kind kind = LegalReference.Kind.LAW;
    private String title = "";
    private String number = "";
    private LocalDate date;

    public LegalReference.Kind getKind() {
        return kind;
    }

    public void setKind(LegalReference.Kind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }
}
