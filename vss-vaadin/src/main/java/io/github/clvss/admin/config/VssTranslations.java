package io.github.clvss.admin.config;

import com.vaadin.flow.i18n.I18NProvider;
import io.github.clvss.core.shared.Messages;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * Every text of the screens, by key: French by default ({@code vaadin-i18n/translations.properties}),
 * English second ({@code translations_en.properties}). A key the screens do not know is looked
 * up among vss-core's problem codes, so a refusal reads the same everywhere.
 */
@Component
public class VssTranslations implements I18NProvider {

    private static final List<Locale> LOCALES = List.of(Locale.FRENCH, Locale.ENGLISH);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale language = Messages.supported(locale);
        ResourceBundle bundle = ResourceBundle.getBundle("vaadin-i18n.translations",
                language.equals(Locale.FRENCH) ? Locale.ROOT : language, VssTranslations.class.getClassLoader(), NO_FALLBACK);
        try {
            return new MessageFormat(bundle.getString(key), language).format(readable(params, language));
        } catch (MissingResourceException e) {
            Messages messages = Messages.of(language);
            if (messages.knows(key)) {
                return messages.text(key, java.util.Arrays.stream(readable(params, language)).map(String::valueOf).toList());
            }
            return "!" + key;
        }
    }

    /**
     * The arguments as people read them: a date the way the language writes it ("5 octobre 2026",
     * never 2026-10-05), a year without a thousands separator (never "2 023").
     */
    private static Object[] readable(Object[] params, Locale language) {
        Object[] readable = params.clone();
        for (int i = 0; i < readable.length; i++) {
            if (readable[i] instanceof java.time.LocalDate date) {
                readable[i] = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                        .withLocale(language).format(date);
            } else if (readable[i] instanceof java.time.Year year) {
                readable[i] = year.toString();
            }
        }
        return readable;
    }
}
