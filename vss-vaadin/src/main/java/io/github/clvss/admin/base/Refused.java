package io.github.clvss.admin.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.di.Instantiator;

/**
 * The content of the error pages: a heading, what happened, the way back to the start; for a
 * signed-in person inside the usual frame (menu, header), as every other screen.
 */
final class Refused {

    private Refused() {
    }

    static void fill(Div page, String key, boolean signedIn) {
        page.removeAll();
        page.getStyle().set("display", "contents");
        Main content = new Main(new H1(page.getTranslation(key + ".title")), new Paragraph(page.getTranslation(key + ".text")),
                new Anchor("", page.getTranslation("error.home")));
        content.addClassName("vss-page");
        if (signedIn) {
            MainLayout frame = Instantiator.get(UI.getCurrent()).getOrCreate(MainLayout.class);
            frame.showRouterLayoutContent(content);
            page.add(frame);
        } else {
            page.add(content);
        }
    }
}
