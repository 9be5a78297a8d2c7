package io.github.clvss.core.internal.persistence;

import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_DIAGNOSTIC_NOTE;

import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.indicator.DiagnosticNote;
import io.github.clvss.core.indicator.DiagnosticNotes;
import io.github.clvss.core.internal.persistence.schema.tables.records.VssDiagnosticNoteRecord;
import io.github.clvss.core.shared.ConflictException;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Provenance;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * The diagnostic's notes in {@code vss_diagnostic_note}, the general note under the key {@code *};
 * each written against its version (a note of version 0 is new).
 */
final class JooqDiagnosticNotes implements DiagnosticNotes {

    private static final String GENERAL = "*";

    private final DSLContext db;

    JooqDiagnosticNotes(DSLContext db) {
        this.db = db;
    }

    @Override
    public DiagnosticNote put(DiagnosticNote note) {
        int written;
        if (note.version() == 0) {
            written = db.insertInto(VSS_DIAGNOSTIC_NOTE)
                    .set(VSS_DIAGNOSTIC_NOTE.CONTRACT_ID, note.contract().value())
                    .set(VSS_DIAGNOSTIC_NOTE.NOTE_YEAR, note.year())
                    .set(VSS_DIAGNOSTIC_NOTE.NOTE_KEY, note.commitment().orElse(GENERAL))
                    .set(VSS_DIAGNOSTIC_NOTE.BODY, note.text())
                    .set(VSS_DIAGNOSTIC_NOTE.PROVENANCE, note.provenance().name())
                    .set(VSS_DIAGNOSTIC_NOTE.VERSION, 1L)
                    .onDuplicateKeyIgnore()
                    .execute();
        } else {
            written = db.update(VSS_DIAGNOSTIC_NOTE)
                    .set(VSS_DIAGNOSTIC_NOTE.BODY, note.text())
                    .set(VSS_DIAGNOSTIC_NOTE.PROVENANCE, note.provenance().name())
                    .set(VSS_DIAGNOSTIC_NOTE.VERSION, note.version() + 1)
                    .where(at(note.contract(), note.year(), note.commitment()))
                    .and(VSS_DIAGNOSTIC_NOTE.VERSION.eq(note.version()))
                    .execute();
        }
        if (written == 0) {
            throw stale(note.year());
        }
        return new DiagnosticNote(note.contract(), note.year(), note.commitment(), note.text(), note.provenance(),
                note.version() + 1);
    }

    @Override
    public Optional<DiagnosticNote> find(ContractId contract, int year, Optional<String> commitment) {
        return db.selectFrom(VSS_DIAGNOSTIC_NOTE).where(at(contract, year, commitment))
                .fetchOptional(r -> note(contract, r));
    }

    @Override
    public void remove(ContractId contract, int year, Optional<String> commitment, long version) {
        int removed = db.deleteFrom(VSS_DIAGNOSTIC_NOTE).where(at(contract, year, commitment))
                .and(VSS_DIAGNOSTIC_NOTE.VERSION.eq(version))
                .execute();
        if (removed == 0 && find(contract, year, commitment).isPresent()) {
            throw stale(year);
        }
    }

    private static Condition at(ContractId contract, int year, Optional<String> commitment) {
        return VSS_DIAGNOSTIC_NOTE.CONTRACT_ID.eq(contract.value())
                .and(VSS_DIAGNOSTIC_NOTE.NOTE_YEAR.eq(year))
                .and(VSS_DIAGNOSTIC_NOTE.NOTE_KEY.eq(commitment.orElse(GENERAL)));
    }

    private static ConflictException stale(int year) {
        return new ConflictException(Problem.general("diagnostic.note.changed", year));
    }

    private static DiagnosticNote note(ContractId contract, VssDiagnosticNoteRecord r) {
        return new DiagnosticNote(contract, r.getNoteYear(),
                GENERAL.equals(r.getNoteKey()) ? Optional.empty() : Optional.of(r.getNoteKey()), r.getBody(),
                Provenance.valueOf(r.getProvenance()), r.getVersion());
    }

    @Override
    public List<DiagnosticNote> all(ContractId contract) {
        // '*' sorts before letters and digits: each year's general note comes first
        return db.selectFrom(VSS_DIAGNOSTIC_NOTE).where(VSS_DIAGNOSTIC_NOTE.CONTRACT_ID.eq(contract.value()))
                .orderBy(VSS_DIAGNOSTIC_NOTE.NOTE_YEAR, VSS_DIAGNOSTIC_NOTE.NOTE_KEY)
                .fetch(r -> note(contract, r));
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
                .fetch(r -> note(contract, r));
    }
}
