package io.github.clvss.core.territory;

import io.github.clvss.core.shared.InvalidInputException;
import io.github.clvss.core.shared.Problem;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What is known of a territory, checked as a whole: a commune has an INSEE code in its
 * département; an EPCI or a département has none; a SIRET belongs to the SIREN.
 *
 * @param kind commune, EPCI or département
 * @param name official name, e.g. {@code Boulogne-Billancourt}
 * @param inseeCode the commune's INSEE code; only for a commune
 * @param department the département it is in (or is)
 * @param siren the authority's SIREN
 * @param siret the authority's main establishment, when known
 * @param population the legal population and its year, when known
 * @param timeZone the legal time of the territory (overseas towns are not on Europe/Paris)
 */
public record TerritoryFacts(
        TerritoryKind kind,
        String name,
        Optional<InseeCode> inseeCode,
        DepartmentCode department,
        Siren siren,
        Optional<Siret> siret,
        Optional<Population> population,
        ZoneId timeZone) {

    /** Longest accepted name. */
    public static final int NAME_MAX = 200;

    public TerritoryFacts {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(inseeCode, "inseeCode");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(siren, "siren");
        Objects.requireNonNull(siret, "siret");
        Objects.requireNonNull(population, "population");
        Objects.requireNonNull(timeZone, "timeZone");
        List<Problem> problems = inconsistencies(kind, name, inseeCode, department, siren, siret, "territory");
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /**
     * Today in the territory: the local date in its legal time ({@link #timeZone()}: Europe/Paris
     * in metropolitan France, the overseas zones elsewhere) at {@code clock}'s instant. The one
     * place vss turns an instant into the territory's date.
     */
    public LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), timeZone);
    }

    /**
     * The rules that tie the facts together, each problem pointing at {@code path} plus the
     * field's name (for a file: {@code $.territory}).
     */
    public static List<Problem> inconsistencies(TerritoryKind kind, String name, Optional<InseeCode> inseeCode,
            DepartmentCode department, Siren siren, Optional<Siret> siret, String path) {
        List<Problem> problems = new ArrayList<>();
        if (name.isBlank() || name.length() > NAME_MAX || !name.strip().equals(name)) {
            problems.add(Problem.error("territory.name.invalid", path + ".name", NAME_MAX));
        }
        if (kind == TerritoryKind.COMMUNE && inseeCode.isEmpty()) {
            problems.add(Problem.error("territory.insee.required", path + ".inseeCode"));
        }
        if (kind != TerritoryKind.COMMUNE && inseeCode.isPresent()) {
            problems.add(Problem.error("territory.insee.commune-only", path + ".inseeCode", kind));
        }
        inseeCode.filter(code -> !code.department().equals(department)).ifPresent(code -> problems.add(
                Problem.error("territory.insee.department", path + ".department", code, department)));
        siret.filter(s -> !s.siren().equals(siren)).ifPresent(s -> problems.add(
                Problem.error("territory.siret.siren", path + ".siret", s, siren)));
        return problems;
    }

    /**
     * Whether a commune's SIREN follows its INSEE code where the pattern allows: a commune's
     * SIREN is {@code 21}, the département on 3 digits ({@code 92} written {@code 920},
     * Corsica's {@code 2A}/{@code 2B} written {@code 200}, overseas {@code 974}), the commune's
     * number on 3 digits, then the Luhn key: 92012 → 219200128. Communes nouvelles and some merged communes were given another SIREN
     * ({@code 200…}), so a mismatch is a warning, never an error.
     *
     * @param path where the SIREN is, for the problem
     * @return a warning when the SIREN does not follow the pattern
     */
    public static Optional<Problem> sirenAgainstInsee(InseeCode insee, Siren siren, String path) {
        String expected = sirenPrefix(insee);
        return siren.value().startsWith(expected) ? Optional.empty()
                : Optional.of(Problem.warning("territory.siren.insee", path, siren.value(), insee.value(), expected));
    }

    /**
     * What is worth a second look in these facts without being wrong: today, a commune whose
     * SIREN does not follow its INSEE code ({@link #sirenAgainstInsee}). Registering or
     * correcting accepts facts with warnings; the caller shows them.
     *
     * @param path where these facts are, for the problems (e.g. {@code $.territory})
     * @return the warnings, none when every check passes
     */
    public java.util.List<Problem> warnings(String path) {
        return inseeCode.flatMap(code -> sirenAgainstInsee(code, siren, path + ".siren")).stream().toList();
    }

    /**
     * The SIREN a commune usually has, derived from its INSEE code by the pattern
     * {@link #sirenAgainstInsee} checks, with its Luhn key: 92012 → 219200128. A guess to
     * prefill a form, to be checked against the public directory (communes nouvelles differ).
     */
    public static Siren usualSiren(InseeCode insee) {
        String prefix = sirenPrefix(insee);
        for (int key = 0; key < 10; key++) {
            if (Luhn.valid(prefix + key)) {
                return new Siren(prefix + key);
            }
        }
        throw new IllegalStateException("no Luhn key for " + prefix);
    }

    private static String sirenPrefix(InseeCode insee) {
        String code = insee.value();
        if (code.startsWith("2A") || code.startsWith("2B")) {
            return "21200" + code.substring(2);
        } else if (code.startsWith("97") || code.startsWith("98")) {
            return "21" + code.substring(0, 3) + "0" + code.substring(3);
        }
        return "21" + code.substring(0, 2) + "0" + code.substring(2);
    }
}
