package io.github.clvss.core.internal.persistence;

import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_INSTITUTION_PROPOSAL;
import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_INSTITUTION_PROPOSAL_APPROVAL;
import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_MEETING;
import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_MEETING_GUEST;
import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_PARTNER;

import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.institution.Institution;
import io.github.clvss.core.institution.InstitutionId;
import io.github.clvss.core.institution.InstitutionProposal;
import io.github.clvss.core.institution.InstitutionProposals;
import io.github.clvss.core.institution.ProposalApproval;
import io.github.clvss.core.institution.ProposalId;
import io.github.clvss.core.institution.ProposalStatus;
import io.github.clvss.core.institution.Sector;
import io.github.clvss.core.internal.persistence.schema.tables.records.VssInstitutionProposalRecord;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Provenance;
import io.github.clvss.core.territory.Siret;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Proposed changes to shared institutions in the {@code vss_institution_proposal} table, with
 * the territories that approved them in {@code vss_institution_proposal_approval}.
 */
final class JooqInstitutionProposals implements InstitutionProposals {

    private final DSLContext db;

    JooqInstitutionProposals(DSLContext db) {
        this.db = db;
    }

    @Override
    public InstitutionProposal add(InstitutionProposal proposal) {
        InstitutionProposal stored = withVersion(proposal, 1);
        db.executeInsert(record(stored));
        addApprovals(stored);
        return stored;
    }

    @Override
    public InstitutionProposal update(InstitutionProposal proposal) {
        InstitutionProposal stored = withVersion(proposal, proposal.version() + 1);
        VersionedRows.update(db, VSS_INSTITUTION_PROPOSAL, record(stored), VSS_INSTITUTION_PROPOSAL.ID,
                VSS_INSTITUTION_PROPOSAL.VERSION, proposal.version(), "institution-proposal");
        addApprovals(stored);
        return stored;
    }

    private void addApprovals(InstitutionProposal proposal) {
        for (ProposalApproval approval : proposal.approvals()) {
            db.insertInto(VSS_INSTITUTION_PROPOSAL_APPROVAL)
                    .set(VSS_INSTITUTION_PROPOSAL_APPROVAL.PROPOSAL_ID, proposal.id().value())
                    .set(VSS_INSTITUTION_PROPOSAL_APPROVAL.TERRITORY_ID, approval.territory().value())
                    .set(VSS_INSTITUTION_PROPOSAL_APPROVAL.APPROVED_BY, approval.by())
                    .set(VSS_INSTITUTION_PROPOSAL_APPROVAL.APPROVED_AT, approval.at().atOffset(ZoneOffset.UTC))
                    .onDuplicateKeyIgnore()
                    .execute();
        }
    }

    @Override
    public Optional<InstitutionProposal> find(ProposalId id) {
        return withApprovals(db.selectFrom(VSS_INSTITUTION_PROPOSAL).where(VSS_INSTITUTION_PROPOSAL.ID.eq(id.value()))
                .fetch()).stream().findFirst();
    }

    @Override
    public List<InstitutionProposal> list(Optional<TerritoryId> territory, Optional<ProposalStatus> status, PageRequest page) {
        return withApprovals(db.selectFrom(VSS_INSTITUTION_PROPOSAL)
                .where(conditions(territory, status))
                .orderBy(VSS_INSTITUTION_PROPOSAL.PROPOSED_AT.desc(), VSS_INSTITUTION_PROPOSAL.ID.desc())
                .offset(page.offset())
                .limit(page.limit())
                .fetch());
    }

    /** The proposals of these rows with their approvals, read in one query. */
    private List<InstitutionProposal> withApprovals(List<VssInstitutionProposalRecord> rows) {
        Map<UUID, List<ProposalApproval>> approvals = new HashMap<>();
        if (!rows.isEmpty()) {
            db.selectFrom(VSS_INSTITUTION_PROPOSAL_APPROVAL)
                    .where(VSS_INSTITUTION_PROPOSAL_APPROVAL.PROPOSAL_ID.in(rows.stream().map(VssInstitutionProposalRecord::getId).toList()))
                    .orderBy(VSS_INSTITUTION_PROPOSAL_APPROVAL.APPROVED_AT, VSS_INSTITUTION_PROPOSAL_APPROVAL.TERRITORY_ID)
                    .forEach(r -> approvals.computeIfAbsent(r.getProposalId(), id -> new ArrayList<>()).add(
                            new ProposalApproval(new TerritoryId(r.getTerritoryId()), r.getApprovedBy(), r.getApprovedAt().toInstant())));
        }
        return rows.stream().map(r -> proposal(r, approvals.getOrDefault(r.getId(), List.of()))).toList();
    }

