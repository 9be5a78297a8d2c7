package io.github.clvss.admin.contract;


/** One annex of the text being written. */
final class AnnexForm {

    private String title = "";
    private String text = "";

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
