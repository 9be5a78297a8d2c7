package io.github.clvss.core.internal.persistence;

import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_INSTITUTION;
import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_PARTNER;

import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.contract.SignatoryPartner;
import io.github.clvss.core.contract.SignatoryPartners;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** A contract's signatory partners, read from {@code vss_partner} and their institution's name. */
final class JooqSignatoryPartners implements SignatoryPartners {

    private final DSLContext db;

    JooqSignatoryPartners(DSLContext db) {
        this.db = db;
    }

    @Override
    public List<SignatoryPartner> of(ContractId contract) {
        return db.select(VSS_PARTNER.ID, VSS_INSTITUTION.NAME, VSS_PARTNER.REPRESENTATIVE_TITLE,
                        VSS_PARTNER.REPRESENTATIVE_NAME)
                .from(VSS_PARTNER)
                .join(VSS_INSTITUTION).on(VSS_INSTITUTION.ID.eq(VSS_PARTNER.INSTITUTION_ID))
                .where(VSS_PARTNER.CONTRACT_ID.eq(contract.value()))
                .and(VSS_PARTNER.SIGNATORY.isTrue())
                .orderBy(VSS_PARTNER.ID)
                .fetch(r -> new SignatoryPartner(new PartnerId(r.value1()), r.value2(), Optional.ofNullable(r.value3()),
                        Optional.ofNullable(r.value4())));
    }
}
