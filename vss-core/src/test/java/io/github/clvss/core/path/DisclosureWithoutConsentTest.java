package io.github.clvss.core.path;

import static io.github.clvss.core.Fixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.Grant;
import io.github.clvss.core.journal.JournalEntry;
import io.github.clvss.core.journal.JournalQuery;
import io.github.clvss.core.journal.Outcome;
import io.github.clvss.core.shared.AccessRefusedException;
import io.github.clvss.core.shared.PageRequest;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Check (4) of issue 15's fifteen: a path is never disclosed to a partner without the person's
 * consent covering that partner, unless a legal exception the path's decision names is given —
 * then it goes out as an override journaled with its rule; a withdrawn consent blocks every
 * further handover. Each refusal is journaled and leaves nothing sent, nobody notified.
 */
class DisclosureWithoutConsentTest {

    private final Vss vss = Vss.inMemory(CLOCK);
    private final PathFixture f = new PathFixture(vss);

    @AfterEach
    void close() {
        vss.close();
    }

    @Test
    void a_handover_with_no_consent_recorded_is_refused_journaled_and_nothing_is_sent() {
        VictimPath path = f.open(PathFixture.lifeInDanger());

        assertThatThrownBy(() -> vss.paths().handOver(f.hospitalUser, path.id(), f.cidff, Optional.empty()))
                .isInstanceOfSatisfying(AccessRefusedException.class, e -> assertThat(e.problems().getFirst().code())
                        .isEqualTo("path.consent.missing"));

        assertNothingSent(path);
        assertThat(entries("path.handover.send", Outcome.REFUSED)).extracting(e -> e.reason().orElseThrow())
                .containsExactly("path.consent.missing");
    }

    @Test
    void a_consent_for_one_partner_does_not_cover_another() {
        VictimPath path = f.open(PathFixture.noDanger());
        vss.paths().recordConsent(f.hospitalUser, path.id(), ConsentStatus.GIVEN, ConsentScope.handoverTo(f.police));

        assertThatThrownBy(() -> vss.paths().handOver(f.hospitalUser, path.id(), f.cidff, Optional.empty()))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(vss.paths().handOver(f.hospitalUser, path.id(), f.police, Optional.empty()).to()).isEqualTo(f.police);
    }

    @ParameterizedTest
    @EnumSource(value = ConsentStatus.class, names = {"REFUSED", "WITHDRAWN", "CANNOT_BE_EXPRESSED"})
    void only_a_consent_given_covers_a_handover(ConsentStatus answer) {
        VictimPath path = f.open(PathFixture.noDanger());
        vss.paths().recordConsent(f.hospitalUser, path.id(), answer, ConsentScope.handoverTo(f.cidff));

        assertThatThrownBy(() -> vss.paths().handOver(f.hospitalUser, path.id(), f.cidff, Optional.empty()))
                .isInstanceOf(AccessRefusedException.class);
        assertNothingSent(path);
    }

