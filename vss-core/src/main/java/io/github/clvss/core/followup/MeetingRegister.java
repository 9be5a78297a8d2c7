package io.github.clvss.core.followup;

import io.github.clvss.core.access.AccessPolicy;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.contract.SignatoryPartner;
import io.github.clvss.core.contract.SignatoryPartners;
import io.github.clvss.core.institution.Institution;
import io.github.clvss.core.institution.Institutions;
import io.github.clvss.core.journal.Act;
import io.github.clvss.core.journal.Acts;
import io.github.clvss.core.partner.Partner;
import io.github.clvss.core.partner.Partners;
import io.github.clvss.core.shared.InvalidInputException;
import io.github.clvss.core.shared.Messages;
import io.github.clvss.core.shared.NotFoundException;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Versions;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The meetings of each contract — the yearly comité de pilotage and others. The coordinator
 * records them, their attendance, minutes and decisions (a decision may create an action under
 * a commitment); anyone with a grant on the territory reads them, asks whether all signatories
 * were there, and gets the invitation as an email text and an iCalendar file.
 */
public final class MeetingRegister {

    static final String RECORD = "meeting";

    private final Meetings meetings;
    private final Actions actions;
    private final ActionPlan actionPlan;
    private final SignatoryPartners signatories;
    private final Partners partners;
    private final Institutions institutions;
    private final InvitationCalendar calendar;
    private final FollowUpScope scope;
    private final Acts acts;

    /**
     * @param meetings where meetings are kept
     * @param actions where actions are kept, to check the actions decisions refer to
     * @param actionPlan to add the actions decisions create
     * @param contracts to find each meeting's contract
     * @param texts to find the commitments of each contract's current text
     * @param signatories the partners required to sign each contract
     * @param partners to check and name the invited partners
     * @param institutions to check and name the invited institutions
     * @param territories for each territory's name and time zone
     * @param calendar writes the invitation's iCalendar file
     * @param acts access checks and journal
     * @param clock the time of each change and invitation
     */
    public MeetingRegister(Meetings meetings, Actions actions, ActionPlan actionPlan,
            io.github.clvss.core.contract.Contracts contracts, io.github.clvss.core.contract.ContractTexts texts,
            SignatoryPartners signatories, Partners partners, Institutions institutions,
            io.github.clvss.core.territory.Territories territories, InvitationCalendar calendar,
            Acts acts, java.time.Clock clock) {
        this.meetings = Objects.requireNonNull(meetings, "meetings");
        this.actions = Objects.requireNonNull(actions, "actions");
        this.actionPlan = Objects.requireNonNull(actionPlan, "actionPlan");
        this.signatories = Objects.requireNonNull(signatories, "signatories");
        this.partners = Objects.requireNonNull(partners, "partners");
        this.institutions = Objects.requireNonNull(institutions, "institutions");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.scope = new FollowUpScope(Objects.requireNonNull(contracts, "contracts"), Objects.requireNonNull(texts, "texts"),
                partners, Objects.requireNonNull(territories, "territories"), Objects.requireNonNull(clock, "clock"));
        this.acts = Objects.requireNonNull(acts, "acts");
    }

    /**
     * Records a meeting made with {@link Meeting#plan} — to come, or held (then with its
     * attendance, minutes and decisions, e.g. from a file) — for the coordinator. Its invitees
     * must be partners of the contract, its guests known institutions, and the actions its
     * decisions refer to actions of the contract.
     */
    public Meeting record(Actor actor, Meeting meeting) {
        Act act = Act.on("meeting.record", RECORD, meeting.id(), meeting.territory());
        return acts.perform(actor, act, AccessPolicy.changeTerritory(actor, meeting.territory()), () -> {
            scope.contract(meeting.contract(), meeting.territory());
            checkReferences(meeting);
            Meeting stored = meetings.add(meeting);
            return stored;
        });
    }

    /** Stores a changed meeting (any of its facts) against the version it was read at (the coordinator). */
    public Meeting update(Actor actor, Meeting changed) {
        return change(actor, changed.id(), changed.version(), "meeting.update", current -> {
            Meeting next = new Meeting(current.id(), current.version(), current.territory(), current.contract(),
                    changed.kind(), changed.title(), changed.start(), changed.end(), changed.place(), changed.agenda(),
                    changed.invitees(), changed.guests(), changed.minutes(), changed.decisions(), changed.provenance());
            checkReferences(next);
            return next;
        });
    }

    /** Records how an invited partner attended (the coordinator). */
    public Meeting recordAttendance(Actor actor, MeetingId id, long expectedVersion, PartnerId partner, Attendance attendance) {
        return change(actor, id, expectedVersion, "meeting.attendance", current -> current.withAttendance(partner, attendance));
    }

    /**
     * Records a decision of the meeting (the coordinator); when {@code action} is given, the
     * decision creates it under its commitment, in the same transaction.
     */
    public Meeting decide(Actor actor, MeetingId id, long expectedVersion, String text, Optional<Action> action) {
        return change(actor, id, expectedVersion, "meeting.decide", current -> {
            Optional<ActionId> created = action.map(a -> {
                if (!a.contract().equals(current.contract())) {
                    throw new InvalidInputException(Problem.error("meeting.decision.other-contract", "decision" + ".action",
                            a.contract()));
                }
                return actionPlan.add(actor, a).id();
            });
            return current.withDecision(new MeetingDecision(text, created));
        });
    }

