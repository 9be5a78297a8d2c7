package io.github.clvss.admin.resource;

import io.github.clvss.core.resource.Audience;
import io.github.clvss.core.resource.ResourceKind;
import io.github.clvss.core.resource.ResourceScope;
import java.util.LinkedHashSet;
import java.util.Set;

/** What the address form holds while the person types: any value, valid or not yet. */
final class ResourceForm {

    private ResourceScope scope = ResourceScope.LOCAL;
    private ResourceKind kind = ResourceKind.OTHER;
    private String name = "";
    private String french = "";
    private String english = "";
    private String phone = "";
    private String sms = "";
    private String web = "";
    private String address = "";
    private String hours = "";
    private boolean free;
    private boolean anonymous;
    private Set<Audience> audiences = new LinkedHashSet<>();

    public ResourceScope getScope() {
        return scope;
    }

    public void setScope(ResourceScope scope) {
        this.scope = scope;
    }

    public ResourceKind getKind() {
        return kind;
    }

    public void setKind(ResourceKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getFrench() {
        return french;
    }

    public void setFrench(String french) {
        this.french = french;
    }

    public String getEnglish() {
        return english;
    }

    public void setEnglish(String english) {
        this.english = english;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getSms() {
        return sms;
    }

    public void setSms(String sms) {
        this.sms = sms;
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

    public String getHours() {
        return hours;
    }

    public void setHours(String hours) {
        this.hours = hours;
    }

    public boolean isFree() {
        return free;
    }

    public void setFree(boolean free) {
        this.free = free;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public void setAnonymous(boolean anonymous) {
        this.anonymous = anonymous;
    }

    public Set<Audience> getAudiences() {
        return audiences;
    }

    public void setAudiences(Set<Audience> audiences) {
        this.audiences = new LinkedHashSet<>(audiences);
    }
}
