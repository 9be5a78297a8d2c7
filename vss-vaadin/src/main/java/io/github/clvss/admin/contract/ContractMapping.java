package io.github.clvss.admin.contract;

import io.github.clvss.admin.base.FormMapping;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.contract.ContractAct;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.contract.Signatory;
import java.time.LocalDate;
import java.util.Optional;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/**
 * Copies a contract's dates into their form and back, and each act's form into the act it
 * records (MapStruct writes the code).
 */
@Mapper(config = FormMapping.class)
interface ContractMapping {

    ContractMapping MAP = Mappers.getMapper(ContractMapping.class);

    /** A change of dates as {@code ContractManagement.reschedule} takes it: against the version read. */
    record Schedule(ContractId id, long version, Optional<LocalDate> startDate, Optional<LocalDate> endDate) {
    }

    ContractDatesForm toForm(Contract contract);

    @Mapping(target = "id", source = "contract.id")
    @Mapping(target = "version", source = "contract.version")
    @Mapping(target = "startDate", source = "form.startDate")
    @Mapping(target = "endDate", source = "form.endDate")
    Schedule toSchedule(ContractDatesForm form, Contract contract);

    /** The approval by the deliberation chosen, on the day of its session. */
    @Mapping(target = "deliberation", expression = "java(form.getDeliberation().id())")
    @Mapping(target = "on", expression = "java(form.getDeliberation().session().date().orElseThrow())")
    ContractAct.Approved toApproval(ApprovalForm form);

    /** The signatory's signature of the text version it is asked to sign. */
    @Mapping(target = "partner", source = "signatory.partner.partner")
    @Mapping(target = "on", source = "form.on")
    @Mapping(target = "textVersion", source = "signatory.textVersion")
    ContractAct.Signed toSignature(SignatureForm form, Signatory signatory);

    /** The termination on the day typed, {@code today} when none is, for the reason typed. */
    @Mapping(target = "on", expression = "java(form.getOn() == null ? today : form.getOn())")
    @Mapping(target = "reason", expression = "java(form.getReason().strip())")
    ContractAct.Terminated toTermination(TerminationForm form, LocalDate today);

    default LocalDate date(Optional<LocalDate> date) {
        return date.orElse(null);
    }

    default Optional<LocalDate> date(LocalDate date) {
        return Optional.ofNullable(date);
    }
}
