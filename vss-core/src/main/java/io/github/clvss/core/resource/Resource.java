package io.github.clvss.core.resource;

import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.shared.InvalidInputException;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.shared.PhoneNumber;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.WebAddresses;
import io.github.clvss.core.shared.Provenance;
import io.github.clvss.core.shared.Verification;
import io.github.clvss.core.territory.DepartmentCode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A useful address for victims and professionals: a national number shipped with vss, a
 * département's or a territory's own service. Referral decisions and the residents' help page
 * use these records. Texts shown to residents are kept per language.
 *
 * @param id the resource's id
 * @param version the stored version this value was read at (0 before it is first saved)
 * @param scope national, departmental or local
 * @param department the département, for a departmental or local resource
 * @param territory the territory, for a local resource
 * @param kind what it offers
 * @param name its name, e.g. {@code Violences Femmes Info}
 * @param description what it does, per language (French at least)
 * @param phone a number to call
 * @param sms a number to text
 * @param web a web address
 * @param address a postal address
 * @param hours opening hours, in words
 * @param languages languages spoken, in words
 * @param accessibility accessibility, in words
 * @param free whether it costs nothing
 * @param anonymous whether one may stay anonymous
 * @param audiences who it is for
 * @param verified when its facts were last checked, and by whom
 * @param provenance where the facts come from
 */
public record Resource(
        ResourceId id,
        long version,
        ResourceScope scope,
        Optional<DepartmentCode> department,
        Optional<TerritoryId> territory,
        ResourceKind kind,
        String name,
        Map<Language, String> description,
        Optional<PhoneNumber> phone,
        Optional<PhoneNumber> sms,
        Optional<String> web,
        Optional<String> address,
        Optional<String> hours,
        Optional<String> languages,
        Optional<String> accessibility,
        boolean free,
        boolean anonymous,
        Set<Audience> audiences,
        Verification verified,
        Provenance provenance) {

    /** Longest accepted name. */
    public static final int NAME_MAX = 200;
    /** Longest accepted description or text field. */
    public static final int TEXT_MAX = 2000;

    public Resource {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        description = description.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(description));
        audiences = audiences.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(audiences));
        Objects.requireNonNull(verified, "verified");
        Objects.requireNonNull(provenance, "provenance");
        List<Problem> problems = inconsistencies(scope, department, territory, name, description, phone, sms, web, address, "resource");
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** The rules between the fields, each problem pointing at {@code path} plus the field's name. */
    public static List<Problem> inconsistencies(ResourceScope scope, Optional<DepartmentCode> department,
            Optional<TerritoryId> territory, String name, Map<Language, String> description, Optional<PhoneNumber> phone,
            Optional<PhoneNumber> sms, Optional<String> web, Optional<String> address, String path) {
        List<Problem> problems = new ArrayList<>();
        if (name.isBlank() || name.length() > NAME_MAX) {
            problems.add(Problem.error("resource.name.invalid", path + ".name", NAME_MAX));
        }
        if (!description.containsKey(Language.FR)) {
            problems.add(Problem.error("resource.description.french", path + ".description"));
        }
        if (description.values().stream().anyMatch(d -> d.isBlank() || d.length() > TEXT_MAX)) {
            problems.add(Problem.error("resource.description.invalid", path + ".description", TEXT_MAX));
        }
        boolean placed = switch (scope) {
            case NATIONAL -> department.isEmpty() && territory.isEmpty();
            case DEPARTMENTAL -> department.isPresent() && territory.isEmpty();
            case LOCAL -> department.isPresent() && territory.isPresent();
        };
        if (!placed) {
            problems.add(Problem.error("resource.scope.place", path + ".scope", scope));
        }
        if (phone.isEmpty() && sms.isEmpty() && web.isEmpty() && address.isEmpty()) {
            problems.add(Problem.error("resource.unreachable", path));
        }
        WebAddresses.problem(web, path + ".web").ifPresent(problems::add);
        return problems;
    }

    /** The description in {@code language}, or in French. */
    public String description(Language language) {
        return description.getOrDefault(language, description.get(Language.FR));
    }

    /** The same resource, its facts confirmed as they are. */
    public Resource confirm(Verification check) {
        return new Resource(id, version, scope, department, territory, kind, name, description, phone, sms, web, address,
                hours, languages, accessibility, free, anonymous, audiences, check, provenance);
    }
}
