package io.github.clvss.core.internal.persistence;

import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_INSTITUTION;
import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_PARTNER;

import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.institution.InstitutionId;
import io.github.clvss.core.internal.persistence.schema.Indexes;
import io.github.clvss.core.internal.persistence.schema.tables.records.VssPartnerRecord;
import io.github.clvss.core.partner.Partner;
import io.github.clvss.core.partner.Partners;
import io.github.clvss.core.partner.PublicContact;
import io.github.clvss.core.partner.Representative;
import io.github.clvss.core.shared.EmailAddress;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.PhoneNumber;
import io.github.clvss.core.shared.Provenance;
import io.github.clvss.core.shared.Verification;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;

/** Partners in {@code vss_partner}; initiatives one per line. */
final class JooqPartners implements Partners {

    private final DSLContext db;

    JooqPartners(DSLContext db) {
        this.db = db;
    }

    @Override
    public Partner add(Partner partner) {
        Partner stored = withVersion(partner, 1);
        db.executeInsert(record(stored, names(List.of(stored))));
        return stored;
    }

    @Override
    public Partner update(Partner partner) {
        Partner stored = withVersion(partner, partner.version() + 1);
        VersionedRows.update(db, VSS_PARTNER, record(stored, names(List.of(stored))), VSS_PARTNER.ID, VSS_PARTNER.VERSION,
                partner.version(), "partner");
        return stored;
    }

    @Override
    public void addAll(List<Partner> added) {
        Map<UUID, String> names = names(added);
        Batches.insert(db, added.stream().map(p -> record(withVersion(p, 1), names)).toList());
    }

    @Override
    public void updateAll(List<Partner> changed) {
        Map<UUID, String> names = names(changed);
        Batches.update(db, VSS_PARTNER, changed.stream().map(p -> record(withVersion(p, p.version() + 1), names)).toList(),
                changed.stream().map(Partner::version).toList(), VSS_PARTNER.ID, VSS_PARTNER.VERSION, "partner");
    }

    @Override
    public java.util.Map<PartnerId, Partner> findAll(java.util.Collection<PartnerId> ids) {
        java.util.Map<PartnerId, Partner> found = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            db.selectFrom(VSS_PARTNER).where(Batches.among(db, VSS_PARTNER.ID, ids.stream().map(PartnerId::value).toList()))
                    .forEach(row -> found.put(new PartnerId(row.getId()), partner(row)));
        }
        return found;
    }

    @Override
    public void remove(PartnerId id) {
        db.deleteFrom(VSS_PARTNER).where(VSS_PARTNER.ID.eq(id.value())).execute();
    }

    @Override
    public Optional<Partner> find(PartnerId id) {
        return db.selectFrom(VSS_PARTNER).where(VSS_PARTNER.ID.eq(id.value())).fetchOptional(JooqPartners::partner);
    }

    @Override
    public Optional<Partner> find(ContractId contract, InstitutionId institution) {
        return db.selectFrom(VSS_PARTNER)
                .where(VSS_PARTNER.CONTRACT_ID.eq(contract.value()).and(VSS_PARTNER.INSTITUTION_ID.eq(institution.value())))
                .fetchOptional(JooqPartners::partner);
    }

    /** By the institution's name (kept on the partner for its index), then id. */
    @Override
    public List<Partner> list(ContractId contract, PageRequest page) {
        return Seek.page(db, VSS_PARTNER, Indexes.VSS_PARTNER_NAME_IX, VSS_PARTNER.CONTRACT_ID.eq(contract.value()), VSS_PARTNER.ID,
                List.of(VSS_PARTNER.CONTRACT_ID), List.of(VSS_PARTNER.INSTITUTION_NAME.asc(), VSS_PARTNER.ID.asc()), page)
                .map(JooqPartners::partner);
    }

    /** The names of these partners' institutions, by institution id, in one read. */
    private Map<UUID, String> names(List<Partner> partners) {
        Map<UUID, String> names = new HashMap<>();
        if (!partners.isEmpty()) {
            db.select(VSS_INSTITUTION.ID, VSS_INSTITUTION.NAME).from(VSS_INSTITUTION)
                    .where(Batches.among(db, VSS_INSTITUTION.ID, partners.stream().map(p -> p.institution().value()).distinct().toList()))
                    .forEach(row -> names.put(row.value1(), row.value2()));
        }
        return names;
    }

    @Override
    public long count(ContractId contract) {
        return db.fetchCount(VSS_PARTNER, VSS_PARTNER.CONTRACT_ID.eq(contract.value()));
    }

    private static Partner withVersion(Partner p, long version) {
        return new Partner(p.id(), version, p.territory(), p.contract(), p.institution(), p.role(), p.initiatives(), p.contact(),
                p.representative(), p.signatory(), p.verified(), p.provenance());
    }

    private VssPartnerRecord record(Partner p, Map<UUID, String> institutionNames) {
        VssPartnerRecord r = db.newRecord(VSS_PARTNER);
        // without an institution, no name: the database refuses the row, as it refuses the unknown institution
        r.setInstitutionName(institutionNames.get(p.institution().value()));
        r.setId(p.id().value());
        r.setVersion(p.version());
        r.setTerritoryId(p.territory().value());
        r.setContractId(p.contract().value());
        r.setInstitutionId(p.institution().value());
        r.setRole(p.role());
        r.setInitiatives(String.join("\n", p.initiatives()));
        r.setContactPhone(p.contact().phone().map(PhoneNumber::value).orElse(null));
        r.setContactEmail(p.contact().email().map(EmailAddress::value).orElse(null));
        r.setContactWeb(p.contact().web().orElse(null));
        r.setContactAddress(p.contact().address().orElse(null));
        r.setRepresentativeTitle(p.representative().map(Representative::title).orElse(null));
        r.setRepresentativeName(p.representative().map(Representative::name).orElse(null));
        r.setSignatory(p.signatory());
        r.setVerifiedAt(p.verified().at().atOffset(ZoneOffset.UTC));
        r.setVerifiedBy(p.verified().by());
        r.setProvenance(p.provenance().name());
        return r;
    }

    private static Partner partner(VssPartnerRecord r) {
        List<String> initiatives = r.getInitiatives().isEmpty() ? List.of() : Arrays.asList(r.getInitiatives().split("\n"));
        PublicContact contact = new PublicContact(Optional.ofNullable(r.getContactPhone()).map(PhoneNumber::new),
                Optional.ofNullable(r.getContactEmail()).map(EmailAddress::new), Optional.ofNullable(r.getContactWeb()),
                Optional.ofNullable(r.getContactAddress()));
        Optional<Representative> representative = Optional.ofNullable(r.getRepresentativeName())
                .map(name -> new Representative(r.getRepresentativeTitle(), name));
        return new Partner(new PartnerId(r.getId()), r.getVersion(), new TerritoryId(r.getTerritoryId()),
                new ContractId(r.getContractId()), new InstitutionId(r.getInstitutionId()), r.getRole(), initiatives, contact,
                representative, r.getSignatory(), new Verification(r.getVerifiedAt().toInstant(), r.getVerifiedBy()),
                Provenance.valueOf(r.getProvenance()));
    }
}
