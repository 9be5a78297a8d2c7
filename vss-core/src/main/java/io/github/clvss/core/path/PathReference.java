package io.github.clvss.core.path;

import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.Problem;
import java.util.Locale;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The reference of a path that a professional gives the person and the partners quote: nine
 * characters drawn at random (from a {@link java.security.SecureRandom}) from an alphabet without
 * look-alikes ({@value #ALPHABET}), so it can be read out on the phone, is not guessable (31⁹,
 * about 2.6 × 10¹³ references) and is derived from nothing about the person. Shown in three
 * groups ({@link #readable()}: {@code K7M-Q2X-9PA}); parsed with or without the dashes, in any case.
 *
 * @param value the nine characters, upper case, without dashes
 */
public record PathReference(String value) {

    /** The characters a reference is made of: no 0/O, 1/I/L. */
    public static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    /** How many characters a reference has. */
    public static final int LENGTH = 9;

    public PathReference {
        Objects.requireNonNull(value, "value");
        if (value.length() != LENGTH || !value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            throw new IllegalArgumentException("a path reference is " + LENGTH + " characters of " + ALPHABET);
        }
    }

    /** A new random reference. */
    public static PathReference random(RandomGenerator random) {
        StringBuilder out = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new PathReference(out.toString());
    }

    /** A reference as typed: with or without dashes or spaces, any case. */
    public static Parsed<PathReference> parse(String raw, String path) {
        String value = raw.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (value.length() != LENGTH || !value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Parsed.invalid(Problem.error("path.reference.format", path));
        }
        return Parsed.valid(new PathReference(value));
    }

    /** In three groups of three: {@code K7M-Q2X-9PA}. */
    public String readable() {
        return value.substring(0, 3) + "-" + value.substring(3, 6) + "-" + value.substring(6);
    }

    @Override
    public String toString() {
        return readable();
    }
}
