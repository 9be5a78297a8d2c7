package io.github.clvss.core.calendar;

import static io.github.clvss.core.Fixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.util.ICalDate;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.followup.Meeting;
import io.github.clvss.core.followup.MeetingKind;
import io.github.clvss.core.shared.Provenance;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MeetingCalendarTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private final MeetingCalendar calendar = new MeetingCalendar();

    @Test
    void the_ics_parses_with_biweekly_and_carries_the_meeting_at_18_00_paris_time() {
        Meeting june = meeting(LocalDateTime.of(2024, 6, 13, 18, 0), LocalDateTime.of(2024, 6, 13, 20, 0));

        String ics = calendar.ics(june, PARIS, "Comité de pilotage 2024", "Ordre du jour : bilan", CLOCK.instant());
        ICalendar parsed = Biweekly.parse(ics).first();
        VEvent event = parsed.getEvents().getFirst();

        assertThat(ics).contains("DTSTART;TZID=Europe/Paris:20240613T180000", "DTEND;TZID=Europe/Paris:20240613T200000",
                "BEGIN:VTIMEZONE", "TZID:Europe/Paris");
        assertThat(event.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2024-06-13T16:00:00Z"));
        assertThat(event.getDateEnd().getValue().toInstant()).isEqualTo(Instant.parse("2024-06-13T18:00:00Z"));
        ICalDate start = event.getDateStart().getValue();
        assertThat(start.getRawComponents().getHour()).isEqualTo(18);
        assertThat(parsed.getTimezoneInfo().getTimezone(event.getDateStart()).getComponent().getTimezoneId().getValue())
                .isEqualTo("Europe/Paris");
        assertThat(event.getSummary().getValue()).isEqualTo("Comité de pilotage 2024");
        assertThat(event.getLocation().getValue()).isEqualTo("Hôtel de ville, salle du Conseil");
        assertThat(event.getDescription().getValue()).isEqualTo("Ordre du jour : bilan");
    }

    @Test
    void the_time_zone_definition_gives_winter_time_too() {
        Meeting december = meeting(LocalDateTime.of(2024, 12, 5, 18, 0), LocalDateTime.of(2024, 12, 5, 19, 30));

        ICalendar parsed = Biweekly.parse(calendar.ics(december, PARIS, "Comité", "", CLOCK.instant())).first();
        VTimezone zone = parsed.getTimezoneInfo().getComponents().iterator().next();

        assertThat(parsed.getEvents().getFirst().getDateStart().getValue().toInstant())
                .isEqualTo(Instant.parse("2024-12-05T17:00:00Z"));
        assertThat(zone.getDaylightSavingsTime()).singleElement().satisfies(summer -> {
            assertThat(summer.getTimezoneOffsetTo().getValue().getMillis()).isEqualTo(2 * 3_600_000L);
            assertThat(summer.getRecurrenceRule().getValue().getByMonth()).containsExactly(3);
            assertThat(summer.getRecurrenceRule().getValue().getByDay()).singleElement()
                    .satisfies(last -> assertThat(last.getNum()).isEqualTo(-1));
        });
        assertThat(zone.getStandardTimes()).singleElement().satisfies(winter -> {
            assertThat(winter.getTimezoneOffsetTo().getValue().getMillis()).isEqualTo(3_600_000L);
            assertThat(winter.getRecurrenceRule().getValue().getByMonth()).containsExactly(10);
        });
    }

    @Test
    void an_overseas_territory_gets_its_own_zone_not_paris() {
        ZoneId reunion = ZoneId.of("Indian/Reunion");
        Meeting june = meeting(LocalDateTime.of(2024, 6, 13, 18, 0), LocalDateTime.of(2024, 6, 13, 20, 0));

        String ics = calendar.ics(june, reunion, "Comité", "", CLOCK.instant());

        assertThat(ics).contains("DTSTART;TZID=Indian/Reunion:20240613T180000").doesNotContain("Europe/Paris");
        assertThat(Biweekly.parse(ics).first().getEvents().getFirst().getDateStart().getValue().toInstant())
                .isEqualTo(Instant.parse("2024-06-13T14:00:00Z"));
    }

    @Test
    void the_uid_stays_when_the_meeting_changes_and_its_sequence_follows_the_version() {
        Meeting first = meeting(LocalDateTime.of(2024, 6, 13, 18, 0), LocalDateTime.of(2024, 6, 13, 20, 0));
        Meeting moved = new Meeting(first.id(), 3, first.territory(), first.contract(), first.kind(), first.title(),
                LocalDateTime.of(2024, 6, 20, 18, 0), LocalDateTime.of(2024, 6, 20, 20, 0), first.place(), first.agenda(),
                first.invitees(), first.guests(), first.minutes(), first.decisions(), first.provenance());

        VEvent before = Biweekly.parse(calendar.ics(first, PARIS, "Comité", "", CLOCK.instant())).first().getEvents().getFirst();
        VEvent after = Biweekly.parse(calendar.ics(moved, PARIS, "Comité", "", CLOCK.instant())).first().getEvents().getFirst();

        assertThat(after.getUid().getValue()).isEqualTo(before.getUid().getValue()).isEqualTo(first.id() + "@vss");
        assertThat(after.getSequence().getValue()).isEqualTo(3);
        assertThat(after.getDateTimeStamp().getValue().toInstant()).isEqualTo(CLOCK.instant());
    }

    private static Meeting meeting(LocalDateTime start, LocalDateTime end) {
        return Meeting.plan(CLOCK, TerritoryId.next(CLOCK), ContractId.next(CLOCK), MeetingKind.STEERING_COMMITTEE,
                "Comité de pilotage", start, end, Optional.of("Hôtel de ville, salle du Conseil"), List.of("Bilan"), List.of(),
                List.of(), Provenance.ENTERED);
    }
}
