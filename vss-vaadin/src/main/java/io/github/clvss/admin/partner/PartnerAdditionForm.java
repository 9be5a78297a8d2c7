package io.github.clvss.admin.partner;

import io.github.clvss.core.institution.Institution;
import io.github.clvss.core.institution.Sector;

/** What the partner addition form holds while the coordinator types: an institution of the directory, or a new one; its role. */
final class PartnerAdditionForm {

    private Institution existing;
    private String name = "";
    private Sector sector;
    private String siret = "";
    private String role = "";
    private boolean signatory;

    public Institution getExisting() {
        return existing;
    }

    public void setExisting(Institution existing) {
        this.existing = existing;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Sector getSector() {
        return sector;
    }

    public void setSector(Sector sector) {
        this.sector = sector;
    }

    public String getSiret() {
        return siret;
    }

    public void setSiret(String siret) {
        this.siret = siret;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public boolean isSignatory() {
        return signatory;
    }

    public void setSignatory(boolean signatory) {
        this.signatory = signatory;
    }
}
