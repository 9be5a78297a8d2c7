package io.github.clvss.admin.contract;


/** One commitment of the text being written: its id, kept whatever its place or wording, and its text. */
final class CommitmentForm {

    private String id = "";
    private String text = "";

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
