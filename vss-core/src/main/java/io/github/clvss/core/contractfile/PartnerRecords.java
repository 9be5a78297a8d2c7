package io.github.clvss.core.contractfile;

import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.contractfile.FileRecords.ContactV1;
import io.github.clvss.core.contractfile.FileRecords.InstitutionV1;
import io.github.clvss.core.contractfile.FileRecords.PartnerV1;
import io.github.clvss.core.contractfile.FileRecords.ReferentV1;
import io.github.clvss.core.contractfile.FileRecords.RepresentativeV1;
import io.github.clvss.core.institution.Institution;
import io.github.clvss.core.institution.InstitutionId;
import io.github.clvss.core.institution.Sector;
import io.github.clvss.core.partner.Partner;
import io.github.clvss.core.partner.PublicContact;
import io.github.clvss.core.partner.Referent;
import io.github.clvss.core.partner.ReferentDetails;
import io.github.clvss.core.partner.ReferentId;
import io.github.clvss.core.partner.Representative;
import io.github.clvss.core.shared.EmailAddress;
import io.github.clvss.core.shared.PhoneNumber;
import io.github.clvss.core.shared.Verification;
import io.github.clvss.core.shared.WebAddresses;
import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.Provenance;
import io.github.clvss.core.shared.Texts;
import io.github.clvss.core.shared.Validation;
import io.github.clvss.core.territory.Siret;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The network's section of the contract file: institutions, partners and their référents, read and written. */
final class PartnerRecords {

    private PartnerRecords() {
    }

    static Parsed<Institution> institution(InstitutionV1 i, String path) {
        Validation check = new Validation();
        Optional<InstitutionId> id = check.take(InstitutionId.parse(i.id(), path + ".id"));
        Optional<String> name = check.take(Texts.required(i.name(), path + ".name", Institution.NAME_MAX));
        Optional<Optional<Siret>> siret = check.take(FileValues.optional(i.siret(), raw -> Siret.parse(raw, path + ".siret")));
        Optional<Optional<InstitutionId>> parent = check.take(FileValues.optional(i.parentId(), raw -> InstitutionId.parse(raw, path + ".parentId")));
        if (id.isPresent() && parent.isPresent()) {
            Institution.parentSelf(id.get(), parent.get(), Optional.of(path + ".parentId")).ifPresent(check::add);
        }
        return check.build(() -> new Institution(id.orElseThrow(), 0, name.orElseThrow(), Sector.valueOf(i.sector()),
                siret.orElseThrow(), parent.orElseThrow(), Provenance.valueOf(i.provenance())));
    }

    static Parsed<Partner> partner(PartnerV1 p, TerritoryId territory, ContractId contract, String path) {
        Validation check = new Validation();
        Optional<PartnerId> id = check.take(PartnerId.parse(p.id(), path + ".id"));
        Optional<InstitutionId> institution = check.take(InstitutionId.parse(p.institutionId(), path + ".institutionId"));
        Optional<String> role = check.take(Texts.required(p.role(), path + ".role", Partner.TEXT_MAX));
        List<String> initiatives = new ArrayList<>();
        for (int i = 0; i < p.initiatives().size(); i++) {
            check.take(Texts.required(p.initiatives().get(i), path + ".initiatives[" + i + "]", Partner.TEXT_MAX))
                    .ifPresent(initiatives::add);
        }
        ContactV1 c = Optional.ofNullable(p.contact()).orElse(new ContactV1(null, null, null, null));
        Optional<Optional<PhoneNumber>> phone = check.take(FileValues.optional(c.phone(), raw -> PhoneNumber.parse(raw, path + ".contact.phone")));
        Optional<Optional<EmailAddress>> email = check.take(FileValues.optional(c.email(), raw -> EmailAddress.parse(raw, path + ".contact.email")));
        WebAddresses.problem(Optional.ofNullable(c.web()), path + ".contact.web").ifPresent(check::add);
        Optional<Verification> verified = check.take(FileValues.verification(p.verified(), path + ".verified"));
        return check.build(() -> new Partner(id.orElseThrow(), 0, territory, contract, institution.orElseThrow(), role.orElseThrow(),
                initiatives, new PublicContact(phone.orElseThrow(), email.orElseThrow(), Optional.ofNullable(c.web()),
                        Optional.ofNullable(c.address())),
                Optional.ofNullable(p.representative()).map(r -> new Representative(r.title(), r.name())), p.signatory(),
                verified.orElseThrow(), Provenance.valueOf(p.provenance())));
    }

