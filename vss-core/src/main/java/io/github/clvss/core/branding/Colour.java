package io.github.clvss.core.branding;

import io.github.clvss.core.shared.InvalidInputException;
import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.Problem;
import java.util.Locale;
import java.util.Optional;

/**
 * A brand colour written {@code #rrggbb}. It is used for buttons, links and headers on a white
 * page, so it must contrast with white by at least 4.5:1 (WCAG 2.1 AA for text).
 *
 * @param hex the colour, lower case
 */
public record Colour(String hex) {

    /** The least contrast with white that text needs (WCAG 2.1 AA). */
    public static final double MIN_CONTRAST = 4.5;

    public Colour {
        problem(hex, "colour").ifPresent(p -> {
            throw new InvalidInputException(p);
        });
    }

    /** Parses {@code #rrggbb} (any case, {@code #} optional). */
    public static Parsed<Colour> parse(String raw, String path) {
        String text = raw.strip().toLowerCase(Locale.ROOT);
        String hex = text.startsWith("#") ? text : "#" + text;
        return problem(hex, path).<Parsed<Colour>>map(Parsed::invalid).orElseGet(() -> Parsed.valid(new Colour(hex)));
    }

    /** The contrast ratio of this colour with white, from 1 to 21. */
    public double contrastWithWhite() {
        return contrast(hex);
    }

    private static Optional<Problem> problem(String hex, String path) {
        if (!hex.matches("#[0-9a-f]{6}")) {
            return Optional.of(Problem.error("colour.format", path, hex));
        }
        double ratio = contrast(hex);
        if (ratio < MIN_CONTRAST) {
            return Optional.of(Problem.error("colour.contrast", path, hex, String.format(Locale.ROOT, "%.1f", ratio)));
        }
        return Optional.empty();
    }

    private static double contrast(String hex) {
        double luminance = 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
        return 1.05 / (luminance + 0.05);
    }

    private static double channel(String hex, int start) {
        double value = Integer.parseInt(hex.substring(start, start + 2), 16) / 255.0;
        return value <= 0.04045 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
    }
}
