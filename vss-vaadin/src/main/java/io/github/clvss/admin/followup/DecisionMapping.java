package io.github.clvss.admin.followup;

import io.github.clvss.admin.base.FormMapping;
import io.github.clvss.core.followup.Action;
import java.util.Optional;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/**
 * Copies a meeting's decision form into the action it creates, through the action form, so the
 * action is made the way {@link ActionMapping} makes every new action.
 */
@Mapper(config = FormMapping.class)
interface DecisionMapping {

    DecisionMapping MAP = Mappers.getMapper(DecisionMapping.class);

    /** The action's form: its title is the decision's text when none is typed; no contributor, progress or note. */
    @Mapping(target = "title", expression = "java(form.getTitle().isBlank() ? form.getText() : form.getTitle())")
    @Mapping(target = "contributors", ignore = true)
    @Mapping(target = "progress", ignore = true)
    @Mapping(target = "note", ignore = true)
    ActionForm toActionForm(DecisionForm form);

    /** The action the decision creates, planned, when it creates one. */
    default Optional<Action> action(DecisionForm form, ActionMapping.Kept planned) {
        return form.isCreates() ? Optional.of(ActionMapping.MAP.toAction(toActionForm(form), planned)) : Optional.empty();
    }

    /** The decision's text as recorded. */
    default String text(DecisionForm form) {
        return form.getText().strip();
    }
}
