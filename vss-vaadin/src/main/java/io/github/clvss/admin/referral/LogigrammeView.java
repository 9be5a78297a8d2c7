package io.github.clvss.admin.referral;

import io.github.clvss.core.document.Documents;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.github.clvss.admin.security.CurrentUser;
import io.github.clvss.admin.security.TerritoryContext;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.territory.Territory;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;

/**
 * The territory's rule set drawn as the question tree — danger, minor, who asks, consent,
 * emprise — with what to do at the leaves, local circuits included: on screen, as an A3 PDF
 * to pin on a wall, and as a text version for screen readers.
 */
@Menu(order = 420, title = "nav.logigramme", icon = "vaadin:sitemap")
@Route("logigramme")
@PermitAll
final class LogigrammeView extends Main implements HasDynamicTitle {

    /** A 375-pixel phone's width less the page's margins and the picture's border. */
    static final int PHONE_WIDTH = 340;

    LogigrammeView(Documents documents, CurrentUser user, TerritoryContext territories) {
        addClassName("vss-page");
        add(new H1(getTranslation("logigramme.title")));
        Optional<Territory> territory = territories.current();
        if (territory.isEmpty()) {
            add(new Paragraph(getTranslation("overview.no-territory")));
            return;
        }
        Language language = Language.of(getLocale());
        String base = "documents/territories/" + territory.get().id() + "/logigramme";
        String lang = "?lang=" + language.locale().getLanguage();
        Anchor pdf = new Anchor(base + ".pdf" + lang, getTranslation("logigramme.pdf"));
        pdf.setId("logigramme-pdf");
        pdf.getElement().setAttribute("router-ignore", true);
        pdf.getElement().setAttribute("download", true);
        Anchor text = new Anchor(base + ".html" + lang, getTranslation("logigramme.text"));
        text.setId("logigramme-text");
        text.getElement().setAttribute("router-ignore", true);
        text.setTarget(AnchorTarget.BLANK);
        Div links = new Div(pdf, text);
        links.addClassName("vss-links");
        add(new Paragraph(getTranslation("logigramme.intro")), links);
        // drawn twice: at its screen width, and narrower for a phone, whose text wraps onto more
        // lines instead of shrinking or scrolling sideways; the style sheet shows the one that fits
        String wide = documents.logigrammeSvg(user.actor(), territory.get().id(), language);
        String narrow = documents.logigrammeSvg(user.actor(), territory.get().id(), language, PHONE_WIDTH)
                .replace("logigramme-title", "logigramme-title-phone").replace("logigramme-desc", "logigramme-desc-phone");
        Html widePicture = new Html(wide.substring(wide.indexOf("<svg")));
        widePicture.getElement().getClassList().add("vss-logigramme-wide");
        Html narrowPicture = new Html(narrow.substring(narrow.indexOf("<svg")));
        narrowPicture.getElement().getClassList().add("vss-logigramme-narrow");
        Div picture = new Div(widePicture, narrowPicture);
        picture.addClassName("vss-logigramme");
        picture.setId("logigramme-picture");
        // a scrolling region must be reachable with the keyboard
        picture.getElement().setAttribute("tabindex", "0");
        picture.getElement().setAttribute("role", "region");
        picture.getElement().setAttribute("aria-label", getTranslation("logigramme.title"));
        add(picture);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("logigramme.title");
    }
}
