package io.github.clvss.admin.followup;

import io.github.clvss.admin.base.FormMapping;
import io.github.clvss.core.followup.Action;
import io.github.clvss.core.followup.ActionId;
import io.github.clvss.core.followup.ActionStatus;
import java.util.Optional;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** Copies where an action stands into the status form, and the form into a change of status. */
@Mapper(config = FormMapping.class)
interface ActionStatusMapping {

    ActionStatusMapping MAP = Mappers.getMapper(ActionStatusMapping.class);

    /**
     * A change of status as {@code ActionPlan.changeStatus} takes it: the action at the version
     * it was read at, its new status and, when given up, why.
     */
    record StatusChange(ActionId id, long version, ActionStatus status, Optional<String> reason) {
    }

    @Mapping(target = "reason", expression = "java(action.abandonReason().orElse(\"\"))")
    ActionStatusForm toForm(Action action);

    @Mapping(target = "id", source = "action.id")
    @Mapping(target = "version", source = "action.version")
    @Mapping(target = "status", source = "form.status")
    @Mapping(target = "reason", expression = "java(reason(form))")
    StatusChange toChange(ActionStatusForm form, Action action);

    /** The reason, stripped, only when the action is given up (a reason for anything else is refused). */
    default Optional<String> reason(ActionStatusForm form) {
        return form.getStatus() == ActionStatus.ABANDONED ? Optional.of(form.getReason().strip()) : Optional.empty();
    }
}
