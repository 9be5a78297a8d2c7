package io.github.clvss.admin.base;

import com.vaadin.flow.component.HasValidation;
import io.github.clvss.core.shared.Messages;
import io.github.clvss.core.shared.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the problems vss-core reports land in a form: each field registered under the path
 * vss-core names (a problem about one item of a list, {@code action.contributors[2]}, lands on
 * the list's field), in words — the path is vss-core's, not the person's. The one mechanism
 * behind {@link FormDialog} and {@link PageForm}.
 */
public final class ProblemPlaces {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    /** Problems vss-core reports at {@code path} land on {@code field}. */
    public <F extends HasValidation> F at(String path, F field) {
        fields.put(path, field);
        return field;
    }

    /** Clears what the fields showed, before a new attempt. */
    public void clear() {
        fields.values().forEach(field -> field.setInvalid(false));
    }

    /** Puts each problem on its field; returns those no field takes, in their order. */
    public List<Problem> place(List<Problem> found, Messages messages) {
        List<Problem> rest = new ArrayList<>();
        for (Problem problem : found) {
            HasValidation field = problem.path()
                    .map(path -> fields.getOrDefault(path, fields.get(path.replaceAll("\\[\\d+]$", "")))).orElse(null);
            if (field == null) {
                rest.add(problem);
            } else {
                field.setErrorMessage(messages.text(problem));
                field.setInvalid(true);
            }
        }
        return rest;
    }
}
