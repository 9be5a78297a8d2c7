package io.github.clvss.admin.territory;

import io.github.clvss.core.shared.Language;
import io.github.clvss.core.territory.TerritoryKind;

/**
 * What the new-town form holds while the administrator types: the territory's facts and its
 * coordinator's account, any value, valid or not yet.
 */
final class TerritoryForm {

    private TerritoryKind kind = TerritoryKind.COMMUNE;
    private String inseeCode = "";
    private String name = "";
    private String department = "";
    private String siren = "";
    private String siret = "";
    private Integer population;
    private Integer populationYear;
    private String timeZone = "Europe/Paris";
    private String login = "";
    private String coordinatorName = "";
    private String email = "";
    private Language language = Language.FR;
    private String password = "";

    public TerritoryKind getKind() {
        return kind;
    }

    public void setKind(TerritoryKind kind) {
        this.kind = kind;
    }

    public String getInseeCode() {
        return inseeCode;
    }

    public void setInseeCode(String inseeCode) {
        this.inseeCode = inseeCode;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getSiren() {
        return siren;
    }

    public void setSiren(String siren) {
        this.siren = siren;
    }

    public String getSiret() {
        return siret;
    }

    public void setSiret(String siret) {
        this.siret = siret;
    }

    public Integer getPopulation() {
        return population;
    }

    public void setPopulation(Integer population) {
        this.population = population;
    }

    public Integer getPopulationYear() {
        return populationYear;
    }

    public void setPopulationYear(Integer populationYear) {
        this.populationYear = populationYear;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getCoordinatorName() {
        return coordinatorName;
    }

    public void setCoordinatorName(String coordinatorName) {
        this.coordinatorName = coordinatorName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