    /** A meeting, for anyone with a grant on its territory. */
    public Meeting find(Actor actor, MeetingId id) {
        Meeting meeting = meetings.find(id).orElseThrow(() -> notFound(id));
        acts.refuseUnless(AccessPolicy.readTerritory(actor, meeting.territory()), actor,
                Act.on("meeting.read", RECORD, id, meeting.territory()));
        return meeting;
    }

    /** A page of a contract's meetings, latest first. */
    public List<Meeting> list(Actor actor, ContractId contract, PageRequest page) {
        readable(actor, contract);
        return meetings.list(contract, page);
    }

    /** How many meetings a contract has. */
    public long count(Actor actor, ContractId contract) {
        readable(actor, contract);
        return meetings.count(contract);
    }

    /**
     * Were all signatories there? Each signatory partner of the contract must be recorded as
     * present or represented ({@link Attendance#attended()}).
     */
    public SignatoryAttendance signatoriesThere(Actor actor, MeetingId id) {
        Meeting meeting = find(actor, id);
        List<PartnerId> required = signatories.of(meeting.contract()).stream().map(SignatoryPartner::partner).toList();
        return new SignatoryAttendance(required, meeting.missing(required));
    }

    /**
     * The meeting's invitation in {@code locale} (French, or English): an email's subject and
     * body, and the iCalendar file, with the times local to the territory.
     */
    public Invitation invitation(Actor actor, MeetingId id, Locale locale) {
        Meeting meeting = find(actor, id);
        Contract contract = scope.contract(meeting.contract());
        ZoneId zone = scope.zone(meeting.territory());
        Messages messages = Messages.of(locale);
        Locale language = messages.locale();
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(language);
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(language);
        String kind = messages.text("meeting.kind." + meeting.kind().name(), List.of());
        String date = day.format(meeting.start());
        String end = meeting.end().toLocalDate().equals(meeting.start().toLocalDate()) ? time.format(meeting.end())
                : day.format(meeting.end()) + " " + time.format(meeting.end());
        String place = meeting.place().orElseGet(() -> messages.text("meeting.place.unknown", List.of()));
        String agenda = meeting.agenda().isEmpty() ? messages.text("meeting.agenda.empty", List.of())
                : meeting.agenda().stream().map(item -> "– " + item).collect(Collectors.joining("\n"));
        List<String> names = new ArrayList<>();
        meeting.invitees().forEach(i -> partners.find(i.partner()).map(Partner::institution).flatMap(institutions::find)
                .map(Institution::name).ifPresent(names::add));
        meeting.guests().forEach(g -> institutions.find(g).map(Institution::name).ifPresent(names::add));
        String invited = names.isEmpty() ? messages.text("meeting.invited.none", List.of()) : String.join(", ", names);
        String subject = messages.text("meeting.invitation.subject", List.of(kind, meeting.title(), date));
        String body = messages.text("meeting.invitation.body", List.of(kind, meeting.title(), date,
                time.format(meeting.start()), end, place, agenda, invited, contract.title(),
                scope.territoryName(meeting.territory()), zone.getId()));
        return new Invitation(subject, body, calendar.ics(meeting, zone, meeting.title(), body, scope.clock().instant()));
    }

    private Meeting change(Actor actor, MeetingId id, long expectedVersion, String action, UnaryOperator<Meeting> change) {
        return acts.performOn(actor, () -> meetings.find(id).orElseThrow(() -> notFound(id)),
                current -> Act.on(action, RECORD, id, current.territory()),
                current -> AccessPolicy.changeTerritory(actor, current.territory()), current -> {
            Versions.expect(current.version(), expectedVersion, RECORD, id);
            Meeting stored = meetings.update(change.apply(current).entered());
            return stored;
        });
    }

    private void checkReferences(Meeting meeting) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < meeting.invitees().size(); i++) {
            scope.stranger(meeting.contract(), meeting.invitees().get(i).partner(), "meeting.invitees[" + i + "]")
                    .ifPresent(problems::add);
        }
        for (int i = 0; i < meeting.guests().size(); i++) {
            if (institutions.find(meeting.guests().get(i)).isEmpty()) {
                problems.add(Problem.error("meeting.guest.unknown", "meeting.guests[" + i + "]", meeting.guests().get(i)));
            }
        }
        for (int i = 0; i < meeting.decisions().size(); i++) {
            Optional<ActionId> action = meeting.decisions().get(i).action();
            if (action.isPresent() && actions.find(action.get()).filter(a -> a.contract().equals(meeting.contract())).isEmpty()) {
                problems.add(Problem.error("meeting.decision.action-unknown", "meeting.decisions[" + i + "].action",
                        action.get()));
            }
        }
        FollowUpScope.refuse(problems);
    }

    private Contract readable(Actor actor, ContractId id) {
        Contract contract = scope.contract(id);
        acts.refuseUnless(AccessPolicy.readTerritory(actor, contract.territory()), actor,
                Act.onTerritory("meeting.list", RECORD, contract.territory()));
        return contract;
    }

    private static NotFoundException notFound(MeetingId id) {
        return new NotFoundException(Problem.general("meeting.not-found", id));
    }
}
