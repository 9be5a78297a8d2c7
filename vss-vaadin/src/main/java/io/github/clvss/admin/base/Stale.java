package io.github.clvss.admin.base;

import com.vaadin.flow.component.html.Span;
import io.github.clvss.core.shared.Verification;
import java.time.Clock;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** When a record was last checked, with a badge when that is longer ago than the installation allows. */
public final class Stale {

    private Stale() {
    }

    public static Span badge(Verification verified, Clock clock, Period validity, Locale locale, java.util.function.BiFunction<String, Object[], String> texts) {
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                .format(verified.at().atZone(ZoneId.of("Europe/Paris")));
        boolean stale = verified.isStale(clock, validity);
        Span badge = new Span(stale ? texts.apply("stale.badge", new Object[] {date}) : texts.apply("stale.fresh", new Object[] {date}));
        badge.getElement().getThemeList().add(stale ? "badge error" : "badge success");
        badge.addClassName(stale ? "vss-stale" : "vss-fresh");
        return badge;
    }
}