    @Override
    public long count(Optional<TerritoryId> territory, Optional<ProposalStatus> status) {
        return db.fetchCount(VSS_INSTITUTION_PROPOSAL, conditions(territory, status));
    }

    private static List<Condition> conditions(Optional<TerritoryId> territory, Optional<ProposalStatus> status) {
        List<Condition> conditions = new ArrayList<>();
        territory.ifPresent(t -> conditions.add(VSS_INSTITUTION_PROPOSAL.TERRITORY_ID.eq(t.value())
                .or(VSS_INSTITUTION_PROPOSAL.INSTITUTION_ID.in(DSL.select(VSS_PARTNER.INSTITUTION_ID).from(VSS_PARTNER)
                        .where(VSS_PARTNER.TERRITORY_ID.eq(t.value()))))
                .or(VSS_INSTITUTION_PROPOSAL.INSTITUTION_ID.in(DSL.select(VSS_MEETING_GUEST.INSTITUTION_ID).from(VSS_MEETING_GUEST)
                        .join(VSS_MEETING).on(VSS_MEETING.ID.eq(VSS_MEETING_GUEST.MEETING_ID))
                        .where(VSS_MEETING.TERRITORY_ID.eq(t.value()))))));
        status.ifPresent(s -> conditions.add(VSS_INSTITUTION_PROPOSAL.STATUS.eq(s.name())));
        if (conditions.isEmpty()) {
            conditions.add(DSL.noCondition());
        }
        return conditions;
    }

    private static InstitutionProposal withVersion(InstitutionProposal p, long version) {
        return new InstitutionProposal(p.id(), version, p.proposed(), p.territory(), p.proposedBy(), p.proposedAt(),
                p.status(), p.decidedBy(), p.decidedAt(), p.approvals());
    }

    private VssInstitutionProposalRecord record(InstitutionProposal proposal) {
        Institution proposed = proposal.proposed();
        VssInstitutionProposalRecord record = db.newRecord(VSS_INSTITUTION_PROPOSAL);
        record.setId(proposal.id().value());
        record.setVersion(proposal.version());
        record.setInstitutionId(proposed.id().value());
        record.setBaseVersion(proposed.version());
        record.setTerritoryId(proposal.territory().value());
        record.setProposedBy(proposal.proposedBy());
        record.setProposedAt(proposal.proposedAt().atOffset(ZoneOffset.UTC));
        record.setName(proposed.name());
        record.setSector(proposed.sector().name());
        record.setSiret(proposed.siret().map(Siret::value).orElse(null));
        record.setParentId(proposed.parent().map(InstitutionId::value).orElse(null));
        record.setStatus(proposal.status().name());
        record.setDecidedBy(proposal.decidedBy().orElse(null));
        record.setDecidedAt(proposal.decidedAt().map(at -> at.atOffset(ZoneOffset.UTC)).orElse(null));
        return record;
    }

    private static InstitutionProposal proposal(VssInstitutionProposalRecord r, List<ProposalApproval> approvals) {
        Institution proposed = new Institution(new InstitutionId(r.getInstitutionId()), r.getBaseVersion(), r.getName(),
                Sector.valueOf(r.getSector()), Optional.ofNullable(r.getSiret()).map(Siret::new),
                Optional.ofNullable(r.getParentId()).map(InstitutionId::new), Provenance.ENTERED);
        return new InstitutionProposal(new ProposalId(r.getId()), r.getVersion(), proposed, new TerritoryId(r.getTerritoryId()),
                r.getProposedBy(), r.getProposedAt().toInstant(), ProposalStatus.valueOf(r.getStatus()),
                Optional.ofNullable(r.getDecidedBy()), Optional.ofNullable(r.getDecidedAt()).map(OffsetDateTime::toInstant),
                approvals);
    }
}
