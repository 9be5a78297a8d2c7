package io.github.clvss.admin.resource;

import io.github.clvss.admin.base.FormMapping;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.resource.Resource;
import io.github.clvss.core.resource.ResourceId;
import io.github.clvss.core.resource.ResourceScope;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.shared.PhoneNumber;
import io.github.clvss.core.shared.Provenance;
import io.github.clvss.core.shared.Verification;
import io.github.clvss.core.territory.DepartmentCode;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** Copies a useful address into its form and the form back into an address (MapStruct writes the code). */
@Mapper(config = FormMapping.class, imports = {Optional.class, ResourceScope.class, Language.class})
interface ResourceMapping {

    ResourceMapping MAP = Mappers.getMapper(ResourceMapping.class);

    /**
     * What the form does not show of an address: who it is, where it belongs, what only a file
     * brings (languages, accessibility), where its facts come from. A new one is the territory's,
     * entered by hand.
     */
    record Kept(ResourceId id, long version, Optional<DepartmentCode> department, TerritoryId territory,
            Optional<String> languages, Optional<String> accessibility, Provenance provenance) {

        static Kept of(Resource resource, TerritoryId territory, DepartmentCode department) {
            return new Kept(resource.id(), resource.version(), Optional.of(department), territory, resource.languages(),
                    resource.accessibility(), resource.provenance());
        }

        static Kept fresh(ResourceId id, TerritoryId territory, DepartmentCode department) {
            return new Kept(id, 0, Optional.of(department), territory, Optional.empty(), Optional.empty(),
                    Provenance.ENTERED);
        }
    }

    @Mapping(target = "french", expression = "java(resource.description().getOrDefault(Language.FR, \"\"))")
    @Mapping(target = "english", expression = "java(resource.description().getOrDefault(Language.EN, \"\"))")
    ResourceForm toForm(Resource resource);

    @Mapping(target = "id", source = "kept.id")
    @Mapping(target = "version", source = "kept.version")
    @Mapping(target = "department", source = "kept.department")
    @Mapping(target = "territory",
            expression = "java(form.getScope() == ResourceScope.LOCAL ? Optional.of(kept.territory()) : Optional.empty())")
    @Mapping(target = "languages", source = "kept.languages")
    @Mapping(target = "accessibility", source = "kept.accessibility")
    @Mapping(target = "provenance", source = "kept.provenance")
    @Mapping(target = "scope", source = "form.scope")
    @Mapping(target = "kind", source = "form.kind")
    @Mapping(target = "name", expression = "java(form.getName().strip())")
    @Mapping(target = "description", expression = "java(description(form))")
    @Mapping(target = "phone", source = "form.phone")
    @Mapping(target = "sms", source = "form.sms")
    @Mapping(target = "web", source = "form.web")
    @Mapping(target = "address", source = "form.address")
    @Mapping(target = "hours", source = "form.hours")
    @Mapping(target = "free", source = "form.free")
    @Mapping(target = "anonymous", source = "form.anonymous")
    @Mapping(target = "audiences", source = "form.audiences")
    @Mapping(target = "verified", source = "verified")
    @Mapping(target = "confirm", ignore = true)
    Resource toResource(ResourceForm form, Kept kept, Verification verified);

    /** The descriptions typed, per language; an empty one is none. */
    default Map<Language, String> description(ResourceForm form) {
        Map<Language, String> description = new EnumMap<>(Language.class);
        if (!form.getFrench().isBlank()) {
            description.put(Language.FR, form.getFrench().strip());
        }
        if (!form.getEnglish().isBlank()) {
            description.put(Language.EN, form.getEnglish().strip());
        }
        return description;
    }

    /** A number as typed, once its field accepted it; none when empty. */
    default Optional<PhoneNumber> phone(String raw) {
        return raw == null || raw.isBlank() ? Optional.empty() : PhoneNumber.parse(raw, "phone").asOptional();
    }

    default String phone(Optional<PhoneNumber> number) {
        return number.map(PhoneNumber::display).orElse("");
    }

    default Optional<String> text(String raw) {
        return raw == null || raw.isBlank() ? Optional.empty() : Optional.of(raw.strip());
    }

    default String text(Optional<String> text) {
        return text.orElse("");
    }
}
