package io.github.clvss.core.followup;

import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.institution.InstitutionId;
import io.github.clvss.core.shared.InvalidInputException;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Provenance;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A meeting of a contract's partners — the yearly comité de pilotage or another one: when and
 * where, its agenda, who was invited and how each invited partner attended, its minutes and
 * the decisions taken (some create actions).
 *
 * <p>Its start and end are local date-times in the territory's time zone: a meeting at 18:00
 * in Boulogne-Billancourt is at 18:00 Europe/Paris, and one in Saint-Denis de La Réunion at
 * 18:00 Indian/Reunion.
 *
 * @param id the meeting's id
 * @param version the stored version this value was read at (0 before it is first saved)
 * @param territory the contract's territory
 * @param contract the contract
 * @param kind what the meeting is
 * @param title its title, e.g. {@code Comité de pilotage 2024}
 * @param start when it starts, local time in the territory
 * @param end when it ends, local time in the territory; after the start
 * @param place where it is held, once known
 * @param agenda its agenda, item by item
 * @param invitees the partners invited, each with its attendance once recorded; each once
 * @param guests other institutions invited (not partners of the contract); each once
 * @param minutes its minutes, once written
 * @param decisions the decisions taken, in order
 * @param provenance where the facts come from
 */
public record Meeting(
        MeetingId id,
        long version,
        TerritoryId territory,
        ContractId contract,
        MeetingKind kind,
        String title,
        LocalDateTime start,
        LocalDateTime end,
        Optional<String> place,
        List<String> agenda,
        List<Invitee> invitees,
        List<InstitutionId> guests,
        Optional<String> minutes,
        List<MeetingDecision> decisions,
        Provenance provenance) {

    /** Longest accepted title. */
    public static final int TITLE_MAX = 300;
    /** Longest accepted place. */
    public static final int PLACE_MAX = 500;
    /** Longest accepted agenda item or decision. */
    public static final int ITEM_MAX = 2000;
    /** Longest accepted minutes. */
    public static final int MINUTES_MAX = 50_000;
    /** Most agenda items, invitees, guests or decisions. */
    public static final int ITEMS_MAX = 100;

    public Meeting {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(territory, "territory");
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(place, "place");
        agenda = List.copyOf(agenda);
        invitees = List.copyOf(invitees);
        guests = List.copyOf(guests);
        Objects.requireNonNull(minutes, "minutes");
        decisions = List.copyOf(decisions);
        Objects.requireNonNull(provenance, "provenance");
        List<Problem> problems = inconsistencies(title, start, end, place, agenda, invitees, guests, minutes, decisions,
                "meeting");
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** A meeting about to be recorded: the partners invited, no attendance, minutes or decision yet. */
    public static Meeting plan(Clock clock, TerritoryId territory, ContractId contract, MeetingKind kind, String title,
            LocalDateTime start, LocalDateTime end, Optional<String> place, List<String> agenda, List<PartnerId> invited,
            List<InstitutionId> guests, Provenance provenance) {
        return new Meeting(MeetingId.next(clock), 0, territory, contract, kind, title, start, end, place, agenda,
                invited.stream().map(Invitee::invited).toList(), guests, Optional.empty(), List.of(), provenance);
    }

    /** The rules between the fields, each problem pointing at {@code path} plus the field's name. */
    public static List<Problem> inconsistencies(String title, LocalDateTime start, LocalDateTime end,
            Optional<String> place, List<String> agenda, List<Invitee> invitees, List<InstitutionId> guests,
            Optional<String> minutes, List<MeetingDecision> decisions, String path) {
        List<Problem> problems = new ArrayList<>();
        if (title.isBlank() || title.length() > TITLE_MAX || title.contains("\n")) {
            problems.add(Problem.error("meeting.title.invalid", path + ".title", TITLE_MAX));
        }
        if (!end.isAfter(start)) {
            problems.add(Problem.error("meeting.period.reversed", path + ".end", end, start));
        }
        place.filter(p -> p.isBlank() || p.length() > PLACE_MAX || p.contains("\n"))
                .ifPresent(p -> problems.add(Problem.error("meeting.place.invalid", path + ".place", PLACE_MAX)));
        count(problems, agenda.size(), path + ".agenda");
        for (int i = 0; i < agenda.size(); i++) {
            String item = agenda.get(i);
            if (item.isBlank() || item.length() > ITEM_MAX || item.contains("\n")) {
                problems.add(Problem.error("meeting.agenda.invalid", path + ".agenda[" + i + "]", ITEM_MAX));
            }
        }
        count(problems, invitees.size(), path + ".invitees");
        Set<PartnerId> partners = new HashSet<>();
        for (int i = 0; i < invitees.size(); i++) {
            if (!partners.add(invitees.get(i).partner())) {
                problems.add(Problem.error("meeting.invitee.twice", path + ".invitees[" + i + "]", invitees.get(i).partner()));
            }
        }
        count(problems, guests.size(), path + ".guests");
        Set<InstitutionId> institutions = new HashSet<>();
        for (int i = 0; i < guests.size(); i++) {
            if (!institutions.add(guests.get(i))) {
                problems.add(Problem.error("meeting.guest.twice", path + ".guests[" + i + "]", guests.get(i)));
            }
        }
        minutes.filter(m -> m.isBlank() || m.length() > MINUTES_MAX)
                .ifPresent(m -> problems.add(Problem.error("meeting.minutes.invalid", path + ".minutes", MINUTES_MAX)));
        count(problems, decisions.size(), path + ".decisions");
        Set<ActionId> actions = new HashSet<>();
        for (int i = 0; i < decisions.size(); i++) {
            MeetingDecision decision = decisions.get(i);
            if (decision.text().isBlank() || decision.text().length() > ITEM_MAX) {
                problems.add(Problem.error("meeting.decision.invalid", path + ".decisions[" + i + "].text", ITEM_MAX));
            }
            if (decision.action().isPresent() && !actions.add(decision.action().get())) {
                problems.add(Problem.error("meeting.decision.action-twice", path + ".decisions[" + i + "].action",
                        decision.action().get()));
            }
        }
        return problems;
    }

    private static void count(List<Problem> problems, int size, String path) {
        if (size > ITEMS_MAX) {
            problems.add(Problem.error("meeting.too-many", path, ITEMS_MAX, size));
        }
    }

    /**
     * The signatories among {@code signatories} that did not attend: not invited, or invited and
     * not recorded as present or represented ({@link Attendance#attended()}).
     */
    public List<PartnerId> missing(Collection<PartnerId> signatories) {
        return signatories.stream()
                .filter(s -> invitees.stream().noneMatch(i -> i.partner().equals(s) && i.attended()))
                .toList();
    }

    /** Whether all {@code signatories} attended; never for none (see {@link SignatoryAttendance#all()}). */
    public boolean allAttended(Collection<PartnerId> signatories) {
        return new SignatoryAttendance(List.copyOf(signatories), missing(signatories)).all();
    }

    /**
     * The same meeting with an invited partner's attendance recorded; a partner that was not
     * invited cannot attend.
     */
    public Meeting withAttendance(PartnerId partner, Attendance attendance) {
        if (invitees.stream().noneMatch(i -> i.partner().equals(partner))) {
            throw new InvalidInputException(Problem.general("meeting.attendance.not-invited", partner));
        }
        List<Invitee> recorded = invitees.stream()
                .map(i -> i.partner().equals(partner) ? new Invitee(partner, Optional.of(attendance)) : i)
                .toList();
        return new Meeting(id, version, territory, contract, kind, title, start, end, place, agenda, recorded, guests,
                minutes, decisions, provenance);
    }

    /** The same meeting with one more decision. */
    public Meeting withDecision(MeetingDecision decision) {
        List<MeetingDecision> all = new ArrayList<>(decisions);
        all.add(decision);
        return new Meeting(id, version, territory, contract, kind, title, start, end, place, agenda, invitees, guests,
                minutes, all, provenance);
    }

    /** The same meeting, now entered by a user (after a change). */
    Meeting entered() {
        return new Meeting(id, version, territory, contract, kind, title, start, end, place, agenda, invitees, guests,
                minutes, decisions, Provenance.ENTERED);
    }
}
