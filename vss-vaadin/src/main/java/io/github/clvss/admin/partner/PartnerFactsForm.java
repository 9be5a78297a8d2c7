package io.github.clvss.admin.partner;

/** What a partner's facts form holds while the person types: any value, valid or not yet. */
final class PartnerFactsForm {

    private String role = "";
    private String initiatives = "";
    private String phone = "";
    private String email = "";
    private String web = "";
    private String address = "";
    private String representativeTitle = "";
    private String representativeName = "";
    private boolean signatory;

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getInitiatives() {
        return initiatives;
    }

    public void setInitiatives(String initiatives) {
        this.initiatives = initiatives;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getWeb() {
        return web;
    }

    public void setWeb(String web) {
        this.web = web;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getRepresentativeTitle() {
        return representativeTitle;
    }

    public void setRepresentativeTitle(String representativeTitle) {
        this.representativeTitle = representativeTitle;
    }

    public String getRepresentativeName() {
        return representativeName;
    }

    public void setRepresentativeName(String representativeName) {
        this.representativeName = representativeName;
    }

    public boolean isSignatory() {
        return signatory;
    }

    public void setSignatory(boolean signatory) {
        this.signatory = signatory;
    }
}
