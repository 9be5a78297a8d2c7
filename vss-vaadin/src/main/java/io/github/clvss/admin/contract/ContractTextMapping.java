package io.github.clvss.admin.contract;

import io.github.clvss.admin.base.FormMapping;
import io.github.clvss.core.contract.Annex;
import io.github.clvss.core.contract.Axis;
import io.github.clvss.core.contract.Commitment;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.contract.ContractAct;
import io.github.clvss.core.contract.ContractText;
import io.github.clvss.core.contract.LegalReference;
import io.github.clvss.core.shared.Provenance;
import io.github.clvss.core.access.TerritoryId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/**
 * Copies a contract's text into the editor's form and back, part by part (MapStruct writes the
 * code): each commitment keeps its id whatever the coordinator moves or rewords; and makes the
 * new contract and the amendment the forms describe.
 */
@Mapper(config = FormMapping.class, imports = {Optional.class, Provenance.class})
interface ContractTextMapping {

    ContractTextMapping MAP = Mappers.getMapper(ContractTextMapping.class);

    @Mapping(target = "deliberation", ignore = true)
    ContractTextForm toForm(ContractText text);

    ContractText toText(ContractTextForm form);

    AxisForm toForm(Axis axis);

    @Mapping(target = "title", expression = "java(stripped(form.getTitle()))")
    Axis toAxis(AxisForm form);

    CommitmentForm toForm(Commitment commitment);

    @Mapping(target = "text", expression = "java(stripped(form.getText()))")
    Commitment toCommitment(CommitmentForm form);

    ReferenceForm toForm(LegalReference reference);

    @Mapping(target = "title", expression = "java(stripped(form.getTitle()))")
    @Mapping(target = "number", expression = "java(optional(form.getNumber()))")
    LegalReference toReference(ReferenceForm form);

    AnnexForm toForm(Annex annex);

    @Mapping(target = "title", expression = "java(stripped(form.getTitle()))")
    @Mapping(target = "text", expression = "java(stripped(form.getText()))")
    Annex toAnnex(AnnexForm form);

    /** The amendment the form records: its deliberation, on the day of its session, as text version {@code version}. */
    @Mapping(target = "deliberation", expression = "java(form.getDeliberation().id())")
    @Mapping(target = "on", expression = "java(form.getDeliberation().session().date().orElseThrow())")
    @Mapping(target = "textVersion", source = "version")
    ContractAct.Amended toAmendment(ContractTextForm form, int version);

    /** A new draft contract of {@code territory}, entered by the coordinator. */
    default Contract toContract(NewContractForm form, TerritoryId territory, Clock clock) {
        return Contract.draft(clock, territory, stripped(form.getTitle()), Optional.ofNullable(form.getStartDate()),
                Optional.ofNullable(form.getEndDate()), Provenance.ENTERED);
    }

    default String stripped(String typed) {
        return typed == null ? "" : typed.strip();
    }

    default Optional<String> optional(String typed) {
        return typed == null || typed.isBlank() ? Optional.empty() : Optional.of(typed.strip());
    }

    default String text(Optional<String> value) {
        return value.orElse("");
    }

    default Integer number(Optional<Integer> value) {
        return value.orElse(null);
    }

    default Optional<Integer> number(Integer value) {
        return Optional.ofNullable(value);
    }

    default LocalDate date(Optional<LocalDate> date) {
        return date.orElse(null);
    }

    default Optional<LocalDate> date(LocalDate date) {
        return Optional.ofNullable(date);
    }
}
