package io.github.clvss.admin.deliberation;

import com.vaadin.flow.component.HasValidation;
import io.github.clvss.admin.base.ProblemList;
import io.github.clvss.admin.base.ProblemPlaces;
import io.github.clvss.core.shared.ConflictException;
import io.github.clvss.core.shared.Messages;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.VssException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The page-form counterpart of {@code base/FormDialog}'s refusal handling, for a form that is a
 * page and not a dialog: each problem vss-core reports lands on the field whose path it names
 * (a problem about one item of a list lands on the list's field), the rest in a problem list
 * above the form — in words only: vss-core's paths ({@code $.object}) are not shown; a conflict about a changed record says so. The input is never touched.
 */
final class FieldProblems {

    private final ProblemList list = new ProblemList();
    private final ProblemPlaces places = new ProblemPlaces();
    private final Function<String, String> texts;

    /** @param texts the screen's translations by key */
    FieldProblems(Function<String, String> texts) {
        this.texts = texts;
    }

    /** The list that shows the problems no field takes. */
    ProblemList list() {
        return list;
    }

    /** Problems vss-core reports at {@code path} land on {@code field}. */
    <F extends HasValidation> F at(String path, F field) {
        return places.at(path, field);
    }

    /** Clears every problem shown, before a new attempt. */
    void clear() {
        list.clear();
        places.clear();
    }

    /** Shows why vss-core refused: on the fields, and what no field takes above the form. */
    void refused(VssException refused, Locale locale) {
        boolean changed = refused instanceof ConflictException
                && refused.problems().stream().anyMatch(p -> p.code().equals("record.changed"));
        Messages messages = Messages.of(locale);
        List<Problem> rest = places.place(refused.problems(), messages);
        list.show(texts.apply(changed ? "form.conflict" : "form.problems"), rest.stream()
                .map(p -> new Problem(p.code(), p.arguments(), java.util.Optional.empty(), p.severity())).toList());
    }
}
