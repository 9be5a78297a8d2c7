package io.github.clvss.core.deliberation;

import io.github.clvss.core.shared.InvalidInputException;
import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Validation;
import io.github.clvss.core.territory.DepartmentCode;
import io.github.clvss.core.territory.Siren;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The identifier the State's @ctes system gives an act transmitted to the préfecture
 * (contrôle de légalité): {@code DDD-SIREN-YYYYMMDD-INTERNAL-NATURE[-T-N]}, e.g.
 * {@code 092-219200128-20230601-136597-DE-1-1}: the département on three characters, the
 * authority's SIREN, the date of the decision, the authority's own number for the act (1 to 15
 * characters {@code A-Z 0-9 _}), the nature of the act, and the type of the transmission
 * message ({@code 1-1}: the transmission of an act).
 *
 * @param department the département of the préfecture the act was sent to
 * @param siren the SIREN of the authority that decided
 * @param date the date of the decision (for a deliberation, the session's date)
 * @param internalNumber the authority's own number for the act
 * @param nature what kind of act it is
 * @param messageType the transmission message type ({@code 1-1}), when the identifier carries it
 */
public record ActesId(DepartmentCode department, Siren siren, LocalDate date, String internalNumber, Nature nature,
        Optional<String> messageType) {

    private static final Pattern INTERNAL = Pattern.compile("[A-Z0-9_]{1,15}");
    private static final Pattern MESSAGE_TYPE = Pattern.compile("[0-9]{1,2}-[0-9]{1,2}");
    private static final Pattern DATE = Pattern.compile("[0-9]{8}");

    /** The nature of an act in @ctes. */
    public enum Nature {
        /** Délibération. */
        DE,
        /** Acte réglementaire. */
        AR,
        /** Acte individuel. */
        AI,
        /** Contrat, convention et avenant. */
        CC,
        /** Document budgétaire et financier. */
        BF,
        /** Autre. */
        AU
    }

    public ActesId {
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(siren, "siren");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(internalNumber, "internalNumber");
        Objects.requireNonNull(nature, "nature");
        Objects.requireNonNull(messageType, "messageType");
        if (!INTERNAL.matcher(internalNumber).matches()) {
            throw new InvalidInputException(Problem.general("actes.internal", internalNumber));
        }
        messageType.filter(type -> !MESSAGE_TYPE.matcher(type).matches()).ifPresent(type -> {
            throw new InvalidInputException(Problem.general("actes.message-type", type));
        });
    }

    /**
     * Parses an identifier, reporting a problem for each wrong part, all at {@code path}.
     * Surrounding spaces are ignored; letters must be upper case, as @ctes writes them.
     */
    public static Parsed<ActesId> parse(String raw, String path) {
        String text = raw.strip();
        String[] parts = text.split("-", -1);
        if (parts.length != 5 && parts.length != 7) {
            return Parsed.invalid(Problem.error("actes.format", path, text));
        }
        Validation check = new Validation();
        Optional<DepartmentCode> department = Optional.empty();
        if (parts[0].length() == 3) {
            department = DepartmentCode.parse(parts[0], path).asOptional()
                    .filter(code -> code.threeCharacters().equals(parts[0]));
        }
        if (department.isEmpty()) {
            check.add(Problem.error("actes.department", path, parts[0]));
        }
        Optional<Siren> siren = Siren.parse(parts[1], path).asOptional().filter(s -> s.value().equals(parts[1]));
        if (siren.isEmpty()) {
            check.add(Problem.error("actes.siren", path, parts[1]));
        }
        Optional<LocalDate> date = date(parts[2]);
        if (date.isEmpty()) {
            check.add(Problem.error("actes.date", path, parts[2]));
        }
        if (!INTERNAL.matcher(parts[3]).matches()) {
            check.add(Problem.error("actes.internal", path, parts[3]));
        }
        Optional<Nature> nature = nature(parts[4]);
        if (nature.isEmpty()) {
            check.add(Problem.error("actes.nature", path, parts[4]));
        }
        Optional<String> messageType = parts.length == 7 ? Optional.of(parts[5] + "-" + parts[6]) : Optional.empty();
        messageType.filter(type -> !MESSAGE_TYPE.matcher(type).matches())
                .ifPresent(type -> check.add(Problem.error("actes.message-type", path, type)));
        Optional<LocalDate> day = date;
        Optional<DepartmentCode> place = department;
        return check.build(() -> new ActesId(place.orElseThrow(), siren.orElseThrow(), day.orElseThrow(), parts[3],
                nature.orElseThrow(), messageType));
    }

    /** The identifier as @ctes writes it. */
    public String value() {
        List<String> parts = new ArrayList<>(List.of(department.threeCharacters(), siren.value(),
                String.format("%04d%02d%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth()), internalNumber,
                nature.name()));
        messageType.ifPresent(parts::add);
        return String.join("-", parts);
    }

    private static Optional<LocalDate> date(String digits) {
        if (!DATE.matcher(digits).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
                    Integer.parseInt(digits.substring(6, 8))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Nature> nature(String code) {
        for (Nature nature : Nature.values()) {
            if (nature.name().equals(code)) {
                return Optional.of(nature);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return value();
    }
}
