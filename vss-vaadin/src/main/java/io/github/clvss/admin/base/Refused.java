package io.github.clvss.admin.base;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;

/** The content of the error pages: a heading, what happened, the way back to the start. */
final class Refused {

    private Refused() {
    }

    static void fill(Main page, String key) {
        page.removeAll();
        page.addClassName("vss-page");
        page.add(new H1(page.getTranslation(key + ".title")), new Paragraph(page.getTranslation(key + ".text")),
                new Anchor("", page.getTranslation("error.home")));
    }
}
