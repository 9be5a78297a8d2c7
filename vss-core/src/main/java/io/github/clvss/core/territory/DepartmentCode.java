package io.github.clvss.core.territory;

import io.github.clvss.core.shared.InvalidInputException;
import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.Problem;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The code of a département (INSEE's official geographic code): {@code 01}–{@code 95} without
 * {@code 20}, Corsica's {@code 2A} and {@code 2B}, the overseas départements
 * {@code 971}–{@code 976}, and the overseas collectivities that INSEE numbers the same way
 * ({@code 975}, {@code 977}, {@code 978}, {@code 986}–{@code 988}).
 *
 * @param value the code, upper case
 */
public record DepartmentCode(String value) {

    /** The legal time of metropolitan France. */
    static final ZoneId METROPOLITAN_TIME = ZoneId.of("Europe/Paris");

    private static final Map<String, String> OVERSEAS_TIME_ZONES = Map.ofEntries(
            Map.entry("971", "America/Guadeloupe"),
            Map.entry("972", "America/Martinique"),
            Map.entry("973", "America/Cayenne"),
            Map.entry("974", "Indian/Reunion"),
            Map.entry("975", "America/Miquelon"),
            Map.entry("976", "Indian/Mayotte"),
            Map.entry("977", "America/St_Barthelemy"),
            Map.entry("978", "America/Marigot"),
            Map.entry("986", "Pacific/Wallis"),
            Map.entry("987", "Pacific/Tahiti"),
            Map.entry("988", "Pacific/Noumea"));

    public DepartmentCode {
        if (!known(value)) {
            throw new InvalidInputException(Problem.general("department.unknown", value));
        }
    }

    /** Parses a code; {@code 2a} is read as {@code 2A}, {@code 092} (ACTES' form) as {@code 92}. */
    public static Parsed<DepartmentCode> parse(String raw, String path) {
        String code = raw.strip().toUpperCase(Locale.ROOT);
        if (code.length() == 3 && code.startsWith("0")) {
            code = code.substring(1);
        }
        if (!known(code)) {
            return Parsed.invalid(Problem.error("department.unknown", path, raw));
        }
        return Parsed.valid(new DepartmentCode(code));
    }

    /** Whether the code is overseas (three characters). */
    public boolean isOverseas() {
        return value.length() == 3;
    }

    /** The legal time of most of the département: Europe/Paris in metropolitan France. */
    public ZoneId usualTimeZone() {
        return Optional.ofNullable(OVERSEAS_TIME_ZONES.get(value)).map(ZoneId::of).orElse(METROPOLITAN_TIME);
    }

    /** The three-character form used in ACTES identifiers: {@code 092}, {@code 02A}, {@code 974}. */
    public String threeCharacters() {
        return isOverseas() ? value : "0" + value;
    }

    private static boolean known(String code) {
        if (code.matches("[0-9]{2}")) {
            int number = Integer.parseInt(code);
            return number >= 1 && number <= 95 && number != 20;
        }
        return code.equals("2A") || code.equals("2B") || OVERSEAS_TIME_ZONES.containsKey(code);
    }

    @Override
    public String toString() {
        return value;
    }
}
