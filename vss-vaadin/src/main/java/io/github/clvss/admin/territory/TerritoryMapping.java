package io.github.clvss.admin.territory;

import io.github.clvss.admin.base.FormMapping;
import io.github.clvss.core.access.Grant;
import io.github.clvss.core.account.Account;
import io.github.clvss.core.account.AccountId;
import io.github.clvss.core.account.Login;
import io.github.clvss.core.shared.EmailAddress;
import io.github.clvss.core.territory.DepartmentCode;
import io.github.clvss.core.territory.InseeCode;
import io.github.clvss.core.territory.Population;
import io.github.clvss.core.territory.Siren;
import io.github.clvss.core.territory.Siret;
import io.github.clvss.core.territory.TerritoryFacts;
import io.github.clvss.core.access.TerritoryId;
import java.time.Year;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/**
 * Makes the territory's facts and its coordinator's account of what the new-town form holds
 * (MapStruct writes the copying). Called once the fields accepted their values; the facts' own
 * rules (a commune's INSEE code in its département, the SIRET of the SIREN) are vss-core's, and
 * a refusal lands on its field.
 */
@Mapper(config = FormMapping.class, imports = {Optional.class, Set.class, ZoneId.class, Grant.class})
interface TerritoryMapping {

    TerritoryMapping MAP = Mappers.getMapper(TerritoryMapping.class);

    @Mapping(target = "kind", source = "kind")
    @Mapping(target = "name", expression = "java(form.getName().strip())")
    @Mapping(target = "inseeCode", expression = "java(inseeCode(form.getInseeCode()))")
    @Mapping(target = "department", expression = "java(department(form.getDepartment()))")
    @Mapping(target = "siren", expression = "java(siren(form.getSiren()))")
    @Mapping(target = "siret", expression = "java(siret(form.getSiret()))")
    @Mapping(target = "population", expression = "java(population(form.getPopulation(), form.getPopulationYear()))")
    @Mapping(target = "timeZone", expression = "java(ZoneId.of(form.getTimeZone()))")
    TerritoryFacts toFacts(TerritoryForm form);

    /** The coordinator's new, enabled account, with its grant on the new territory. */
    @Mapping(target = "id", source = "id")
    @Mapping(target = "version", constant = "0L")
    @Mapping(target = "login", expression = "java(login(form.getLogin()))")
    @Mapping(target = "displayName", expression = "java(form.getCoordinatorName().strip())")
    @Mapping(target = "email", expression = "java(email(form.getEmail()))")
    @Mapping(target = "language", source = "form.language")
    @Mapping(target = "enabled", constant = "true")
    @Mapping(target = "grants", expression = "java(Set.of(Grant.coordinator(territory)))")
    @Mapping(target = "passwordHash", expression = "java(Optional.empty())")
    @Mapping(target = "grant", ignore = true)
    @Mapping(target = "revoke", ignore = true)
    @Mapping(target = "withPasswordHash", ignore = true)
    Account toCoordinator(TerritoryForm form, AccountId id, TerritoryId territory);

    /** The first password typed, if any. */
    default Optional<char[]> password(String typed) {
        return typed == null || typed.isEmpty() ? Optional.empty() : Optional.of(typed.toCharArray());
    }

    default Optional<InseeCode> inseeCode(String typed) {
        return typed == null || typed.isBlank() ? Optional.empty()
                : InseeCode.parse(typed, "territory.inseeCode").asOptional();
    }

    default DepartmentCode department(String typed) {
        return DepartmentCode.parse(typed, "territory.department").asOptional().orElseThrow();
    }

    default Siren siren(String typed) {
        return Siren.parse(typed, "territory.siren").asOptional().orElseThrow();
    }

    default Optional<Siret> siret(String typed) {
        return typed == null || typed.isBlank() ? Optional.empty() : Siret.parse(typed, "territory.siret").asOptional();
    }

    default Optional<Population> population(Integer inhabitants, Integer year) {
        return inhabitants == null || year == null ? Optional.empty()
                : Optional.of(new Population(inhabitants, Year.of(year)));
    }

    default Login login(String typed) {
        return Login.parse(typed, "[0].login").asOptional().orElseThrow();
    }

    default Optional<EmailAddress> email(String typed) {
        return typed == null || typed.isBlank() ? Optional.empty()
                : Optional.of(EmailAddress.parse(typed, "email").asOptional().orElseThrow());
    }
}
