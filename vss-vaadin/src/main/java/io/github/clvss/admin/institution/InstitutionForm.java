package io.github.clvss.admin.institution;

import io.github.clvss.core.institution.Institution;
import io.github.clvss.core.institution.Sector;

/** What the institution form holds while the person types: any value, valid or not yet. */
final class InstitutionForm {

    private String name = "";
    private Sector sector;
    private String siret = "";
    private Institution parent;

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

    public Institution getParent() {
        return parent;
    }

    public void setParent(Institution parent) {
        this.parent = parent;
    }
}
