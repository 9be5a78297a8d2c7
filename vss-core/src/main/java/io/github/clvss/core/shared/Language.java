package io.github.clvss.core.shared;

import java.util.Locale;

/** The languages vss speaks: French first, English second. */
public enum Language {
    /** Français, the default. */
    FR(Locale.FRENCH),
    /** English. */
    EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /** The locale to format texts with. */
    public Locale locale() {
        return locale;
    }

    /** The language for a locale: English for English, French for anything else. */
    public static Language of(Locale locale) {
        return "en".equals(locale.getLanguage()) ? EN : FR;
    }
}
