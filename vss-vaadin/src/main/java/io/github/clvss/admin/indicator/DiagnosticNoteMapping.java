package io.github.clvss.admin.indicator;

import io.github.clvss.admin.base.FormMapping;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.indicator.DiagnosticNote;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** Reads the diagnostic's note form into the contract's general note of the year (MapStruct writes the code). */
@Mapper(config = FormMapping.class)
interface DiagnosticNoteMapping {

    DiagnosticNoteMapping MAP = Mappers.getMapper(DiagnosticNoteMapping.class);

    /** The note about the whole contract (no commitment), as typed, stripped, against the version shown (0: none). */
    @Mapping(target = "contract", source = "contract")
    @Mapping(target = "year", source = "form.year")
    @Mapping(target = "commitment", expression = "java(java.util.Optional.empty())")
    @Mapping(target = "text", expression = "java(form.getText().strip())")
    @Mapping(target = "provenance", constant = "ENTERED")
    @Mapping(target = "version", source = "version")
    DiagnosticNote toNote(DiagnosticNoteForm form, ContractId contract, long version);
}
