package io.github.clvss.core.territory;

import io.github.clvss.core.shared.InvalidInputException;
import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.Problem;
import java.util.Locale;
import java.util.Optional;

/**
 * A commune's INSEE code (code officiel géographique), five characters: the département's
 * code then the commune's number in it — {@code 92012} Boulogne-Billancourt, {@code 2A004}
 * Ajaccio, {@code 97411} Saint-Denis (La Réunion).
 *
 * @param value the code, upper case
 */
public record InseeCode(String value) {

    public InseeCode {
        problem(value, "inseeCode").ifPresent(p -> {
            throw new InvalidInputException(p);
        });
    }

    /** Parses a code; {@code 2a004} is read as {@code 2A004}. */
    public static Parsed<InseeCode> parse(String raw, String path) {
        String code = raw.strip().toUpperCase(Locale.ROOT);
        return problem(code, path).<Parsed<InseeCode>>map(Parsed::invalid)
                .orElseGet(() -> Parsed.valid(new InseeCode(code)));
    }

    /** The département the commune is in. */
    public DepartmentCode department() {
        return new DepartmentCode(departmentPart(value));
    }

    private static String departmentPart(String code) {
        return code.startsWith("97") || code.startsWith("98") ? code.substring(0, 3) : code.substring(0, 2);
    }

    private static Optional<Problem> problem(String code, String path) {
        if (!code.matches("(?:[0-9]{2}|2[AB])[0-9]{3}")) {
            return Optional.of(Problem.error("insee.format", path, code));
        }
        if (!DepartmentCode.parse(departmentPart(code), path).isValid() || code.endsWith("000")) {
            return Optional.of(Problem.error("insee.unknown-department", path, code));
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
