package io.github.clvss.core.territory;

import io.github.clvss.core.shared.InvalidInputException;
import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.Problem;
import java.util.Optional;

/**
 * A SIRET: an establishment's 14 digits, its legal person's {@link Siren} followed by a
 * 5-digit establishment number (NIC), with a Luhn check digit over the whole. La Poste's
 * establishments (SIREN 356000000) are checked by INSEE's special rule instead: the sum of
 * the digits is a multiple of 5.
 *
 * @param value fourteen digits
 */
public record Siret(String value) {

    private static final String LA_POSTE = "356000000";

    public Siret {
        problem(value, "siret").ifPresent(p -> {
            throw new InvalidInputException(p);
        });
    }

    /** Parses a SIRET; spaces between digit groups are accepted. */
    public static Parsed<Siret> parse(String raw, String path) {
        String digits = raw.replaceAll("[\\s\\u00a0\\u202f]", "");
        return problem(digits, path).<Parsed<Siret>>map(Parsed::invalid)
                .orElseGet(() -> Parsed.valid(new Siret(digits)));
    }

    /** The legal person this establishment belongs to. */
    public Siren siren() {
        return new Siren(value.substring(0, 9));
    }

    private static Optional<Problem> problem(String digits, String path) {
        if (!digits.matches("[0-9]{14}")) {
            return Optional.of(Problem.error("siret.format", path, digits));
        }
        boolean laPoste = digits.startsWith(LA_POSTE);
        boolean valid = Luhn.valid(digits) || laPoste && digits.chars().map(c -> c - '0').sum() % 5 == 0;
        if (!valid) {
            return Optional.of(Problem.error("siret.checksum", path, digits));
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
