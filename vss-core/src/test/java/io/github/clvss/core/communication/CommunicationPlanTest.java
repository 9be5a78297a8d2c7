package io.github.clvss.core.communication;

import static io.github.clvss.core.Fixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import biweekly.Biweekly;
import biweekly.ICalendar;
import io.github.clvss.core.DemoTerritory;
import io.github.clvss.core.Fixtures;
import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.calendar.CalendarFeed;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.shared.AccessRefusedException;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Provenance;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CommunicationPlanTest {

    private final DemoTerritory demo = DemoTerritory.load();
    private final Vss vss = demo.vss();
    private final TerritoryId boulogne = demo.territory();
    private final Contract contract = demo.contract();

    @AfterEach
    void close() {
        vss.close();
    }

    @Test
    void the_demo_plan_lists_its_campaigns_by_period_and_proposes_the_key_dates_it_does_not_mark() {
        List<Campaign> november = vss.communication().between(Fixtures.observerOf(boulogne), contract.id(),
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), PageRequest.first(20));

        assertThat(november).extracting(Campaign::title).contains("Affichage du 3919 chez les commerçants (démo)",
                "Interventions dans les collèges (démo)");
        assertThat(vss.communication().unmarkedKeyDates(Actor.system(), contract.id(), Year.of(2026)))
                .extracting(KeyDate::code).containsExactly("keydate.march-8");
        assertThat(vss.communication().unmarkedKeyDates(Actor.system(), contract.id(), Year.of(2027))).extracting(KeyDate::code)
                .containsExactly("keydate.november-25");
    }

    @Test
    void the_coordinator_plans_and_an_observer_may_not() {
        Campaign campaign = new Campaign(CampaignId.next(CLOCK), 0, boulogne, contract.id(), Optional.empty(),
                "8 mars 2026", Set.of(CampaignAudience.GENERAL_PUBLIC), Set.of(Channel.WEBSITE), LocalDate.of(2026, 3, 8),
                Optional.empty(), Optional.empty(), CampaignStatus.PLANNED, Optional.empty(), Provenance.ENTERED);

        assertThatThrownBy(() -> vss.communication().plan(Fixtures.observerOf(boulogne), campaign))
                .isInstanceOf(AccessRefusedException.class);
        Campaign planned = vss.communication().plan(Fixtures.coordinatorOf(boulogne), campaign);
        Campaign done = vss.communication().update(Fixtures.coordinatorOf(boulogne), new Campaign(planned.id(), planned.version(),
                boulogne, contract.id(), Optional.empty(), planned.title(), planned.audiences(), planned.channels(),
                planned.start(), planned.end(), planned.owner(), CampaignStatus.DONE, Optional.of(1500L), Provenance.ENTERED));

        assertThat(done.peopleReached()).contains(1500L);
        assertThat(vss.communication().unmarkedKeyDates(Actor.system(), contract.id(), Year.of(2026))).isEmpty();
    }

    @Test
    void the_plan_as_an_icalendar_feed_parses_with_one_all_day_event_per_campaign() {
        List<Campaign> all = vss.communication().published(contract.id());

        String ics = CalendarFeed.ics("Boulogne-Billancourt", all, ZoneId.of("Europe/Paris"));
        List<ICalendar> parsed = Biweekly.parse(ics).all();

        assertThat(parsed).singleElement().satisfies(calendar -> {
            assertThat(calendar.getEvents()).hasSize(all.size()).hasSizeGreaterThanOrEqualTo(4);
            assertThat(calendar.getEvents()).extracting(e -> e.getSummary().getValue())
                    .contains("Interventions dans les collèges (démo)");
            assertThat(calendar.getEvents()).allSatisfy(e -> {
                assertThat(e.getUid().getValue()).endsWith("@vss");
                assertThat(e.getDateStart().getValue().hasTime()).isFalse();
            });
        });
    }
}
