package io.github.clvss.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.communication.Campaign;
import io.github.clvss.core.communication.CampaignAudience;
import io.github.clvss.core.communication.CampaignId;
import io.github.clvss.core.communication.CampaignStatus;
import io.github.clvss.core.communication.Channel;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.shared.Provenance;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A campaign's days are calendar dates: whatever zone the server's JVM runs in, the feed says
 * 18 to 25 November for a campaign from 18 to 25 November (the DTEND of an all-day event is the
 * day after its last day, RFC 5545).
 */
class CalendarFeedTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T10:00:00Z"), ZoneOffset.UTC);
    private final TimeZone serverZone = TimeZone.getDefault();

    @AfterEach
    void restoreServerZone() {
        TimeZone.setDefault(serverZone);
    }

    @ParameterizedTest(name = "JVM in {0}")
    @ValueSource(strings = {"UTC", "Europe/Paris", "Pacific/Noumea", "America/Los_Angeles"})
    void an_all_day_campaign_keeps_its_dates_whatever_the_servers_zone(String jvmZone) {
        TimeZone.setDefault(TimeZone.getTimeZone(jvmZone));

        String paris = CalendarFeed.ics("Boulogne-Billancourt", List.of(campaign()), ZoneId.of("Europe/Paris"));
        String noumea = CalendarFeed.ics("Nouméa", List.of(campaign()), ZoneId.of("Pacific/Noumea"));

        for (String ics : List.of(paris, noumea)) {
            assertThat(ics).contains("DTSTART;VALUE=DATE:20261118", "DTEND;VALUE=DATE:20261126")
                    .doesNotContain("DTSTART;VALUE=DATE:20261117", "DTSTART;VALUE=DATE:20261119");
        }
    }

    private static Campaign campaign() {
        return new Campaign(CampaignId.next(CLOCK), 0, TerritoryId.next(CLOCK), ContractId.next(CLOCK), Optional.empty(),
                "Journée internationale pour l'élimination de la violence à l'égard des femmes",
                Set.of(CampaignAudience.GENERAL_PUBLIC), Set.of(Channel.WEBSITE), LocalDate.of(2026, 11, 18),
                Optional.of(LocalDate.of(2026, 11, 25)), Optional.empty(), CampaignStatus.PLANNED, Optional.empty(),
                Provenance.ENTERED);
    }
}
