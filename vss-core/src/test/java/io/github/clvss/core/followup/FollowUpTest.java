package io.github.clvss.core.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import biweekly.Biweekly;
import biweekly.component.VEvent;
import io.github.clvss.core.Fixtures;
import io.github.clvss.core.Vss;
import io.github.clvss.core.access.AccessPolicy;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.Grant;
import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.account.Account;
import io.github.clvss.core.account.Login;
import io.github.clvss.core.contractfile.ContractFiles;
import io.github.clvss.core.contractfile.ImportMode;
import io.github.clvss.core.journal.JournalQuery;
import io.github.clvss.core.journal.Outcome;
import io.github.clvss.core.notification.Mail;
import io.github.clvss.core.notification.Notification;
import io.github.clvss.core.shared.AccessRefusedException;
import io.github.clvss.core.shared.EmailAddress;
import io.github.clvss.core.shared.InvalidInputException;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Provenance;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The follow-up services on the demo contract and its plausible first year, with a clock the test moves. */
class FollowUpTest {

    private static final PartnerId HOSPITAL = new PartnerId(java.util.UUID.fromString("018875f8-8024-7024-9e04-97cf65c3ef09"));
    private static final PartnerId POLICE = new PartnerId(java.util.UUID.fromString("018875f8-8022-7022-a195-a45c672ef6df"));
    private static final PartnerId PREFECTURE = new PartnerId(java.util.UUID.fromString("018875f8-801f-701f-86ef-372fe94f82a0"));

    private final MovingClock clock = new MovingClock(LocalDate.of(2024, 7, 1));
    private final Vss vss = Vss.inMemory(clock);
    private final Actor coordinator = Fixtures.coordinatorOf(DemoFollowUp.TERRITORY);
    private final Actor hospitalUser = Actor.user("hospital-user", Grant.partner(DemoFollowUp.TERRITORY, HOSPITAL));

    FollowUpTest() {
        // the demo file carries the first year of follow-up
        vss.contractFiles().importFile(Actor.system(), ContractFiles.demoFile(), ImportMode.CREATE, false);
    }

    @AfterEach
    void close() {
        vss.close();
    }

    @Test
    void the_demo_first_year_is_marked_demo_with_one_late_action_and_a_comite_all_signatories_attended() {
        List<Action> actions = vss.actions().list(coordinator, DemoFollowUp.CONTRACT, Optional.empty(), PageRequest.first(50));

        assertThat(actions).hasSize(6).allSatisfy(a -> assertThat(a.provenance()).isEqualTo(Provenance.DEMO));
        assertThat(actions).extracting(a -> vss.actions().state(a)).containsOnly(ActionState.DONE, ActionState.ABANDONED,
                ActionState.LATE, ActionState.PLANNED).filteredOn(s -> s == ActionState.DONE).hasSize(3);
        assertThat(vss.actions().late(coordinator, DemoFollowUp.CONTRACT, PageRequest.first(10)))
                .extracting(Action::id).containsExactly(DemoFollowUp.LATE_ACTION);
        assertThat(vss.actions().nextDeadlines(coordinator, DemoFollowUp.CONTRACT, PageRequest.first(10)))
                .extracting(Action::id).containsExactly(DemoFollowUp.DECIDED_ACTION);
        SignatoryAttendance there = vss.meetings().signatoriesThere(coordinator, DemoFollowUp.STEERING_COMMITTEE_2024);
        assertThat(there.signatories()).hasSize(8);
        assertThat(there.all()).isTrue();
        assertThat(vss.meetings().find(coordinator, DemoFollowUp.STEERING_COMMITTEE_2024).decisions())
                .extracting(MeetingDecision::action).contains(Optional.of(DemoFollowUp.DECIDED_ACTION));
        assertThat(vss.obligations().of(coordinator, DemoFollowUp.CONTRACT)).singleElement().satisfies(o -> {
            assertThat(o.commitment()).isEqualTo("1.1");
            assertThat(o.everyMonths()).isEqualTo(12);
            assertThat(o.provenance()).isEqualTo(Provenance.DEMO);
        });
        assertThat(vss.obligations().compliance(coordinator, DemoFollowUp.CONTRACT)).singleElement()
                .extracting(Compliance::status).isEqualTo(ComplianceStatus.MET);
    }

