package io.github.clvss.admin.indicator;

/** What the diagnostic's note form holds while the person types: the year and the note. */
final class DiagnosticNoteForm {

    private Integer year;
    private String text = "";

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
