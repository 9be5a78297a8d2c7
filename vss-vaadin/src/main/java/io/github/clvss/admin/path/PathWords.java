package io.github.clvss.admin.path;

import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.Grant;
import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.access.Role;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.path.Consent;
import io.github.clvss.core.path.Handover;
import io.github.clvss.core.path.HandoverStep;
import io.github.clvss.core.path.VictimPath;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * How the path screens and the printed path say things: dates in words in the territory's time,
 * each event of a path in a sentence, and which partners the signed-in person acts for.
 *
 * @param zone the territory's time zone
 * @param t the translation of a key with its arguments
 */
record PathWords(ZoneId zone, Texts t) {

    /** The translation of a key with its arguments (a component's {@code getTranslation}). */
    interface Texts {
        String get(String key, Object... arguments);
    }

    /** One dated event of a path, in a sentence. */
    record Event(Instant at, String text) {
    }

    /** Every partner the actor belongs to in the territory (most users belong to one). */
    static java.util.List<PartnerId> partnersOf(Actor actor, TerritoryId territory) {
        return actor.grants().stream().filter(g -> g.role() == Role.PARTNER && g.covers(territory))
                .map(Grant::partner).flatMap(Optional::stream).distinct().toList();
    }

    /**
     * A moment as the person reads it, in the territory's time: {@code 7 décembre 2026 à 10:52}
     * (the day written by the app's translations, as every date on screen).
     */
    String when(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        return t.get("path.when", local.toLocalDate(), local.toLocalTime().truncatedTo(ChronoUnit.MINUTES));
    }

    /** What a consent says, and for whom: {@code Accord donné — pour CIDFF}. */
    String consent(Consent consent, PartnerNames.Directory names) {
        return t.get("path.consent.line", t.get("path.consent.status." + consent.status().name()),
                consent.scope().partner().map(names::name).orElse(t.get("path.consent.scope.all")));
    }

    /** A handover's status in words. */
    String status(Handover handover) {
        return t.get("path.handover.status." + handover.status().name());
    }

    /** Every event of the path, oldest first: opened, each consent, each step of each handover, closed. */
    List<Event> timeline(VictimPath path, PartnerNames.Directory names) {
        List<Event> events = new ArrayList<>();
        events.add(new Event(path.openedAt(), t.get("path.event.opened", names.name(path.opener()))));
        for (Consent c : path.consents()) {
            events.add(new Event(c.at(), t.get("path.event.consent", consent(c, names), names.name(c.recordedFor()))));
        }
        for (Handover h : path.handovers()) {
            for (HandoverStep step : h.steps()) {
                events.add(new Event(step.at(), step(h, step, names)));
            }
            h.consentWithdrawn().ifPresent(at -> events.add(new Event(at, t.get("path.event.withdrawn", names.name(h.to())))));
        }
        path.closedAt().ifPresent(at -> events.add(new Event(at, t.get("path.event.closed"))));
        events.sort(Comparator.comparing(Event::at));
        return events;
    }

    private String step(Handover h, HandoverStep step, PartnerNames.Directory names) {
        String from = names.name(h.from());
        String to = names.name(h.to());
        return switch (step.status()) {
            case SENT -> h.override().map(o -> t.get("path.event.sent-override", from, to, o.legalBasis()))
                    .orElseGet(() -> t.get("path.event.sent", from, to));
            case RECEIVED -> t.get("path.event.received", to);
            case ACCEPTED -> t.get("path.event.accepted", to);
            case DECLINED -> t.get("path.event.declined", to,
                    h.declineReason().map(r -> t.get("path.decline." + r.name())).orElse(""));
            case REFERRED_ONWARD -> t.get("path.event.onward", to, h.onwardTo().map(names::name).orElse("—"));
            case CLOSED -> t.get("path.event.closed-handover", to,
                    h.outcome().map(o -> t.get("path.outcome." + o.name())).orElse(""));
        };
    }
}