    static Parsed<Referent> referent(ReferentV1 r, TerritoryId territory, PartnerId partner, String path) {
        Validation check = new Validation();
        Optional<ReferentId> id = check.take(ReferentId.parse(r.id(), path + ".id"));
        Optional<Optional<LocalDate>> from = check.take(FileValues.optional(r.from(), raw -> FileValues.date(raw, path + ".from")));
        Optional<Optional<LocalDate>> until = check.take(FileValues.optional(r.until(), raw -> FileValues.date(raw, path + ".until")));
        Optional<Optional<ReferentDetails>> details;
        if (Boolean.TRUE.equals(r.erased())) {
            details = Optional.of(Optional.empty());
        } else {
            Optional<String> name = check.take(Texts.required(Optional.ofNullable(r.name()).orElse(""), path + ".name",
                    ReferentDetails.NAME_MAX));
            Optional<String> function = check.take(Texts.required(Optional.ofNullable(r.function()).orElse(""),
                    path + ".function", ReferentDetails.TEXT_MAX));
            Optional<Optional<PhoneNumber>> phone = check.take(FileValues.optional(r.phone(), raw -> PhoneNumber.parse(raw, path + ".phone")));
            Optional<Optional<EmailAddress>> email = check.take(FileValues.optional(r.email(), raw -> EmailAddress.parse(raw, path + ".email")));
            details = name.isPresent() && function.isPresent() && phone.isPresent() && email.isPresent()
                    ? Optional.of(Optional.of(new ReferentDetails(name.get(), function.get(), phone.get(), email.get(),
                            Optional.ofNullable(r.availability()))))
                    : Optional.empty();
        }
        if (from.isPresent() && until.isPresent()) {
            Referent.periodReversed(from.get(), until.get(), Optional.of(path + ".until")).ifPresent(check::add);
        }
        return check.build(() -> new Referent(id.orElseThrow(), 0, partner, territory, details.orElseThrow(), from.orElseThrow(),
                until.orElseThrow(), r.main(), Provenance.valueOf(r.provenance())));
    }

    static InstitutionV1 institution(Institution i) {
        return new InstitutionV1(i.id().toString(), i.name(), i.sector().name(), i.siret().map(Siret::value).orElse(null),
                i.parent().map(InstitutionId::toString).orElse(null), i.provenance().name());
    }

    static PartnerV1 partner(Partner p, List<Referent> referents) {
        PublicContact c = p.contact();
        ContactV1 contact = c.equals(PublicContact.NONE) ? null : new ContactV1(c.phone().map(PhoneNumber::value).orElse(null),
                c.email().map(EmailAddress::value).orElse(null), c.web().orElse(null), c.address().orElse(null));
        return new PartnerV1(p.id().toString(), p.institution().toString(), p.role(), p.initiatives(), contact,
                p.representative().map(r -> new RepresentativeV1(r.title(), r.name())).orElse(null), p.signatory(),
                FileValues.verified(p.verified()), p.provenance().name(),
                referents.stream().map(PartnerRecords::referent).sorted(Comparator.comparing(ReferentV1::id)).toList());
    }

    static ReferentV1 referent(Referent r) {
        Optional<ReferentDetails> d = r.details();
        return new ReferentV1(r.id().toString(), r.isErased() ? Boolean.TRUE : null, d.map(ReferentDetails::name).orElse(null),
                d.map(ReferentDetails::function).orElse(null), d.flatMap(ReferentDetails::phone).map(PhoneNumber::value).orElse(null),
                d.flatMap(ReferentDetails::email).map(EmailAddress::value).orElse(null),
                d.flatMap(ReferentDetails::availability).orElse(null), r.from().map(LocalDate::toString).orElse(null),
                r.until().map(LocalDate::toString).orElse(null), r.main(), r.provenance().name());
    }
}