    @Test
    void a_legal_exception_the_decision_names_lets_it_go_as_an_override_journaled_with_its_rule_and_no_free_text() {
        VictimPath path = f.open(PathFixture.lifeInDanger());
        vss.paths().recordConsent(f.hospitalUser, path.id(), ConsentStatus.REFUSED, ConsentScope.anyHandover());
        String reason = "Danger de mort immédiat, sous emprise";

        Handover sent = vss.paths().handOver(f.hospitalUser, path.id(), f.police,
                Optional.of(new LegalException("fr.226-14-3", new PathNote(reason))));

        assertThat(sent.override().orElseThrow().reason().text()).isEqualTo(reason);
        List<JournalEntry> overrides = entries("path.handover.override", Outcome.DONE);
        assertThat(overrides).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo(f.hospitalUser.id());
            assertThat(e.reason()).contains("fr.226-14-3");
            assertThat(e.act().recordId()).contains(sent.id().toString());
        });
        assertThat(vss.auditTrail().find(Actor.system(), JournalQuery.territory(f.boulogne), PageRequest.first(500)))
                .allSatisfy(e -> assertThat(e.toString()).doesNotContain("emprise").doesNotContain(path.reference().value()));
    }

    @Test
    void an_exception_the_decision_does_not_name_or_a_rule_that_needs_consent_is_refused() {
        VictimPath path = f.open(PathFixture.lifeInDanger());
        String needsConsent = path.decision().reports().stream().filter(r -> r.consentNeeded()).map(r -> r.rule())
                .findFirst().orElse("fr.226-14-2");

        for (String rule : List.of("fr.434-3-invented", needsConsent)) {
            assertThatThrownBy(() -> vss.paths().handOver(f.hospitalUser, path.id(), f.police,
                    Optional.of(new LegalException(rule, new PathNote("Essai")))))
                    .isInstanceOfSatisfying(AccessRefusedException.class, e -> assertThat(e.problems().getFirst().code())
                            .isEqualTo("path.exception.not-in-decision"));
        }
        assertNothingSent(path);
        assertThat(entries("path.handover.override", Outcome.REFUSED)).hasSize(2);
    }

    @Test
    void only_a_user_of_the_sending_partner_may_override_consent() {
        VictimPath path = f.open(PathFixture.lifeInDanger());
        Actor coordinatorAndObserver = Actor.user("coordination", Grant.coordinator(f.boulogne));
        LegalException exception = new LegalException("fr.226-14-3", new PathNote("Danger de mort"));

        for (Actor actor : List.of(coordinatorAndObserver, f.cidffUser, f.ccasUser)) {
            assertThatThrownBy(() -> vss.paths().handOver(actor, path.id(), f.police, Optional.of(exception)))
                    .isInstanceOf(AccessRefusedException.class);
        }
        assertNothingSent(path);
    }

    @Test
    void a_withdrawn_consent_blocks_every_further_handover_and_marks_the_open_ones() {
        VictimPath path = f.open(PathFixture.noDanger());
        vss.paths().recordConsent(f.hospitalUser, path.id(), ConsentStatus.GIVEN, ConsentScope.anyHandover());
        Handover open = vss.paths().handOver(f.hospitalUser, path.id(), f.cidff, Optional.empty());

        vss.paths().recordConsent(f.hospitalUser, path.id(), ConsentStatus.WITHDRAWN, ConsentScope.anyHandover());

        assertThatThrownBy(() -> vss.paths().handOver(f.hospitalUser, path.id(), f.police, Optional.empty()))
                .isInstanceOfSatisfying(AccessRefusedException.class, e -> assertThat(e.problems().getFirst().code())
                        .isEqualTo("path.consent.withdrawn"));
        assertThatThrownBy(() -> vss.paths().referOnward(f.cidffUser, open.id(), f.police, Optional.empty()))
                .isInstanceOf(AccessRefusedException.class);
        VictimPath now = vss.paths().find(f.hospitalUser, path.id());
        assertThat(now.handovers()).singleElement().satisfies(h -> {
            assertThat(h.consentWithdrawn()).contains(CLOCK.instant());
            assertThat(h.status()).isEqualTo(HandoverStatus.SENT);
        });
        assertThat(vss.paths().inbox(f.cidffUser, f.boulogne, f.cidff, true, PageRequest.first(5)).getFirst()
                .consentWithdrawn()).isPresent();
        // the handover's notification, then the withdrawal's; nothing for the handovers refused
        assertThat(vss.notifier().mine(f.cidffUser, PageRequest.first(10))).extracting(n -> n.code())
                .containsExactlyInAnyOrder(PathRegister.CONSENT_WITHDRAWN, PathRegister.NOTIFICATION);
    }

    private void assertNothingSent(VictimPath path) {
        assertThat(vss.paths().find(f.hospitalUser, path.id()).handovers()).isEmpty();
        assertThat(vss.notifier().mine(f.cidffUser, PageRequest.first(10))).isEmpty();
    }

    private List<JournalEntry> entries(String action, Outcome outcome) {
        return vss.auditTrail().find(Actor.system(), JournalQuery.territory(f.boulogne).withAction(action).withOutcome(outcome),
                PageRequest.first(100));
    }
}
