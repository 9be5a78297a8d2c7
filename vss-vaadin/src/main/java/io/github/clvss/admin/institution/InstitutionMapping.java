package io.github.clvss.admin.institution;

import io.github.clvss.admin.base.FormMapping;
import io.github.clvss.core.institution.Institution;
import io.github.clvss.core.institution.InstitutionId;
import io.github.clvss.core.shared.Provenance;
import io.github.clvss.core.territory.Siret;
import java.util.Optional;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** Copies an institution into its form and the form back into an institution (MapStruct writes the code). */
@Mapper(config = FormMapping.class, imports = Provenance.class)
interface InstitutionMapping {

    InstitutionMapping MAP = Mappers.getMapper(InstitutionMapping.class);

    /** The institution's facts; its parent, another record, is looked up by the editor. */
    @Mapping(target = "parent", ignore = true)
    InstitutionForm toForm(Institution institution);

    /**
     * The institution corrected as the form says, against the version shown ({@code current}):
     * vss-core refuses it if someone saved meanwhile; its facts are now entered by a user.
     */
    @Mapping(target = "id", source = "current.id")
    @Mapping(target = "version", source = "current.version")
    @Mapping(target = "name", expression = "java(form.getName().strip())")
    @Mapping(target = "sector", source = "form.sector")
    @Mapping(target = "siret", source = "form.siret")
    @Mapping(target = "parent", source = "form.parent")
    @Mapping(target = "provenance", expression = "java(Provenance.ENTERED)")
    Institution toInstitution(InstitutionForm form, Institution current);

    default Optional<Siret> siret(String raw) {
        return raw == null || raw.isBlank() ? Optional.empty() : Siret.parse(raw, "siret").asOptional();
    }

    default String siret(Optional<Siret> siret) {
        return siret.map(Siret::value).orElse("");
    }

    default Optional<InstitutionId> parent(Institution parent) {
        return Optional.ofNullable(parent).map(Institution::id);
    }
}