    @Test
    void a_daily_round_that_fails_after_telling_emails_nobody_and_the_next_round_tells_and_emails_once() {
        List<String> mails = new ArrayList<>();
        Mail recording = new Mail() {
            @Override
            public boolean isConfigured() {
                return true;
            }

            @Override
            public void send(EmailAddress to, String subject, String body) {
                mails.add(to.value() + ": " + subject);
            }
        };
        try (Vss mailing = Vss.builder().clock(clock).mail(recording).build()) {
            mailing.contractFiles().importFile(Actor.system(), ContractFiles.demoFile(), ImportMode.CREATE, false);
            Account coordination = mailing.accounts().open(Actor.system(), Account.open(clock, new Login("coordination"),
                    "Coordination CLSPD", Optional.of(new EmailAddress("clspd@ville.example")), Language.FR,
                    Set.of(Grant.coordinator(DemoFollowUp.TERRITORY))), Optional.empty());
            clock.set(LocalDate.of(2025, 7, 13));

            assertThatThrownBy(() -> mailing.scheduledWork().runAlone("obligation-reminders", () -> {
                assertThat(mailing.obligations().notifyOverdue(Actor.system(), DemoFollowUp.CONTRACT)).hasSize(1);
                throw new IllegalStateException("the round fails after telling");
            })).hasMessage("the round fails after telling");
            assertThat(mails).as("no email about a round rolled back").isEmpty();
            assertThat(mailing.notifier().unread(coordination.actor())).isZero();

            assertThat(mailing.scheduledWork().runAlone("obligation-reminders", () ->
                    assertThat(mailing.obligations().notifyOverdue(Actor.system(), DemoFollowUp.CONTRACT))
                            .as("the next round tells again what was rolled back").hasSize(1))).isTrue();
            assertThat(mails).singleElement().asString().startsWith("clspd@ville.example: ");
            assertThat(mailing.notifier().unread(coordination.actor())).isOne();
        }
    }

    @Test
    void thirteen_months_after_the_last_yearly_meeting_it_is_overdue_and_the_coordinators_are_told_once() {
        Account coordination = vss.accounts().open(Actor.system(), Account.open(clock, new Login("coordination"),
                "Coordination CLSPD", Optional.empty(), Language.FR, Set.of(Grant.coordinator(DemoFollowUp.TERRITORY))),
                Optional.empty());
        Account hospitalAccount = vss.accounts().open(Actor.system(), Account.open(clock, new Login("hopital"),
                "Hôpital", Optional.empty(), Language.FR, Set.of(Grant.partner(DemoFollowUp.TERRITORY, HOSPITAL))),
                Optional.empty());
        assertThat(vss.obligations().notifyOverdue(Actor.system(), DemoFollowUp.CONTRACT)).isEmpty();

        clock.set(LocalDate.of(2025, 7, 13));
        Compliance overdue = vss.obligations().compliance(coordinator, DemoFollowUp.CONTRACT).getFirst();
        List<Compliance> told = vss.obligations().notifyOverdue(Actor.system(), DemoFollowUp.CONTRACT);
        List<Compliance> toldAgain = vss.obligations().notifyOverdue(Actor.system(), DemoFollowUp.CONTRACT);

        assertThat(overdue.status()).isEqualTo(ComplianceStatus.OVERDUE);
        assertThat(overdue.lastFulfilled()).contains(LocalDate.of(2024, 6, 13));
        assertThat(overdue.due()).isEqualTo(LocalDate.of(2025, 6, 13));
        assertThat(told).extracting(Compliance::due).containsExactly(LocalDate.of(2025, 6, 13));
        assertThat(toldAgain).isEmpty();
        List<Notification> received = vss.notifier().mine(coordination.actor(), PageRequest.first(10));
        assertThat(received).singleElement().satisfies(n -> {
            assertThat(n.code()).isEqualTo("notification.obligation-overdue");
            assertThat(vss.messages(Locale.FRENCH).text(n.code() + ".body", n.arguments()))
                    .contains("L’engagement 1.1", "au moins tous les 12 mois", "le 13 juin 2025");
        });
        assertThat(vss.notifier().mine(hospitalAccount.actor(), PageRequest.first(10))).isEmpty();
    }

