package io.github.clvss.admin.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.BinderValidationStatus;
import io.github.clvss.core.shared.ConflictException;
import io.github.clvss.core.shared.Messages;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.VssException;
import java.util.ArrayList;
import java.util.List;

/**
 * The frame of every form in a dialog: a title, the problems found, the fields bound to a form
 * model with a {@link Binder}, and Cancel / Save. The form model may be half-typed and invalid
 * while the person types; Save writes it only when every field is valid, then hands it to
 * {@link #save}. When vss-core refuses, each problem lands on the field its path names (the rest
 * above the form), a conflict says that someone else changed the record meanwhile, and the
 * person's input stays as typed.
 *
 * @param <M> the form model
 */
public abstract class FormDialog<M> extends Dialog {

    private final M model;
    private final Binder<M> binder;
    private final ProblemList problems = new ProblemList();
    private final FormLayout form = new FormLayout();
    private final ProblemPlaces places = new ProblemPlaces();
    private final Runnable saved;
    private final Button save;
    private boolean listEvery;

    /**
     * @param titleKey the translation key of the dialog's title
     * @param modelType the form model's class
     * @param model the form model, filled with the record's values (or the defaults of a new one)
     * @param saved told once the record is saved
     */
    protected FormDialog(String titleKey, Class<M> modelType, M model, Runnable saved) {
        this.model = model;
        this.binder = new Binder<>(modelType);
        this.saved = saved;
        setHeaderTitle(getTranslation(titleKey));
        add(problems, form);
        save = new Button(getTranslation("referents.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    /** The form model: what the fields show once {@link Binder#readBean} is called with it. */
    protected final M model() {
        return model;
    }

    /** The binder of the form model, to bind each field. */
    protected final Binder<M> binder() {
        return binder;
    }

    /**
     * Adds a field to the form; problems vss-core reports at {@code path} land on it.
     *
     * @param path the path vss-core names in its problems (e.g. {@code action.title}); a problem
     *     about one item of a list ({@code action.contributors[2]}) lands on the list's field
     * @param field the field
     * @param columns how many of the form's two columns it spans
     */
    protected final <F extends Component & HasValidation> F place(String path, F field, int columns) {
        places.at(path, field);
        form.add(field, columns);
        return field;
    }

    /**
     * The Save button, for a form whose act has another name ("Ouvrir le compte", "Enregistrer la
     * signature"), that may not be saved at all (disabled), or that a browser test finds by its id.
     */
    protected final Button saveButton() {
        return save;
    }

    /**
     * Lists every problem above the form as well, not only those that belong to no field: the ones
     * placed on a field, and each field the binder refuses before saving ("Identifiant : …"). For
     * the forms whose people (and tests) read every problem in one list, announced as an alert.
     */
    protected final void listEveryProblem() {
        listEvery = true;
    }

    /** Adds a component that is not a field (a hint, a group) to the form. */
    protected final void placeOther(Component component, int columns) {
        form.add(component, columns);
    }

    /**
     * The heading above the problems when vss-core refuses: by default, that someone saved the
     * record meanwhile (a conflict), or what to check. A form that records an act may say so.
     */
    protected String refusalHeading(VssException refusal) {
        return getTranslation(refusal instanceof ConflictException ? "form.conflict" : "form.problems");
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
            if (listEvery) {
                problems.showSentences(getTranslation("form.problems"), refusedFields(status));
            }
            return;
        }
        try {
            String done = save(model);
            Refusals.done(done);
            saved.run();
            close();
        } catch (VssException refused) {
            problems.show(refusalHeading(refused), unplaced(refused.problems()));
        }
    }

    /** What the binder refused, one sentence a field: its label, then why. */
    static List<String> refusedFields(BinderValidationStatus<?> status) {
        List<String> sentences = new ArrayList<>();
        status.getFieldValidationErrors().forEach(error -> error.getMessage().ifPresent(message ->
                sentences.add(error.getField() instanceof HasLabel labelled && labelled.getLabel() != null
                        ? labelled.getLabel() + " : " + message : message)));
        status.getBeanValidationErrors().forEach(error -> sentences.add(error.getErrorMessage()));
        return sentences;
    }

    /**
     * Puts each problem on its field; returns those that belong to no field (or all of them, when
     * {@link #listEveryProblem} was asked).
     */
    private List<Problem> unplaced(List<Problem> found) {
        List<Problem> rest = places.place(found, Messages.of(getLocale()));
        return listEvery ? found : rest;
    }
}
