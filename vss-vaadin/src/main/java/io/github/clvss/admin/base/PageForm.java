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
import java.util.function.Function;

/**
 * The one frame of a form that sits in a page or in a larger dialog rather than in a dialog of its
 * own (the branding page, a partner's facts, a meeting's decision, a diagnostic note): the
 * problems found, the fields bound to a form model with a {@link Binder}, and a Save button the
 * host places where it belongs. It behaves as {@link FormDialog}: Save writes the model only when
 * every field is valid, each problem vss-core reports lands on the field its path names, a
 * conflict says that someone else changed the record meanwhile, and the input stays as typed.
 * After a save the form stays open on what was saved.
 *
 * <p>A form either extends it (its fields {@link #place placed} in the frame's layout, {@link
 * #save(Object)} overridden), or a host composes it with {@link #of} when the fields already sit
 * in its own layout ({@link #at} registers them).
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
    private Runnable saved = () -> { };

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

    /**
     * A form whose fields the host lays out itself: the frame holds the problems (add it where
     * they belong), the host binds each field with {@link #binder()}, registers it with {@link #at},
     * places {@link #saveButton()} and calls {@code binder().readBean(model())} once bound.
     *
     * @param saveKey the translation key of the Save button's text
     * @param modelType the form model's class
     * @param model the form model, filled with the record's values (or the defaults of a new one)
     * @param save saves what the form model holds and returns the sentence that tells the person
     *     what was saved; throws {@link VssException} when vss-core refuses
     */
    public static <M> PageForm<M> of(String saveKey, Class<M> modelType, M model, Function<M, String> save) {
        return new PageForm<>(saveKey, modelType, model) {
            @Override
            protected String save(M typed) {
                return save.apply(typed);
            }
        };
    }

    /** The form model. */
    public final M model() {
        return model;
    }

    /** The binder of the form model, to bind each field. */
    public final Binder<M> binder() {
        return binder;
    }

    /** Told after each save vss-core accepted (to redraw what the host shows around the form). */
    public final PageForm<M> onSaved(Runnable saved) {
        this.saved = saved;
        return this;
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

    /**
     * Registers a field the host placed in its own layout: problems vss-core reports at {@code
     * path} land on it.
     */
    public final <F extends Component & HasValidation> F at(String path, F field) {
        places.at(path, field);
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
            saved.run();
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
