package io.github.clvss.admin.branding;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.github.clvss.admin.security.CurrentUser;
import io.github.clvss.admin.security.TerritoryContext;
import io.github.clvss.core.branding.BrandingAdministration;
import io.github.clvss.core.territory.Territory;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;

/**
 * The current territory's branding: the application's name, its main colour (readable on
 * white) and logo. What is left empty comes from the installation's configuration.
 */
@Menu(order = 510, title = "nav.branding", icon = "vaadin:paintbrush")
@Route("apparence")
@RolesAllowed({"PLATFORM_ADMINISTRATOR", "COORDINATOR"})
final class BrandingView extends Main implements HasDynamicTitle {

    BrandingView(BrandingAdministration branding, CurrentUser user, TerritoryContext territories) {
        addClassName("vss-page");
        add(new H1(getTranslation("branding.title")));
        Optional<Territory> territory = territories.current();
        if (territory.isEmpty()) {
            add(new Paragraph(getTranslation("overview.no-territory")));
            return;
        }
        BrandingEditor form = new BrandingEditor(branding, user, branding.of(user.actor(), territory.get().id()));
        add(new Paragraph(getTranslation("branding.help")), form, form.saveButton());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("branding.title");
    }
}
