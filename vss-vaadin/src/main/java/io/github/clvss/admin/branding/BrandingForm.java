package io.github.clvss.admin.branding;

/** What the branding form holds while the coordinator types: any value, valid or not yet. */
final class BrandingForm {

    private String name = "";
    private String colour = "";

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getColour() {
        return colour;
    }

    public void setColour(String colour) {
        this.colour = colour;
    }
}