    @Test
    void a_new_meeting_of_all_signatories_meets_the_obligation_again_and_one_missing_a_signatory_does_not() {
        clock.set(LocalDate.of(2025, 7, 13));
        Meeting withoutPrefecture = heldMeeting(LocalDateTime.of(2025, 7, 1, 18, 0), PREFECTURE);
        assertThat(vss.meetings().signatoriesThere(coordinator, withoutPrefecture.id()).missing()).containsExactly(PREFECTURE);
        assertThat(vss.obligations().compliance(coordinator, DemoFollowUp.CONTRACT).getFirst().status())
                .isEqualTo(ComplianceStatus.OVERDUE);

        Meeting everyone = heldMeeting(LocalDateTime.of(2025, 7, 10, 18, 0), null);

        Compliance met = vss.obligations().compliance(coordinator, DemoFollowUp.CONTRACT).getFirst();
        assertThat(vss.meetings().signatoriesThere(coordinator, everyone.id()).all()).isTrue();
        assertThat(met.status()).isEqualTo(ComplianceStatus.MET);
        assertThat(met.lastFulfilled()).contains(LocalDate.of(2025, 7, 10));
        assertThat(met.due()).isEqualTo(LocalDate.of(2026, 7, 10));
        clock.set(LocalDate.of(2026, 6, 20));
        assertThat(vss.obligations().compliance(coordinator, DemoFollowUp.CONTRACT).getFirst().status())
                .isEqualTo(ComplianceStatus.DUE_SOON);
    }

