package io.github.clvss.admin.branding;

import io.github.clvss.admin.base.FormMapping;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.branding.Branding;
import io.github.clvss.core.branding.Colour;
import io.github.clvss.core.branding.Logo;
import java.util.Optional;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** Copies a territory's branding into its form and the form back into a branding (MapStruct writes the code). */
@Mapper(config = FormMapping.class)
interface BrandingMapping {

    BrandingMapping MAP = Mappers.getMapper(BrandingMapping.class);

    /**
     * What the form does not type: whose branding it is, the version shown (vss-core refuses a
     * save if someone saved meanwhile), and the logo chosen beside the form.
     */
    record Kept(TerritoryId territory, long version, Optional<Logo> logo) {

        static Kept of(Branding branding) {
            return new Kept(branding.territory(), branding.version(), branding.logo());
        }
    }

    @Mapping(target = "name", source = "applicationName")
    BrandingForm toForm(Branding branding);

    @Mapping(target = "territory", source = "kept.territory")
    @Mapping(target = "version", source = "kept.version")
    @Mapping(target = "logo", source = "kept.logo")
    @Mapping(target = "applicationName", source = "form.name")
    @Mapping(target = "colour", source = "form.colour")
    Branding toBranding(BrandingForm form, Kept kept);

    default Optional<String> text(String raw) {
        return raw == null || raw.isBlank() ? Optional.empty() : Optional.of(raw.strip());
    }

    default String text(Optional<String> text) {
        return text.orElse("");
    }

    default Optional<Colour> colour(String raw) {
        return raw == null || raw.isBlank() ? Optional.empty() : Colour.parse(raw, "colour").asOptional();
    }

    default String colour(Optional<Colour> colour) {
        return colour.map(Colour::hex).orElse("");
    }
}
