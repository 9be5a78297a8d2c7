package io.github.clvss.admin.partner;

import io.github.clvss.admin.base.FormMapping;
import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.institution.Institution;
import io.github.clvss.core.institution.InstitutionId;
import io.github.clvss.core.partner.Partner;
import io.github.clvss.core.partner.PublicContact;
import io.github.clvss.core.partner.Referent;
import io.github.clvss.core.partner.ReferentDetails;
import io.github.clvss.core.partner.Representative;
import io.github.clvss.core.shared.EmailAddress;
import io.github.clvss.core.shared.PhoneNumber;
import io.github.clvss.core.shared.Provenance;
import io.github.clvss.core.shared.Verification;
import io.github.clvss.core.territory.Siret;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/**
 * Copies partners and référents into their forms and the forms back into vss-core's records
 * (MapStruct writes the code). Called once the fields accepted their values.
 */
@Mapper(config = FormMapping.class, imports = {Optional.class, List.class, PublicContact.class, Provenance.class, Representative.class,
        ReferentDetails.class})
interface PartnerMapping {

    PartnerMapping MAP = Mappers.getMapper(PartnerMapping.class);

    /** What the addition form does not show of the partner it makes: who it is, where, checked by whom. */
    record Joining(PartnerId id, TerritoryId territory, ContractId contract, InstitutionId institution,
            Verification verified) {
    }

    /** The new institution typed in the addition form, entered by hand, without a parent. */
    @Mapping(target = "id", source = "id")
    @Mapping(target = "version", constant = "0L")
    @Mapping(target = "name", expression = "java(form.getName().strip())")
    @Mapping(target = "sector", source = "form.sector")
    @Mapping(target = "siret", source = "form.siret")
    @Mapping(target = "parent", expression = "java(Optional.empty())")
    @Mapping(target = "provenance", expression = "java(Provenance.ENTERED)")
    Institution toInstitution(PartnerAdditionForm form, InstitutionId id);

    /** The partner the addition form makes: a role, no contact, representative nor initiative yet. */
    @Mapping(target = "id", source = "joining.id")
    @Mapping(target = "version", constant = "0L")
    @Mapping(target = "territory", source = "joining.territory")
    @Mapping(target = "contract", source = "joining.contract")
    @Mapping(target = "institution", source = "joining.institution")
    @Mapping(target = "role", expression = "java(form.getRole().strip())")
    @Mapping(target = "initiatives", expression = "java(List.of())")
    @Mapping(target = "contact", expression = "java(PublicContact.NONE)")
    @Mapping(target = "representative", expression = "java(Optional.empty())")
    @Mapping(target = "signatory", source = "form.signatory")
    @Mapping(target = "verified", source = "joining.verified")
    @Mapping(target = "provenance", expression = "java(Provenance.ENTERED)")
    @Mapping(target = "confirm", ignore = true)
    Partner toPartner(PartnerAdditionForm form, Joining joining);

    @Mapping(target = "initiatives", expression = "java(String.join(\"\\n\", partner.initiatives()))")
    @Mapping(target = "phone", expression = "java(phone(partner.contact().phone()))")
    @Mapping(target = "email", expression = "java(email(partner.contact().email()))")
    @Mapping(target = "web", expression = "java(text(partner.contact().web()))")
    @Mapping(target = "address", expression = "java(text(partner.contact().address()))")
    @Mapping(target = "representativeTitle", expression = "java(partner.representative().map(Representative::title).orElse(\"\"))")
    @Mapping(target = "representativeName", expression = "java(partner.representative().map(Representative::name).orElse(\"\"))")
    PartnerFactsForm toForm(Partner partner);

    /**
     * The partner with the facts of the form, against the version shown ({@code current}): vss-core
     * refuses it if someone saved meanwhile.
     */
    @Mapping(target = "id", source = "current.id")
    @Mapping(target = "version", source = "current.version")
    @Mapping(target = "territory", source = "current.territory")
    @Mapping(target = "contract", source = "current.contract")
    @Mapping(target = "institution", source = "current.institution")
    @Mapping(target = "verified", source = "current.verified")
    @Mapping(target = "provenance", source = "current.provenance")
    @Mapping(target = "role", expression = "java(form.getRole().strip())")
    @Mapping(target = "initiatives", expression = "java(lines(form.getInitiatives()))")
    @Mapping(target = "contact", expression = "java(new PublicContact(phone(form.getPhone()), email(form.getEmail()), text(form.getWeb()), text(form.getAddress())))")
    @Mapping(target = "representative", expression = "java(representative(form))")
    @Mapping(target = "signatory", source = "form.signatory")
    @Mapping(target = "confirm", ignore = true)
    Partner toPartner(PartnerFactsForm form, Partner current);

    @Mapping(target = "name", expression = "java(referent.details().map(ReferentDetails::name).orElse(\"\"))")
    @Mapping(target = "function", expression = "java(referent.details().map(ReferentDetails::function).orElse(\"\"))")
    @Mapping(target = "phone", expression = "java(phone(referent.details().flatMap(ReferentDetails::phone)))")
    @Mapping(target = "email", expression = "java(email(referent.details().flatMap(ReferentDetails::email)))")
    @Mapping(target = "availability", expression = "java(text(referent.details().flatMap(ReferentDetails::availability)))")
    @Mapping(target = "from", source = "from")
    @Mapping(target = "until", source = "until")
    @Mapping(target = "main", source = "main")
    ReferentForm toForm(Referent referent);

    @Mapping(target = "name", expression = "java(form.getName().strip())")
    @Mapping(target = "function", expression = "java(form.getFunction().strip())")
    ReferentDetails toDetails(ReferentForm form);

    /** The initiatives, one a line; empty lines are none. */
    default List<String> lines(String text) {
        return Arrays.stream(text.split("\n")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** A representative when either part is typed (the form refuses one part alone). */
    default Optional<Representative> representative(PartnerFactsForm form) {
        return form.getRepresentativeTitle().isBlank() && form.getRepresentativeName().isBlank() ? Optional.empty()
                : Optional.of(new Representative(form.getRepresentativeTitle().strip(), form.getRepresentativeName().strip()));
    }

    default Optional<PhoneNumber> phone(String raw) {
        return raw == null || raw.isBlank() ? Optional.empty() : PhoneNumber.parse(raw, "phone").asOptional();
    }

    default String phone(Optional<PhoneNumber> number) {
        return number.map(PhoneNumber::display).orElse("");
    }

    default Optional<EmailAddress> email(String raw) {
        return raw == null || raw.isBlank() ? Optional.empty() : EmailAddress.parse(raw, "email").asOptional();
    }

    default String email(Optional<EmailAddress> email) {
        return email.map(EmailAddress::value).orElse("");
    }

    default Optional<Siret> siret(String raw) {
        return raw == null || raw.isBlank() ? Optional.empty() : Siret.parse(raw, "siret").asOptional();
    }

    default Optional<String> text(String raw) {
        return raw == null || raw.isBlank() ? Optional.empty() : Optional.of(raw.strip());
    }

    default String text(Optional<String> text) {
        return text.orElse("");
    }

    default LocalDate date(Optional<LocalDate> date) {
        return date.orElse(null);
    }
}
