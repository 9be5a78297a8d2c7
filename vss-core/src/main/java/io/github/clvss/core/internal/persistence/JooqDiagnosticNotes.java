package io.github.clvss.core.internal.persistence;

import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_DIAGNOSTIC_NOTE;

import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.indicator.DiagnosticNote;
import io.github.clvss.core.indicator.DiagnosticNotes;
import io.github.clvss.core.shared.Provenance;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** The diagnostic's notes in {@code vss_diagnostic_note}, the general note under the key {@code *}. */
final class JooqDiagnosticNotes implements DiagnosticNotes {

    private static final String GENERAL = "*";

    private final DSLContext db;

    JooqDiagnosticNotes(DSLContext db) {
        this.db = db;
    }

    @Override
    public void put(DiagnosticNote note) {
        remove(note.contract(), note.year(), note.commitment());
        db.insertInto(VSS_DIAGNOSTIC_NOTE)
                .set(VSS_DIAGNOSTIC_NOTE.CONTRACT_ID, note.contract().value())
                .set(VSS_DIAGNOSTIC_NOTE.NOTE_YEAR, note.year())
                .set(VSS_DIAGNOSTIC_NOTE.NOTE_KEY, note.commitment().orElse(GENERAL))
                .set(VSS_DIAGNOSTIC_NOTE.BODY, note.text())
                .set(VSS_DIAGNOSTIC_NOTE.PROVENANCE, note.provenance().name())
                .execute();
    }

    @Override
    public void remove(ContractId contract, int year, Optional<String> commitment) {
        db.deleteFrom(VSS_DIAGNOSTIC_NOTE).where(VSS_DIAGNOSTIC_NOTE.CONTRACT_ID.eq(contract.value()))
                .and(VSS_DIAGNOSTIC_NOTE.NOTE_YEAR.eq(year))
                .and(VSS_DIAGNOSTIC_NOTE.NOTE_KEY.eq(commitment.orElse(GENERAL)))
                .execute();
    }

    @Override
    public List<DiagnosticNote> all(ContractId contract) {
        // '*' sorts before letters and digits: each year's general note comes first
        return db.selectFrom(VSS_DIAGNOSTIC_NOTE).where(VSS_DIAGNOSTIC_NOTE.CONTRACT_ID.eq(contract.value()))
                .orderBy(VSS_DIAGNOSTIC_NOTE.NOTE_YEAR, VSS_DIAGNOSTIC_NOTE.NOTE_KEY)
                .fetch(r -> new DiagnosticNote(contract, r.getNoteYear(),
                        GENERAL.equals(r.getNoteKey()) ? Optional.empty() : Optional.of(r.getNoteKey()), r.getBody(),
                        Provenance.valueOf(r.getProvenance())));
    }

    @Override
    public void removeAll(ContractId contract) {
        db.deleteFrom(VSS_DIAGNOSTIC_NOTE).where(VSS_DIAGNOSTIC_NOTE.CONTRACT_ID.eq(contract.value())).execute();
    }

    @Override
    public List<DiagnosticNote> of(ContractId contract, int year) {
        // '*' sorts before letters and digits: the general note comes first
        return db.selectFrom(VSS_DIAGNOSTIC_NOTE).where(VSS_DIAGNOSTIC_NOTE.CONTRACT_ID.eq(contract.value()))
                .and(VSS_DIAGNOSTIC_NOTE.NOTE_YEAR.eq(year))
                .orderBy(VSS_DIAGNOSTIC_NOTE.NOTE_KEY)
                .fetch(r -> new DiagnosticNote(contract, year,
                        GENERAL.equals(r.getNoteKey()) ? Optional.empty() : Optional.of(r.getNoteKey()), r.getBody(),
                        Provenance.valueOf(r.getProvenance())));
    }
}
