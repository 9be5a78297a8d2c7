package io.github.clvss.core.shared;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Turns {@link Problem} codes into text in one language. vss-core ships French (the default)
 * and English texts for all of its codes; a plug-in adds its own bundle with
 * {@link #withBundle(String, ClassLoader)}.
 *
 * <p>Bundles are {@code .properties} files read as UTF-8; the base file is French and
 * {@code _en} is English. Texts use {@link MessageFormat} placeholders ({@code {0}}, {@code {1}}).
 */
public final class Messages {

    /** French, the default language of vss. */
    public static final Locale FRENCH = Locale.FRENCH;

    private static final String CORE_BUNDLE = "io.github.clvss.core.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final List<ResourceBundle> bundles;

    private Messages(Locale locale, List<ResourceBundle> bundles) {
        this.locale = locale;
        this.bundles = List.copyOf(bundles);
    }

    /** vss-core's texts in {@code locale}; French for a language vss does not know. */
    public static Messages of(Locale locale) {
        Locale supported = supported(locale);
        return new Messages(supported, List.of(load(CORE_BUNDLE, supported, Messages.class.getClassLoader())));
    }

    /** The language vss answers in for {@code locale}: English or French. */
    public static Locale supported(Locale locale) {
        return "en".equals(locale.getLanguage()) ? Locale.ENGLISH : FRENCH;
    }

    /** These texts plus a plug-in's bundle, looked up first. */
    public Messages withBundle(String baseName, ClassLoader loader) {
        List<ResourceBundle> all = new ArrayList<>();
        all.add(load(baseName, locale, loader));
        all.addAll(bundles);
        return new Messages(locale, all);
    }

    /** The language of these texts. */
    public Locale locale() {
        return locale;
    }

    /** The text for a problem (without its path). */
    public String text(Problem problem) {
        return text(problem.code(), problem.arguments());
    }

    /**
     * The text for a problem, preceded by where it is: a JSON path as it is
     * ({@code $.territory.siren}), a CSV place in words ("ligne 3, colonne email").
     */
    public String describe(Problem problem) {
        return problem.path().map(path -> place(path) + " : " + text(problem)).orElseGet(() -> text(problem));
    }

    /**
     * The text for a problem as people read it on a screen: preceded by where it is when that
     * can be said in words (a CSV place, or a path whose every field has a name in
     * {@code path.field.*}: "circuit n° 2, conditions"), the text alone otherwise — never a
     * JSON path.
     */
    public String explain(Problem problem) {
        String colon = Locale.ENGLISH.equals(locale) ? ": " : " : ";
        return problem.path().flatMap(this::placeInWords).map(place -> place + colon + text(problem))
                .orElseGet(() -> text(problem));
    }

    /** A place in words, or nothing when one of its fields has no name. */
    private Optional<String> placeInWords(String path) {
        if (CSV_PLACE.matcher(path).matches()) {
            return Optional.of(place(path));
        }
        String rest = path.startsWith("$.") ? path.substring(2) : path.startsWith("$") ? path.substring(1) : path;
        if (rest.isEmpty()) {
            return Optional.empty();
        }
        List<String> words = new ArrayList<>();
        for (String segment : rest.split("\\.")) {
            java.util.regex.Matcher indexed = INDEXED.matcher(segment);
            if (!indexed.matches()) {
                return Optional.empty();
            }
            Optional<String> name = pattern("path.field." + indexed.group(1));
            if (name.isEmpty()) {
                return Optional.empty();
            }
            words.add(indexed.group(2) == null ? name.get()
                    : text("path.field.indexed", List.of(name.get(), String.valueOf(Integer.parseInt(indexed.group(2)) + 1))));
        }
        return Optional.of(String.join(", ", words));
    }

    private static final java.util.regex.Pattern INDEXED = java.util.regex.Pattern.compile("([A-Za-z][\\w-]*)(?:\\[(\\d+)\\])?");

    /** Where a problem is, in words for CSV places ({@code L3:email}), as it is otherwise. */
    public String place(String path) {
        java.util.regex.Matcher csv = CSV_PLACE.matcher(path);
        if (!csv.matches()) {
            return path;
        }
        return csv.group(2) == null
                ? text("path.csv.line", List.of(csv.group(1)))
                : text("path.csv.cell", List.of(csv.group(1), csv.group(2)));
    }

    private static final java.util.regex.Pattern CSV_PLACE = java.util.regex.Pattern.compile("L(\\d+)(?::(.+))?");

    /**
     * The text for {@code code}; an unknown code gives the code itself followed by its
     * arguments, so that nothing is ever lost. An argument that is a date
     * ({@code 2026-10-05}) is written the way the language writes dates ("5 octobre 2026").
     */
    public String text(String code, List<String> arguments) {
        return pattern(code)
                .map(pattern -> new MessageFormat(pattern, locale).format(arguments.stream().map(this::dateInWords).toArray()))
                .orElseGet(() -> arguments.isEmpty() ? code : code + " " + arguments);
    }

    private static final java.util.regex.Pattern ISO_DATE = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private String dateInWords(String argument) {
        if (argument == null || !ISO_DATE.matcher(argument).matches()) {
            return argument;
        }
        try {
            return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG).withLocale(locale)
                    .format(java.time.LocalDate.parse(argument));
        } catch (java.time.format.DateTimeParseException e) {
            return argument;
        }
    }

    /** Whether a text exists for {@code code}. */
    public boolean knows(String code) {
        return pattern(code).isPresent();
    }

    private Optional<String> pattern(String code) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(code)) {
                return Optional.of(bundle.getString(code));
            }
        }
        return Optional.empty();
    }

    private static ResourceBundle load(String baseName, Locale locale, ClassLoader loader) {
        try {
            Locale lookup = FRENCH.equals(locale) ? Locale.ROOT : locale;
            return ResourceBundle.getBundle(baseName, lookup, loader, NO_FALLBACK);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no message bundle " + baseName, e);
        }
    }
}
