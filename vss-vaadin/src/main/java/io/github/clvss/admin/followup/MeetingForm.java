package io.github.clvss.admin.followup;

import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.followup.MeetingKind;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What the meeting form holds while the person types: any value, valid or not yet; the agenda
 * as typed, one item a line.
 */
final class MeetingForm {

    private MeetingKind kind = MeetingKind.STEERING_COMMITTEE;
    private String title = "";
    private LocalDateTime start;
    private LocalDateTime end;
    private String place = "";
    private String agenda = "";
    private Set<PartnerId> invitees = new LinkedHashSet<>();
    private String minutes = "";

    public MeetingKind getKind() {
        return kind;
    }

    public void setKind(MeetingKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDateTime getStart() {
        return start;
    }

    public void setStart(LocalDateTime start) {
        this.start = start;
    }

    public LocalDateTime getEnd() {
        return end;
    }

    public void setEnd(LocalDateTime end) {
        this.end = end;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getAgenda() {
        return agenda;
    }

    public void setAgenda(String agenda) {
        this.agenda = agenda;
    }

    public Set<PartnerId> getInvitees() {
        return invitees;
    }

    public void setInvitees(Set<PartnerId> invitees) {
        this.invitees = new LinkedHashSet<>(invitees);
    }

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }
}
