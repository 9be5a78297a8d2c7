package io.github.clvss.admin.base;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import io.github.clvss.core.shared.Messages;
import io.github.clvss.core.shared.Problem;
import java.util.List;

/**
 * Problems found in what the person entered or uploaded, each with where it is, in their
 * language; announced to screen readers as an alert.
 */
public final class ProblemList extends Div {

    public ProblemList() {
        addClassName("vss-problems");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    /** Shows the problems under a heading, or hides the list when there are none. */
    public void show(String heading, List<Problem> problems) {
        Messages messages = Messages.of(getLocale());
        showSentences(heading, problems.stream().map(messages::explain).toList());
    }

    /** Shows sentences already in the person's language (a field's refusal), or hides the list when there are none. */
    public void showSentences(String heading, List<String> sentences) {
        removeAll();
        setVisible(!sentences.isEmpty());
        if (sentences.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        sentences.forEach(sentence -> list.add(new ListItem(sentence)));
        add(new Paragraph(heading), list);
    }

    public void clear() {
        show("", List.of());
    }
}
