package io.github.clvss.core.path;

import static io.github.clvss.core.Fixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clvss.core.Fixtures;
import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.account.MovingClock;
import io.github.clvss.core.indicator.Figure;
import io.github.clvss.core.journal.JournalEntry;
import io.github.clvss.core.journal.JournalQuery;
import io.github.clvss.core.journal.Outcome;
import io.github.clvss.core.notification.Mail;
import io.github.clvss.core.shared.AccessRefusedException;
import io.github.clvss.core.shared.ConflictException;
import io.github.clvss.core.shared.EmailAddress;
import io.github.clvss.core.shared.Messages;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.VssException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PathRegisterTest {

    private final MovingClock clock = new MovingClock(CLOCK.instant());
    private final List<String> mails = new ArrayList<>();
    private final Vss vss = Vss.builder().clock(clock).mail(new Mail() {
        @Override
        public boolean isConfigured() {
            return true;
        }

        @Override
        public void send(EmailAddress to, String subject, String body) {
            mails.add(to.value() + "\n" + subject + "\n" + body);
        }
    }).build();
    private final PathFixture f = new PathFixture(vss);

    @AfterEach
    void close() {
        vss.close();
    }

    @Test
    void a_path_opened_from_a_situation_keeps_its_facts_and_decision_under_a_random_reference() {
        VictimPath path = f.open(PathFixture.lifeInDanger());
        VictimPath other = f.open(PathFixture.lifeInDanger());

        VictimPath read = vss.paths().find(f.hospitalUser, path.reference());

        assertThat(read).isEqualTo(path);
        assertThat(read.situation()).isEqualTo(PathFixture.lifeInDanger());
        assertThat(read.decision()).isEqualTo(vss.circuits().decide(f.boulogne, PathFixture.lifeInDanger()));
        assertThat(read.decision().ruleSetVersion()).isNotBlank();
        assertThat(read.opener()).isEqualTo(f.hospital);
        assertThat(read.openedBy()).isEqualTo("hospital-user");
        assertThat(path.reference()).isNotEqualTo(other.reference());
        assertThat(path.reference().value()).hasSize(9).matches("[" + PathReference.ALPHABET + "]+");
        assertThat(vss.paths().find(f.hospitalUser, PathReference.parse(path.reference().readable().toLowerCase(Locale.ROOT),
                "ref").asOptional().orElseThrow()).id()).isEqualTo(path.id());
        assertThat(journal("path.read")).extracting(JournalEntry::actor).containsExactly("hospital-user", "hospital-user");
    }

    @Test
    void a_path_keeps_the_decision_and_rule_set_version_it_was_opened_with_after_the_territorys_circuits_change() {
        VictimPath path = f.open(PathFixture.noDanger());
        var circuit = new io.github.clvss.core.referral.Circuit("cidff-couple",
                io.github.clvss.core.referral.CircuitCondition.ANY.violences(io.github.clvss.core.referral.Facts.Violence.PHYSICAL),
                "partner:" + f.cidff.value(), io.github.clvss.core.referral.Urgency.WITHIN_24_HOURS, "phone",
                "Permanence juridique du CIDFF");

        vss.circuits().define(f.coordinator, f.boulogne, circuit);

        var now = vss.circuits().decide(f.boulogne, PathFixture.noDanger());
        assertThat(now.ruleSetVersion()).isNotEqualTo(path.decision().ruleSetVersion());
        assertThat(now.referrals()).extracting(io.github.clvss.core.referral.Referral::target).contains("partner:" + f.cidff.value());
        VictimPath read = vss.paths().find(f.hospitalUser, path.id());
        assertThat(read.decision()).as("the advice as given, explainable later").isEqualTo(path.decision());
        assertThat(read.decision().ruleSetVersion()).contains("circuits 0");
        assertThat(read.decision().referrals()).extracting(io.github.clvss.core.referral.Referral::target)
                .doesNotContain("partner:" + f.cidff.value());
    }

    @Test
    void handed_over_to_two_partners_with_consent_for_one_only_the_second_is_refused_with_a_clear_message() {
        VictimPath path = f.open(PathFixture.lifeInDanger());
        vss.paths().recordConsent(f.hospitalUser, path.id(), ConsentStatus.GIVEN, ConsentScope.handoverTo(f.cidff));

        Handover toCidff = vss.paths().handOver(f.hospitalUser, path.id(), f.cidff, Optional.empty());

        assertThat(toCidff.status()).isEqualTo(HandoverStatus.SENT);
        assertThat(toCidff.overridden()).isFalse();
        assertThatThrownBy(() -> vss.paths().handOver(f.hospitalUser, path.id(), f.police, Optional.empty()))
                .isInstanceOfSatisfying(AccessRefusedException.class, e -> assertThat(
                        Messages.of(Locale.FRENCH).text(e.problems().getFirst()))
                        .startsWith("La personne n’a pas donné son accord pour que son parcours soit transmis à ce partenaire"));
        assertThat(vss.paths().find(f.hospitalUser, path.id()).handovers()).extracting(Handover::to).containsExactly(f.cidff);
        assertThat(refusals("path.handover.send")).extracting(e -> e.reason().orElseThrow())
                .containsExactly("path.consent.missing");
    }

    @Test
    void the_same_handover_on_a_legal_exception_the_decision_names_is_sent_and_journaled_as_an_override_with_its_rule() {
        VictimPath path = f.open(PathFixture.lifeInDanger());
        assertThat(path.legalExceptions()).extracting(r -> r.rule()).contains("fr.226-14-3");

        Handover toPolice = vss.paths().handOver(f.hospitalUser, path.id(), f.police, Optional.of(new LegalException(
                "fr.226-14-3", new PathNote("Danger immédiat pour sa vie et emprise : signalement au procureur"))));

        assertThat(toPolice.override()).hasValueSatisfying(o -> {
            assertThat(o.rule()).isEqualTo("fr.226-14-3");
            assertThat(o.legalBasis()).isEqualTo("art. 226-14 3° du code pénal");
            assertThat(o.reason().text()).startsWith("Danger immédiat");
            assertThat(o.by()).isEqualTo("hospital-user");
        });
        assertThat(journal("path.handover.override")).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo(Outcome.DONE);
            assertThat(e.reason()).contains("fr.226-14-3");
            assertThat(e.act().recordId()).contains(toPolice.id().toString());
        });
        assertThat(journal("path.handover.send")).isEmpty();
    }

    @Test
    void on_one_path_the_referral_without_consent_is_refused_then_sent_on_the_exception_named_and_journaled_as_an_override() {
        VictimPath path = f.open(PathFixture.lifeInDanger());
        vss.paths().recordConsent(f.hospitalUser, path.id(), ConsentStatus.GIVEN, ConsentScope.handoverTo(f.cidff));
        Handover toCidff = vss.paths().handOver(f.hospitalUser, path.id(), f.cidff, Optional.empty());

        assertThatThrownBy(() -> vss.paths().handOver(f.hospitalUser, path.id(), f.police, Optional.empty()))
                .isInstanceOfSatisfying(AccessRefusedException.class, e -> assertThat(Messages.of(Locale.ENGLISH)
                        .text(e.problems().getFirst())).startsWith("The person has not agreed"));
        Handover toPolice = vss.paths().handOver(f.hospitalUser, path.id(), f.police, Optional.of(new LegalException(
                "fr.226-14-3", new PathNote("Danger vital et emprise constatés"))));

        assertThat(toCidff.overridden()).isFalse();
        assertThat(toPolice.override()).hasValueSatisfying(o -> {
            assertThat(o.legalBasis()).isEqualTo("art. 226-14 3° du code pénal");
            assertThat(o.reason().text()).isEqualTo("Danger vital et emprise constatés");
        });
        assertThat(vss.paths().find(f.hospitalUser, path.id()).handovers()).extracting(Handover::to)
                .containsExactly(f.cidff, f.police);
        assertThat(refusals("path.handover.send")).singleElement()
                .satisfies(e -> assertThat(e.reason()).contains("path.consent.missing"));
        assertThat(journal("path.handover.send")).extracting(e -> e.act().recordId().orElseThrow())
                .containsExactly(toCidff.id().toString());
        assertThat(journal("path.handover.override")).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("hospital-user");
            assertThat(e.reason()).as("the ground, a code: the journal holds no free text").contains("fr.226-14-3");
            assertThat(e.act().recordId()).contains(toPolice.id().toString());
        });
    }

    @Test
    void a_legal_exception_the_decision_does_not_name_overrides_nothing() {
        VictimPath path = f.open(PathFixture.noDanger());
        assertThat(path.legalException("fr.226-14-3")).isEmpty();

        assertThatThrownBy(() -> vss.paths().handOver(f.hospitalUser, path.id(), f.police, Optional.of(new LegalException(
                "fr.226-14-3", new PathNote("Je pense que c’est grave")))))
                .isInstanceOfSatisfying(AccessRefusedException.class, e -> assertThat(e.problems().getFirst().code())
                        .isEqualTo("path.exception.not-in-decision"));
        assertThat(refusals("path.handover.override")).extracting(e -> e.reason().orElseThrow())
                .containsExactly("path.exception.not-in-decision");
        assertThat(vss.paths().find(f.hospitalUser, path.id()).handovers()).isEmpty();
    }

    @Test
    void a_partner_outside_the_path_a_coordinator_an_observer_and_the_administrator_are_refused_and_journaled() {
        VictimPath path = f.open(PathFixture.lifeInDanger());
        List<Actor> outsiders = List.of(f.ccasUser, f.coordinator, Fixtures.observerOf(f.boulogne), Actor.system(),
                Actor.user("nobody"));

        for (Actor outsider : outsiders) {
            assertThatThrownBy(() -> vss.paths().find(outsider, path.reference())).isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> vss.paths().find(outsider, path.id())).isInstanceOf(AccessRefusedException.class);
        }
        assertThatThrownBy(() -> vss.paths().handOver(f.ccasUser, path.id(), f.cidff, Optional.empty()))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> vss.paths().open(f.coordinator, f.boulogne, f.hospital, PathFixture.noDanger(),
                Optional.empty())).isInstanceOf(AccessRefusedException.class);

        assertThat(refusals("path.read")).extracting(JournalEntry::actor).containsExactlyInAnyOrder("ccas-user", "ccas-user",
                f.coordinator.id(), f.coordinator.id(), Fixtures.observerOf(f.boulogne).id(),
                Fixtures.observerOf(f.boulogne).id(), "system", "system", "nobody", "nobody");
        assertThat(refusals("path.read")).allSatisfy(e -> assertThat(e.act().territory()).contains(f.boulogne));
        assertThat(refusals("path.read")).filteredOn(e -> e.actor().equals("ccas-user"))
                .allSatisfy(e -> assertThat(e.reason()).contains("access.path.party-only"));
    }

    @Test
    void the_receiving_partner_is_notified_accepts_then_closes_with_an_outcome_and_the_opener_sees_each_step() {
        VictimPath path = f.open(PathFixture.lifeInDanger());
        vss.paths().recordConsent(f.hospitalUser, path.id(), ConsentStatus.GIVEN, ConsentScope.handoverTo(f.cidff));
        Handover sent = vss.paths().handOver(f.hospitalUser, path.id(), f.cidff, Optional.empty());

        assertThat(vss.notifier().mine(f.cidffUser, PageRequest.first(5))).extracting(n -> n.code())
                .containsExactly(PathRegister.NOTIFICATION);
        assertThat(vss.notifier().mine(f.cidffUser, PageRequest.first(5)).getFirst().arguments()).isEmpty();
        assertThat(mails).singleElement().satisfies(mail -> {
            assertThat(mail).startsWith("accueil@cidff.example");
            assertThat(mail).doesNotContain(path.reference().value()).doesNotContain(path.reference().readable())
                    .doesNotContain("urgences").doesNotContain("226-14");
        });
        assertThat(vss.paths().inbox(f.cidffUser, f.boulogne, f.cidff, true, PageRequest.first(10)))
                .extracting(Handover::id).containsExactly(sent.id());
        assertThat(vss.paths().countInbox(f.cidffUser, f.boulogne, f.cidff, true)).isEqualTo(1);

        clock.move(Duration.ofMinutes(30));
        vss.paths().receive(f.cidffUser, sent.id());
        clock.move(Duration.ofHours(2));
        Handover accepted = vss.paths().accept(f.cidffUser, sent.id());
        clock.move(Duration.ofDays(3));
        Handover closed = vss.paths().closeHandover(f.cidffUser, sent.id(), HandoverOutcome.SERVICE_PROVIDED);

        assertThat(accepted.timeToAcceptance()).contains(Duration.ofMinutes(150));
        assertThat(closed.outcome()).contains(HandoverOutcome.SERVICE_PROVIDED);
        Handover seen = vss.paths().find(f.hospitalUser, path.id()).handover(sent.id()).orElseThrow();
        assertThat(seen.steps()).extracting(HandoverStep::status).containsExactly(HandoverStatus.SENT, HandoverStatus.RECEIVED,
                HandoverStatus.ACCEPTED, HandoverStatus.CLOSED);
        assertThat(seen.steps()).extracting(HandoverStep::by).containsExactly("hospital-user", f.cidffUser.id(),
                f.cidffUser.id(), f.cidffUser.id());
        assertThat(seen.steps()).extracting(HandoverStep::at).isSorted().doesNotHaveDuplicates();
        assertThat(vss.paths().countInbox(f.cidffUser, f.boulogne, f.cidff, true)).isZero();
        // read-only once over: the receiving partner still reads it, changes nothing
        assertThat(vss.paths().find(f.cidffUser, path.reference()).id()).isEqualTo(path.id());
        assertThatThrownBy(() -> vss.paths().decline(f.cidffUser, sent.id(), DeclineReason.NO_CAPACITY))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> vss.paths().accept(f.hospitalUser, sent.id())).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void a_receiving_partner_sees_the_facts_and_its_own_handover_not_what_other_partners_received() {
        VictimPath path = f.open(PathFixture.lifeInDanger());
        vss.paths().recordConsent(f.hospitalUser, path.id(), ConsentStatus.GIVEN, ConsentScope.anyHandover());
        Handover toCidff = vss.paths().handOver(f.hospitalUser, path.id(), f.cidff, Optional.empty());
        vss.paths().handOver(f.hospitalUser, path.id(), f.police, Optional.empty());

        VictimPath seen = vss.paths().find(f.cidffUser, path.id());

        assertThat(seen.situation()).isEqualTo(path.situation());
        assertThat(seen.handovers()).extracting(Handover::id).containsExactly(toCidff.id());
        assertThat(vss.paths().find(f.hospitalUser, path.id()).handovers()).hasSize(2);
        assertThat(vss.paths().list(f.cidffUser, f.boulogne, f.cidff, PageRequest.first(10))).singleElement()
                .satisfies(p -> assertThat(p.handovers()).hasSize(1));
        assertThat(journal("path.read")).as("the CIDFF's find, then its list: each read of the path journaled")
                .filteredOn(e -> !e.actor().equals("hospital-user"))
                .extracting(e -> e.actor() + " " + e.act().recordId().orElseThrow())
                .containsExactly(f.cidffUser.id() + " " + path.id(), f.cidffUser.id() + " " + path.id());
        assertThat(vss.paths().count(f.hospitalUser, f.boulogne, f.hospital)).isEqualTo(1);
        assertThat(vss.paths().count(f.ccasUser, f.boulogne, f.ccas)).isZero();
        assertThatThrownBy(() -> vss.paths().list(f.ccasUser, f.boulogne, f.cidff, PageRequest.first(10)))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void a_withdrawn_consent_stops_further_handovers_at_once_and_marks_the_open_ones() {
        VictimPath path = f.open(PathFixture.noDanger());
        vss.paths().recordConsent(f.hospitalUser, path.id(), ConsentStatus.GIVEN, ConsentScope.anyHandover());
        Handover toCidff = vss.paths().handOver(f.hospitalUser, path.id(), f.cidff, Optional.empty());
        clock.move(Duration.ofHours(1));

        VictimPath withdrawn = vss.paths().recordConsent(f.cidffUser, path.id(), ConsentStatus.WITHDRAWN,
                ConsentScope.anyHandover());

        assertThat(withdrawn.handover(toCidff.id()).orElseThrow().consentWithdrawn()).contains(clock.instant());
        assertThat(withdrawn.consentCovers(f.police)).isFalse();
        assertThatThrownBy(() -> vss.paths().handOver(f.hospitalUser, path.id(), f.police, Optional.empty()))
                .isInstanceOfSatisfying(AccessRefusedException.class, e -> assertThat(e.problems().getFirst().code())
                        .isEqualTo("path.consent.withdrawn"));
        assertThatThrownBy(() -> vss.paths().referOnward(f.cidffUser, toCidff.id(), f.police, Optional.empty()))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(journal("path.consent.withdraw")).extracting(JournalEntry::actor).containsExactly(f.cidffUser.id());
        assertThat(vss.paths().find(f.hospitalUser, path.id()).consents()).extracting(Consent::status)
                .containsExactly(ConsentStatus.GIVEN, ConsentStatus.WITHDRAWN);
        // marked on both sides: the opener's page, the receiving partner's page and its inbox
        assertThat(vss.paths().find(f.hospitalUser, path.id()).handover(toCidff.id()).orElseThrow().consentWithdrawn())
                .isPresent();
        assertThat(vss.paths().find(f.cidffUser, path.id()).handover(toCidff.id()).orElseThrow().consentWithdrawn())
                .isPresent();
        assertThat(vss.paths().inbox(f.cidffUser, f.boulogne, f.cidff, true, PageRequest.first(5))).singleElement()
                .satisfies(h -> assertThat(h.consentWithdrawn()).contains(clock.instant()));
    }

    @Test
    void a_withdrawal_is_not_overridden_by_a_legal_exception_and_the_attempt_is_refused_and_journaled() {
        VictimPath path = f.open(PathFixture.lifeInDanger());
        assertThat(path.legalException("fr.226-14-3")).isPresent();
        vss.paths().recordConsent(f.hospitalUser, path.id(), ConsentStatus.GIVEN, ConsentScope.anyHandover());
        Handover toCidff = vss.paths().handOver(f.hospitalUser, path.id(), f.cidff, Optional.empty());
        vss.paths().recordConsent(f.hospitalUser, path.id(), ConsentStatus.WITHDRAWN, ConsentScope.anyHandover());
        LegalException exception = new LegalException("fr.226-14-3", new PathNote("Danger immédiat et emprise"));

        assertThatThrownBy(() -> vss.paths().handOver(f.hospitalUser, path.id(), f.police, Optional.of(exception)))
                .isInstanceOfSatisfying(AccessRefusedException.class, e -> {
                    assertThat(e.problems().getFirst().code()).isEqualTo("path.consent.withdrawn");
                    assertThat(Messages.of(Locale.FRENCH).text(e.problems().getFirst()))
                            .startsWith("La personne a retiré son accord").contains("même au titre d’une exception légale");
                });
        assertThatThrownBy(() -> vss.paths().referOnward(f.cidffUser, toCidff.id(), f.police, Optional.of(exception)))
                .isInstanceOfSatisfying(AccessRefusedException.class, e -> assertThat(e.problems().getFirst().code())
                        .isEqualTo("path.consent.withdrawn"));

        VictimPath now = vss.paths().find(f.hospitalUser, path.id());
        assertThat(now.handovers()).extracting(Handover::id).containsExactly(toCidff.id());
        assertThat(now.handover(toCidff.id()).orElseThrow().status()).isEqualTo(HandoverStatus.SENT);
        assertThat(refusals("path.handover.override")).extracting(e -> e.reason().orElseThrow())
                .containsExactly("path.consent.withdrawn", "path.consent.withdrawn");
        assertThat(journal("path.handover.override")).isEmpty();
        // a new answer decides again: consent given to the police after the withdrawal lets the path go to it
        vss.paths().recordConsent(f.hospitalUser, path.id(), ConsentStatus.GIVEN, ConsentScope.handoverTo(f.police));
        assertThat(vss.paths().handOver(f.hospitalUser, path.id(), f.police, Optional.empty()).overridden()).isFalse();
    }

    @Test
    void the_receiving_partner_is_told_of_a_withdrawal_in_the_app_and_by_a_mail_naming_nothing_of_the_person() {
        VictimPath path = f.open(PathFixture.lifeInDanger());
        vss.paths().recordConsent(f.hospitalUser, path.id(), ConsentStatus.GIVEN, ConsentScope.handoverTo(f.cidff));
        vss.paths().handOver(f.hospitalUser, path.id(), f.cidff, Optional.empty());
        mails.clear();

        vss.paths().recordConsent(f.hospitalUser, path.id(), ConsentStatus.WITHDRAWN, ConsentScope.handoverTo(f.cidff));
        vss.paths().recordConsent(f.hospitalUser, path.id(), ConsentStatus.WITHDRAWN, ConsentScope.anyHandover());

        assertThat(vss.notifier().mine(f.cidffUser, PageRequest.first(5))).extracting(n -> n.code())
                .as("once per handover marked").containsExactlyInAnyOrder(PathRegister.CONSENT_WITHDRAWN,
                        PathRegister.NOTIFICATION);
        assertThat(vss.notifier().mine(f.cidffUser, PageRequest.first(5)).getFirst().arguments()).isEmpty();
        assertThat(mails).singleElement().satisfies(mail -> {
            assertThat(mail).startsWith("accueil@cidff.example").contains("retiré son accord");
            assertThat(mail).doesNotContain(path.reference().value()).doesNotContain(path.reference().readable())
                    .doesNotContain("urgences").doesNotContain("226-14").doesNotContain("Ambroise");
        });
    }

    @Test
    void a_coordinator_reads_delays_and_statistics_but_a_path_only_as_the_user_of_a_party_and_an_observer_statistics_only() {
        VictimPath path = f.open(PathFixture.lifeInDanger());
        vss.paths().recordConsent(f.hospitalUser, path.id(), ConsentStatus.GIVEN, ConsentScope.handoverTo(f.cidff));
        vss.paths().handOver(f.hospitalUser, path.id(), f.cidff, Optional.empty());
        Actor observer = Fixtures.observerOf(f.boulogne);
        Actor administrator = Actor.user("platform-admin", io.github.clvss.core.access.Grant.platformAdministrator());
        Actor coordinatorAtTheHospital = Actor.user("coordination-hopital", io.github.clvss.core.access.Grant.coordinator(f.boulogne),
                io.github.clvss.core.access.Grant.partner(f.boulogne, f.hospital));

        assertThat(vss.paths().countLate(f.coordinator, f.boulogne)).isZero();
        assertThat(vss.paths().late(f.coordinator, f.boulogne, PageRequest.first(5))).isEmpty();
        assertThat(vss.paths().statistics(f.coordinator, f.boulogne, 2026).total()).isNotNull();
        assertThat(vss.paths().statistics(observer, f.boulogne, 2026).total()).isNotNull();
        assertThat(HandoverDelay.class.getRecordComponents()).extracting(c -> c.getName())
                .as("what the coordinator sees of a late handover: no reference, no fact")
                .containsExactly("handover", "from", "to", "status", "sentAt", "deadline");
        for (Actor noParty : List.of(f.coordinator, observer, administrator)) {
            assertThatThrownBy(() -> vss.paths().find(noParty, path.reference())).as(noParty.id())
                    .isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> vss.paths().list(noParty, f.boulogne, f.hospital, PageRequest.first(5))).as(noParty.id())
                    .isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> vss.paths().inbox(noParty, f.boulogne, f.cidff, false, PageRequest.first(5)))
                    .as(noParty.id()).isInstanceOf(AccessRefusedException.class);
        }
        for (Actor notCoordinator : List.of(observer, administrator, f.hospitalUser)) {
            assertThatThrownBy(() -> vss.paths().late(notCoordinator, f.boulogne, PageRequest.first(5))).as(notCoordinator.id())
                    .isInstanceOf(AccessRefusedException.class);
        }
        assertThat(refusals("path.read")).extracting(JournalEntry::actor).containsExactlyInAnyOrder(f.coordinator.id(),
                observer.id(), "platform-admin");

        VictimPath read = vss.paths().find(coordinatorAtTheHospital, path.reference());

        assertThat(read.situation()).isEqualTo(path.situation());
        assertThat(journal("path.read")).extracting(JournalEntry::actor).containsExactly("coordination-hopital");
    }

    @Test
    void a_handover_past_its_deadline_is_late_for_the_coordinator_who_sees_delays_and_no_facts() {
        VictimPath path = f.open(PathFixture.lifeInDanger());
        vss.paths().recordConsent(f.hospitalUser, path.id(), ConsentStatus.GIVEN, ConsentScope.handoverTo(f.cidff));
        Handover sent = vss.paths().handOver(f.hospitalUser, path.id(), f.cidff, Optional.empty());
        assertThat(sent.urgency()).isEqualTo(path.urgency());
        assertThat(sent.deadline()).isEqualTo(sent.sentAt().plus(Handover.timeFor(sent.urgency())));
        assertThat(vss.paths().countLate(f.coordinator, f.boulogne)).isZero();

        clock.move(Handover.timeFor(sent.urgency()).plusMinutes(1));

        assertThat(vss.paths().countLate(f.coordinator, f.boulogne)).isEqualTo(1);
        assertThat(vss.paths().late(f.coordinator, f.boulogne, PageRequest.first(10))).singleElement()
                .satisfies(d -> {
                    assertThat(d.handover()).isEqualTo(sent.id());
                    assertThat(d.to()).isEqualTo(f.cidff);
                    assertThat(d.deadline()).isEqualTo(sent.deadline());
                });
        assertThat(vss.paths().inbox(f.cidffUser, f.boulogne, f.cidff, true, PageRequest.first(1)).getFirst()
                .late(clock.instant())).isTrue();
        assertThatThrownBy(() -> vss.paths().countLate(f.cidffUser, f.boulogne)).isInstanceOf(AccessRefusedException.class);

        vss.paths().accept(f.cidffUser, sent.id());
        assertThat(vss.paths().countLate(f.coordinator, f.boulogne)).isZero();
    }

    @Test
    void declined_with_a_reason_or_referred_onward_a_handover_ends_and_the_path_closes_once_none_is_open() {
        VictimPath path = f.open(PathFixture.noDanger());
        vss.paths().recordConsent(f.hospitalUser, path.id(), ConsentStatus.GIVEN, ConsentScope.anyHandover());
        Handover toCidff = vss.paths().handOver(f.hospitalUser, path.id(), f.cidff, Optional.empty());
        Handover toPolice = vss.paths().handOver(f.hospitalUser, path.id(), f.police, Optional.empty());

        Handover declined = vss.paths().decline(f.policeUser, toPolice.id(), DeclineReason.OUTSIDE_REMIT);
        Handover onward = vss.paths().referOnward(f.cidffUser, toCidff.id(), f.ccas, Optional.empty());

        assertThat(declined.declineReason()).contains(DeclineReason.OUTSIDE_REMIT);
        assertThat(onward.from()).isEqualTo(f.cidff);
        assertThat(onward.to()).isEqualTo(f.ccas);
        VictimPath now = vss.paths().find(f.hospitalUser, path.id());
        assertThat(now.handover(toCidff.id()).orElseThrow().onwardTo()).contains(f.ccas);
        assertThatThrownBy(() -> vss.paths().close(f.hospitalUser, path.id())).isInstanceOf(ConflictException.class);

        vss.paths().decline(f.ccasUser, onward.id(), DeclineReason.PERSON_UNREACHABLE);
        VictimPath closed = vss.paths().close(f.hospitalUser, path.id());

        assertThat(closed.closedAt()).contains(clock.instant());
        assertThatThrownBy(() -> vss.paths().handOver(f.hospitalUser, path.id(), f.cidff, Optional.empty()))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void a_closed_path_is_purged_after_the_retention_period_and_the_statistics_do_not_change() {
        VictimPath path = f.open(PathFixture.noDanger());
        vss.paths().recordConsent(f.hospitalUser, path.id(), ConsentStatus.GIVEN, ConsentScope.anyHandover());
        Handover sent = vss.paths().handOver(f.hospitalUser, path.id(), f.cidff, Optional.empty());
        vss.paths().accept(f.cidffUser, sent.id());
        vss.paths().closeHandover(f.cidffUser, sent.id(), HandoverOutcome.PERSON_DID_NOT_COME);
        vss.paths().close(f.hospitalUser, path.id());
        int year = 2026;
        PathStatistics before = vss.paths().statistics(f.coordinator, f.boulogne, year);

        clock.move(Duration.ofDays(364));
        assertThat(vss.paths().purge(Actor.system())).isZero();
        clock.move(Duration.ofDays(2));
        assertThat(vss.paths().purge(Actor.system())).isEqualTo(1);

        assertThat(vss.paths().statistics(f.coordinator, f.boulogne, year)).isEqualTo(before);
        assertThat(journal("path.purge")).extracting(e -> e.act().recordId().orElseThrow()).containsExactly(path.id().toString());
        assertThatThrownBy(() -> vss.paths().find(f.hospitalUser, path.id())).isInstanceOf(VssException.class);
        assertThatThrownBy(() -> vss.paths().purge(f.coordinator)).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void the_retention_period_is_a_setting_and_must_be_positive() {
        assertThat(PathRegister.DEFAULT_RETENTION).isEqualTo(Period.ofMonths(12));
        assertThatThrownBy(() -> Vss.builder().pathRetention(Period.ZERO)).isInstanceOf(VssException.class);
        try (Vss shortly = Vss.builder().clock(clock).pathRetention(Period.ofMonths(6)).build()) {
            PathFixture g = new PathFixture(shortly);
            VictimPath path = g.open(PathFixture.noDanger());
            shortly.paths().close(g.hospitalUser, path.id());
            clock.move(Duration.ofDays(185));
            assertThat(shortly.paths().purge(Actor.system())).isEqualTo(1);
        }
    }

    @Test
    void the_statistics_count_handovers_by_partner_and_status_and_mask_small_counts() {
        for (int i = 0; i < 6; i++) {
            VictimPath path = f.open(PathFixture.noDanger());
            vss.paths().recordConsent(f.hospitalUser, path.id(), ConsentStatus.GIVEN, ConsentScope.anyHandover());
            Handover sent = vss.paths().handOver(f.hospitalUser, path.id(), f.cidff, Optional.empty());
            clock.move(Duration.ofHours(i + 1));
            vss.paths().accept(f.cidffUser, sent.id());
            if (i < 2) {
                Handover toPolice = vss.paths().handOver(f.hospitalUser, path.id(), f.police, Optional.empty());
                vss.paths().decline(f.policeUser, toPolice.id(), DeclineReason.NO_CAPACITY);
            }
        }

        PathStatistics stats = vss.paths().statistics(Fixtures.observerOf(f.boulogne), f.boulogne, 2026);

        assertThat(stats.threshold()).isEqualTo(5);
        assertThat(stats.byStatus().get(HandoverStatus.ACCEPTED)).isEqualTo(new Figure.Shown(BigDecimal.valueOf(6)));
        assertThat(stats.byStatus().get(HandoverStatus.DECLINED)).isEqualTo(new Figure.Masked(Figure.Reason.BELOW_THRESHOLD));
        assertThat(stats.byStatus().get(HandoverStatus.SENT)).isEqualTo(new Figure.Shown(BigDecimal.ZERO));
        assertThat(stats.total().masked()).as("the total would give the 2 declined back").isTrue();
        assertThat(stats.declineReasons().get(DeclineReason.NO_CAPACITY).masked()).isTrue();
        assertThat(stats.declinedPercent().masked()).isTrue();
        assertThat(stats.byPartner()).extracting(PathStatistics.PartnerRow::partner).containsExactlyInAnyOrder(f.cidff, f.police);
        assertThat(stats.byPartner()).filteredOn(r -> r.partner().equals(f.cidff)).singleElement()
                .satisfies(r -> assertThat(r.byStatus().get(HandoverStatus.ACCEPTED))
                        .isEqualTo(new Figure.Shown(BigDecimal.valueOf(6))));
        assertThat(stats.medianHoursToAcceptance()).isEqualTo(new Figure.Shown(new BigDecimal("3.5")));
        assertThat(vss.paths().statistics(f.coordinator, f.boulogne, 2025).total()).isEqualTo(new Figure.Shown(BigDecimal.ZERO));
        assertThatThrownBy(() -> vss.paths().statistics(Actor.user("nobody"), f.boulogne, 2026))
                .isInstanceOf(AccessRefusedException.class);
    }

    private List<JournalEntry> journal(String action) {
        return vss.auditTrail().find(Actor.system(), JournalQuery.territory(f.boulogne).withAction(action)
                .withOutcome(Outcome.DONE), PageRequest.first(100)).reversed();
    }

    private List<JournalEntry> refusals(String action) {
        return vss.auditTrail().find(Actor.system(), JournalQuery.territory(f.boulogne).withAction(action)
                .withOutcome(Outcome.REFUSED), PageRequest.first(100)).reversed();
    }
}
