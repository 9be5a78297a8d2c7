package io.github.clvss.admin.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.binder.Binder;
import io.github.clvss.core.shared.ConflictException;
import io.github.clvss.core.shared.Messages;
import io.github.clvss.core.shared.VssException;
import java.util.function.Function;

/**
 * A form embedded in a page or a detail dialog, by composition (not a dialog of its own, see
 * {@link FormDialog}; {@link PageForm} is the same as a component the host places): fields
 * bound to a form model with a {@link Binder}, and the problems vss-core finds put each on the
 * field its path names ({@link ProblemPlaces}), the rest in a {@link ProblemList}. The
 * person's input stays when vss-core refuses.
 *
 * @param <M> the form model
 */
public final class FieldBinding<M> {

    private final M model;
    private final Binder<M> binder;
    private final ProblemList problems;
    private final ProblemPlaces places = new ProblemPlaces();

    /**
     * @param modelType the form model's class
     * @param model the form model, filled with the record's values (or the defaults of a new one)
     * @param problems where the problems that belong to no field are shown
     */
    public FieldBinding(Class<M> modelType, M model, ProblemList problems) {
        this.model = model;
        this.binder = new Binder<>(modelType);
        this.problems = problems;
    }

    /** The binder of the form model, to bind each field; call {@code readBean(model())} once bound. */
    public Binder<M> binder() {
        return binder;
    }

    /** The form model. */
    public M model() {
        return model;
    }

    /** Registers a field: problems vss-core reports at {@code path} land on it. */
    public <F extends Component & HasValidation> F place(String path, F field) {
        places.at(path, field);
        return field;
    }

    /**
     * Writes the fields into the form model if each is valid, then hands it to {@code save}; tells
     * the person the sentence it returns. When vss-core refuses, the problems land on their
     * fields (the rest in the list, under the conflict sentence when someone saved meanwhile).
     *
     * @return whether it was saved
     */
    public boolean save(Function<M, String> save) {
        problems.clear();
        places.clear();
        if (!binder.writeBeanIfValid(model)) {
            binder.validate();
            return false;
        }
        UI ui = UI.getCurrent();
        try {
            Refusals.done(save.apply(model));
            return true;
        } catch (VssException refused) {
            problems.show(ui.getTranslation(refused instanceof ConflictException ? "form.conflict" : "form.problems"),
                    places.place(refused.problems(), Messages.of(ui.getLocale())));
            return false;
        }
    }
}
