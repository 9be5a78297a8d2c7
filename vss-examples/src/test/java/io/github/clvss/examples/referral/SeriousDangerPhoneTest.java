package io.github.clvss.examples.referral;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clvss.core.referral.Addressee;
import io.github.clvss.core.referral.Decision;
import io.github.clvss.core.referral.Facts;
import io.github.clvss.core.referral.Facts.AgeGroup;
import io.github.clvss.core.referral.Facts.Capacity;
import io.github.clvss.core.referral.Facts.Consent;
import io.github.clvss.core.referral.Facts.Recency;
import io.github.clvss.core.referral.Facts.Relation;
import io.github.clvss.core.referral.Facts.Violence;
import io.github.clvss.core.referral.Facts.Vulnerability;
import io.github.clvss.core.referral.Firing;
import io.github.clvss.core.referral.Referral;
import io.github.clvss.core.referral.RuleSet;
import io.github.clvss.core.referral.Situation;
import io.github.clvss.core.referral.Urgency;
import io.github.clvss.core.shared.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeriousDangerPhoneTest {

    private final RuleSet withPlugins = RuleSet.builder().discover(getClass().getClassLoader()).build();

    @Test
    void service_loader_finds_the_rule_and_the_version_names_it() {
        assertThat(withPlugins.rules()).hasAtLeastOneElementOfType(SeriousDangerPhone.class);
        assertThat(withPlugins.version()).endsWith("· example.serious-danger-phone 1");
    }

    @Test
    void an_adult_in_danger_from_a_partner_is_put_forward_for_a_serious_danger_phone() {
        Decision decision = withPlugins.decide(doctorFacing(AgeGroup.ADULT, true));

        assertThat(decision.referrals()).filteredOn(r -> r.target().equals("service:serious-danger-phone"))
                .extracting(Referral::urgency, Referral::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Urgency.WITHIN_24_HOURS, "example.serious-danger-phone"));
        assertThat(decision.trace()).extracting(Firing::rule).contains("example.serious-danger-phone");
    }

    @Test
    void it_does_not_apply_to_a_minor_nor_without_immediate_danger() {
        assertThat(withPlugins.decide(doctorFacing(AgeGroup.MINOR, true)).referrals()).extracting(Referral::target)
                .doesNotContain("service:serious-danger-phone");
        assertThat(withPlugins.decide(doctorFacing(AgeGroup.ADULT, false)).referrals()).extracting(Referral::target)
                .doesNotContain("service:serious-danger-phone");
    }

    @Test
    void the_legal_duties_of_the_french_rules_stay_whole() {
        Situation situation = doctorFacing(AgeGroup.ADULT, true);

        Decision french = RuleSet.french().decide(situation);
        Decision decision = withPlugins.decide(situation);

        assertThat(decision.reports()).isEqualTo(french.reports());
        assertThat(decision.report(Addressee.PROCUREUR, "art. 226-14 3°")).isPresent();
    }

    @Test
    void its_texts_exist_in_french_and_english() {
        for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            Messages messages = withPlugins.messages(locale);
            assertThat(messages.knows("example.serious-danger-phone")).isTrue();
            assertThat(messages.text("example.serious-danger-phone.reason", List.of()))
                    .contains(locale == Locale.FRENCH ? "Téléphone grave danger" : "Serious-danger phone");
        }
    }

    private static Situation doctorFacing(AgeGroup age, boolean danger) {
        return new Situation(age, Vulnerability.NONE, Relation.PARTNER, Set.of(Violence.PHYSICAL), Recency.WITHIN_MONTH,
                danger, true, false, false, false, Consent.REFUSED, Set.of(Capacity.HEALTH_PROFESSIONAL),
                Facts.Context.HEALTH_CARE);
    }
}
