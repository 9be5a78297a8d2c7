package io.github.clvss.core.territory;

import io.github.clvss.core.shared.InvalidInputException;
import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.Problem;
import java.util.Optional;

/**
 * A SIREN: the 9-digit identifier of a legal person in the SIRENE register (INSEE), whose
 * last digit is a Luhn check digit. A commune's SIREN starts with 21 (Boulogne-Billancourt:
 * 219200128).
 *
 * @param value nine digits
 */
public record Siren(String value) {

    public Siren {
        problem(value, "siren").ifPresent(p -> {
            throw new InvalidInputException(p);
        });
    }

    /** Parses a SIREN; spaces between digit groups are accepted ({@code 219 200 128}). */
    public static Parsed<Siren> parse(String raw, String path) {
        String digits = raw.replaceAll("[\\s\\u00a0\\u202f]", "");
        return problem(digits, path).<Parsed<Siren>>map(Parsed::invalid)
                .orElseGet(() -> Parsed.valid(new Siren(digits)));
    }

    private static Optional<Problem> problem(String digits, String path) {
        if (!digits.matches("[0-9]{9}")) {
            return Optional.of(Problem.error("siren.format", path, digits));
        }
        if (!Luhn.valid(digits)) {
            return Optional.of(Problem.error("siren.checksum", path, digits));
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
