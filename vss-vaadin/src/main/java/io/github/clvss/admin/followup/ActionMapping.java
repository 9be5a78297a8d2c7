package io.github.clvss.admin.followup;

import io.github.clvss.admin.base.FormMapping;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.followup.Action;
import io.github.clvss.core.followup.ActionId;
import io.github.clvss.core.followup.ActionStatus;
import io.github.clvss.core.followup.Evidence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** Copies an action into its form and the form back into an action (MapStruct writes the code). */
@Mapper(config = FormMapping.class)
interface ActionMapping {

    ActionMapping MAP = Mappers.getMapper(ActionMapping.class);

    /**
     * What the form does not show of an action: who it is, where it stands, its documents. A new
     * action is planned, without evidence.
     */
    record Kept(ActionId id, long version, TerritoryId territory, ContractId contract, ActionStatus status,
            Optional<String> abandonReason, List<Evidence> evidence) {

        static Kept of(Action action) {
            return new Kept(action.id(), action.version(), action.territory(), action.contract(), action.status(),
                    action.abandonReason(), action.evidence());
        }

        static Kept planned(ActionId id, TerritoryId territory, ContractId contract) {
            return new Kept(id, 0, territory, contract, ActionStatus.PLANNED, Optional.empty(), List.of());
        }
    }

    @Mapping(target = "note", expression = "java(noteOf(action.evidence()))")
    ActionForm toForm(Action action);

    @Mapping(target = "id", source = "kept.id")
    @Mapping(target = "version", source = "kept.version")
    @Mapping(target = "territory", source = "kept.territory")
    @Mapping(target = "contract", source = "kept.contract")
    @Mapping(target = "status", source = "kept.status")
    @Mapping(target = "abandonReason", source = "kept.abandonReason")
    @Mapping(target = "commitment", source = "form.commitment")
    @Mapping(target = "title", expression = "java(form.getTitle().strip())")
    @Mapping(target = "lead", source = "form.lead")
    @Mapping(target = "contributors", expression = "java(others(form))")
    @Mapping(target = "deadline", source = "form.deadline")
    @Mapping(target = "progress", expression = "java(kept.status() == ActionStatus.DONE ? 100 : percent(form.getProgress()))")
    @Mapping(target = "evidence", expression = "java(evidence(form.getNote(), kept.evidence()))")
    @Mapping(target = "provenance", constant = "ENTERED")
    Action toAction(ActionForm form, Kept kept);

    /** The contributors besides the lead, in the order chosen. */
    default List<PartnerId> others(ActionForm form) {
        return form.getContributors().stream().filter(p -> !p.equals(form.getLead())).toList();
    }

    default int percent(Integer progress) {
        return progress == null ? 0 : progress;
    }

    default Set<PartnerId> contributors(List<PartnerId> contributors) {
        return new LinkedHashSet<>(contributors);
    }

    default LocalDate date(Optional<LocalDate> date) {
        return date.orElse(null);
    }

    default Optional<LocalDate> date(LocalDate date) {
        return Optional.ofNullable(date);
    }

    /** The action's note: the text of its first note, empty where it has none. */
    default String noteOf(List<Evidence> evidence) {
        return evidence.stream().filter(Evidence.Note.class::isInstance).findFirst().map(Evidence::text).orElse("");
    }

    /**
     * The evidence after the form: the action's notes give way to the form's note, in the first
     * one's place (or last, when there was none); documents stay. A blank note means no note.
     */
    default List<Evidence> evidence(String note, List<Evidence> before) {
        List<Evidence> after = new ArrayList<>();
        boolean placed = false;
        for (Evidence e : before) {
            if (!(e instanceof Evidence.Note)) {
                after.add(e);
            } else if (!placed) {
                placed = true;
                if (!note.isBlank()) {
                    after.add(new Evidence.Note(note.strip()));
                }
            }
        }
        if (!placed && !note.isBlank()) {
            after.add(new Evidence.Note(note.strip()));
        }
        return after;
    }
}
