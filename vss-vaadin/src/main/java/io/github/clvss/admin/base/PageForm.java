package io.github.clvss.admin.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.BinderValidationStatus;
import io.github.clvss.core.shared.ConflictException;
import io.github.clvss.core.shared.Messages;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.VssException;
import java.util.List;

/**
 * The frame of a form that sits in a page or in a larger dialog rather than in a dialog of its
 * own (the branding page, a partner's facts): the problems found, the fields bound to a form model
 * with a {@link Binder}, and a Save button the host places where it belongs. It behaves as
 * {@link FormDialog}: Save writes the model only when every field is valid, each problem vss-core
 * reports lands on the field its path names, a conflict says that someone else changed the record
 * meanwhile, and the input stays as typed. After a save the form stays open on what was saved.
 *
 * @param <M> the form model
 */
public abstract class PageForm<M> extends Div {

    private final M model;
    private final Binder<M> binder;
    private final ProblemList problems = new ProblemList();
    private final FormLayout form = new FormLayout();
    private final ProblemPlaces places = new ProblemPlaces();
    private final Button save;

    /**
     * @param saveKey the translation key of the Save button's text
     * @param modelType the form model's class
     * @param model the form model, filled with the record's values
     */
    protected PageForm(String saveKey, Class<M> modelType, M model) {
        this.model = model;
        this.binder = new Binder<>(modelType);
        add(problems, form);
        save = new Button(getTranslation(saveKey), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    }

    /** The form model. */
    protected final M model() {
        return model;
    }

    /** The binder of the form model, to bind each field. */
    protected final Binder<M> binder() {
        return binder;
    }

    /** The Save button, for the host to place (it is not part of the form's layout). */
    public final Button saveButton() {
        return save;
    }

    /**
     * Adds a field to the form; problems vss-core reports at {@code path} land on it.
     *
     * @param path the path vss-core names in its problems
     * @param field the field
     * @param columns how many of the form's two columns it spans
     */
    protected final <F extends Component & HasValidation> F place(String path, F field, int columns) {
        places.at(path, field);
        form.add(field, columns);
        return field;
    }

    /** Adds a component that is not a field to the form. */
    protected final void placeOther(Component component, int columns) {
        form.add(component, columns);
    }

    /** Shows problems that are not about the form's fields (an upload beside it), above it. */
    protected final void showProblems(List<Problem> found) {
        problems.show(getTranslation("form.problems"), found);
    }

    /**
     * Saves what the form model holds.
     *
     * @return the sentence that tells the person what was saved
     * @throws VssException when vss-core refuses
     */
    protected abstract String save(M model);

    private void save() {
        problems.clear();
        places.clear();
        if (!binder.writeBeanIfValid(model)) {
            BinderValidationStatus<M> status = binder.validate();
            problems.showSentences(getTranslation("form.problems"), FormDialog.refusedFields(status));
            return;
        }
        try {
            Refusals.done(save(model));
        } catch (ConflictException conflict) {
            problems.show(getTranslation("form.conflict"), place(conflict.problems()));
        } catch (VssException refused) {
            problems.show(getTranslation("form.problems"), place(refused.problems()));
        }
    }

    /** Puts each problem on its field; returns them all, for the list above the form. */
    private List<Problem> place(List<Problem> found) {
        places.place(found, Messages.of(getLocale()));
        return found;
    }
}