    @Test
    void a_partner_user_updates_the_actions_their_partner_leads_and_nothing_else_every_attempt_journaled() {
        Action late = vss.actions().find(hospitalUser, DemoFollowUp.LATE_ACTION);
        Action decided = vss.actions().find(hospitalUser, DemoFollowUp.DECIDED_ACTION);

        Action done = vss.actions().changeStatus(hospitalUser, late.id(), late.version(), ActionStatus.DONE, Optional.empty());

        assertThat(done.status()).isEqualTo(ActionStatus.DONE);
        assertThat(done.progress()).isEqualTo(100);
        assertThat(vss.actions().countLate(coordinator, DemoFollowUp.CONTRACT)).isZero();
        assertThatThrownBy(() -> vss.actions().changeStatus(hospitalUser, decided.id(), decided.version(),
                ActionStatus.IN_PROGRESS, Optional.empty()))
                .isInstanceOfSatisfying(AccessRefusedException.class, e -> assertThat(e.problems())
                        .extracting(Problem::code).containsExactly(AccessPolicy.PARTNER_ONLY));
        assertThatThrownBy(() -> vss.actions().update(hospitalUser, withLead(done, POLICE)))
                .as("a partner cannot hand its action to another partner").isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> vss.actions().add(hospitalUser, Action.plan(clock, DemoFollowUp.TERRITORY,
                DemoFollowUp.CONTRACT, "1.3", "Nouvelle action", HOSPITAL, List.of(), Optional.empty(), Provenance.ENTERED)))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> vss.actions().changeStatus(Fixtures.observerOf(DemoFollowUp.TERRITORY), decided.id(),
                decided.version(), ActionStatus.IN_PROGRESS, Optional.empty())).isInstanceOf(AccessRefusedException.class);
        assertThat(vss.auditTrail().find(Actor.system(), JournalQuery.territory(DemoFollowUp.TERRITORY)
                .withActor(hospitalUser.id()), PageRequest.first(20)))
                .extracting(e -> e.act().action() + ":" + e.outcome())
                .contains("action.change-status:DONE", "action.change-status:REFUSED", "action.update:REFUSED",
                        "action.add:REFUSED");
        assertThat(vss.actions().find(coordinator, decided.id()).version()).isEqualTo(decided.version());
    }

    @Test
    void the_history_tells_who_changed_what_and_when_with_the_values_before_and_after() {
        Action late = vss.actions().find(coordinator, DemoFollowUp.LATE_ACTION);
        clock.set(LocalDate.of(2024, 7, 15));
        Action moved = vss.actions().update(hospitalUser, new Action(late.id(), late.version(), late.territory(),
                late.contract(), late.commitment(), late.title(), late.lead(), late.contributors(),
                Optional.of(LocalDate.of(2024, 9, 30)), late.status(), Optional.empty(), 80, late.evidence(),
                late.provenance()));
        clock.set(LocalDate.of(2024, 8, 1));
        vss.actions().changeStatus(coordinator, late.id(), moved.version(), ActionStatus.ABANDONED,
                Optional.of("Reprise par le protocole départemental"));

        List<ActionChange> history = vss.actions().history(Fixtures.observerOf(DemoFollowUp.TERRITORY), late.id(),
                PageRequest.first(10));

        assertThat(history).extracting(ActionChange::sequence).containsExactly(1, 2, 3);
        assertThat(history.get(0).actor()).isEqualTo(Actor.SYSTEM_ID);
        assertThat(history.get(1).actor()).isEqualTo("hospital-user");
        assertThat(history.get(1).at()).isEqualTo(Instant.parse("2024-07-15T10:00:00Z"));
        assertThat(history.get(1).fields()).containsExactly(
                new FieldChange("deadline", Optional.of("2024-04-30"), Optional.of("2024-09-30")),
                new FieldChange("progress", Optional.of("60"), Optional.of("80")));
        assertThat(history.get(2).actor()).isEqualTo(coordinator.id());
        assertThat(history.get(2).fields()).extracting(FieldChange::field).containsExactly("status", "abandonReason");
        assertThat(vss.actions().history(coordinator, late.id(), PageRequest.first(2).next()))
                .extracting(ActionChange::sequence).containsExactly(3);
        assertThat(vss.actions().update(coordinator, vss.actions().find(coordinator, late.id())).version())
                .as("nothing changed, nothing written").isEqualTo(moved.version() + 1);
    }

    @Test
    void an_action_serves_a_commitment_of_the_current_text_and_only_the_contracts_partners() {
        Action stray = Action.plan(clock, DemoFollowUp.TERRITORY, DemoFollowUp.CONTRACT, "9.9", "Hors du contrat", HOSPITAL,
                List.of(PartnerId.next(clock)), Optional.empty(), Provenance.ENTERED);

        assertThatThrownBy(() -> vss.actions().add(coordinator, stray))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.code() + "@" + p.path().orElseThrow())
                        .containsExactly("followup.commitment.unknown@action.commitment",
                                "followup.partner.unknown@action.contributors[0]"));
        assertThat(vss.actions().count(coordinator, DemoFollowUp.CONTRACT, Optional.empty())).isEqualTo(6);
        assertThat(vss.actions().count(coordinator, DemoFollowUp.CONTRACT, Optional.of("1.3"))).isEqualTo(1);
    }

    @Test
    void a_decision_of_the_meeting_creates_its_action_under_a_commitment() {
        Meeting meeting = vss.meetings().find(coordinator, DemoFollowUp.STEERING_COMMITTEE_2024);
        Action training = Action.plan(clock, DemoFollowUp.TERRITORY, DemoFollowUp.CONTRACT, "obj-1",
                "Présenter le diagnostic partagé au CLSPD", PREFECTURE, List.of(), Optional.of(LocalDate.of(2024, 11, 30)),
                Provenance.ENTERED);

        Meeting decided = vss.meetings().decide(coordinator, meeting.id(), meeting.version(),
                "Présenter chaque année le diagnostic au CLSPD.", Optional.of(training));

        assertThat(decided.decisions()).last().isEqualTo(new MeetingDecision("Présenter chaque année le diagnostic au CLSPD.",
                Optional.of(training.id())));
        assertThat(vss.actions().find(coordinator, training.id()).commitment()).isEqualTo("obj-1");
        assertThatThrownBy(() -> vss.meetings().decide(hospitalUser, meeting.id(), decided.version(), "Rien", Optional.empty()))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void the_invitation_is_an_email_in_french_or_english_and_an_ics_at_18_00_paris_time() {
        Invitation french = vss.meetings().invitation(hospitalUser, DemoFollowUp.STEERING_COMMITTEE_2024, Locale.FRENCH);
        Invitation english = vss.meetings().invitation(coordinator, DemoFollowUp.STEERING_COMMITTEE_2024, Locale.ENGLISH);

        assertThat(french.subject()).isEqualTo("Comité de pilotage — Comité de pilotage 2024, jeudi 13 juin 2024");
        assertThat(french.body()).contains("de 18:00 à 20:00 (heure locale, Europe/Paris)",
                "Lieu : Hôtel de ville de Boulogne-Billancourt, salle du Conseil", "– Bilan de la première année du contrat",
                "Centre hospitalier Ambroise-Paré", "(Boulogne-Billancourt)");
        assertThat(english.subject()).startsWith("Steering committee — Comité de pilotage 2024, Thursday").contains("June 13");
        assertThat(english.body()).contains("Agenda:", "(local time, Europe/Paris)");
        VEvent event = Biweekly.parse(french.ics()).first().getEvents().getFirst();
        assertThat(french.ics()).contains("DTSTART;TZID=Europe/Paris:20240613T180000");
        assertThat(event.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2024-06-13T16:00:00Z"));
        assertThat(event.getUid().getValue()).isEqualTo(DemoFollowUp.STEERING_COMMITTEE_2024 + "@vss");
    }

    private Meeting heldMeeting(LocalDateTime start, PartnerId absent) {
        List<PartnerId> invited = vss.contractLifecycle().signatories(coordinator, DemoFollowUp.CONTRACT).stream()
                .map(s -> s.partner().partner()).toList();
        Meeting planned = vss.meetings().record(coordinator, Meeting.plan(clock, DemoFollowUp.TERRITORY, DemoFollowUp.CONTRACT,
                MeetingKind.STEERING_COMMITTEE, "Comité de pilotage " + start.getYear(), start, start.plusHours(2),
                Optional.empty(), List.of(), invited, List.of(), Provenance.ENTERED));
        Meeting held = planned;
        for (PartnerId partner : invited) {
            held = vss.meetings().recordAttendance(coordinator, held.id(), held.version(), partner,
                    partner.equals(absent) ? Attendance.EXCUSED : Attendance.REPRESENTED);
        }
        return held;
    }

    private static Action withLead(Action a, PartnerId lead) {
        return new Action(a.id(), a.version(), a.territory(), a.contract(), a.commitment(), a.title(), lead, List.of(),
                a.deadline(), a.status(), a.abandonReason(), a.progress(), a.evidence(), a.provenance());
    }

    /** A clock the test sets to a day (at 10:00 UTC, noon in Paris in summer). */
    private static final class MovingClock extends Clock {

        private Instant now;

        MovingClock(LocalDate day) {
            set(day);
        }

        void set(LocalDate day) {
            now = day.atTime(10, 0).toInstant(ZoneOffset.UTC);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            MovingClock moved = this;
            return new Clock() {
                @Override
                public ZoneId getZone() {
                    return zone;
                }

                @Override
                public Clock withZone(ZoneId other) {
                    return moved.withZone(other);
                }

                @Override
                public Instant instant() {
                    return moved.instant();
                }
            };
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
