package io.github.clvss.admin.branding;

import io.github.clvss.core.branding.BrandingAdministration;
import io.github.clvss.admin.base.ProblemList;
import io.github.clvss.admin.base.Refusals;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import io.github.clvss.admin.security.CurrentUser;
import io.github.clvss.admin.security.TerritoryContext;
import io.github.clvss.core.branding.Branding;
import io.github.clvss.core.branding.Colour;
import io.github.clvss.core.branding.Logo;
import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.Validation;
import io.github.clvss.core.shared.VssException;
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

    private final TextField name = new TextField();
    private final TextField colour = new TextField();
    private final ProblemList problems = new ProblemList();
    private final Paragraph logoState = new Paragraph();
    private Optional<Logo> logo = Optional.empty();
    private long version;

    BrandingView(BrandingAdministration branding, CurrentUser user, TerritoryContext territories) {
        addClassName("vss-page");
        add(new H1(getTranslation("branding.title")));
        Optional<Territory> territory = territories.current();
        if (territory.isEmpty()) {
            add(new Paragraph(getTranslation("overview.no-territory")));
            return;
        }
        Branding current = branding.of(user.actor(), territory.get().id());
        logo = current.logo();
        version = current.version();
        name.setLabel(getTranslation("branding.name"));
        name.setHelperText(getTranslation("branding.name.help"));
        name.setValue(current.applicationName().orElse(""));
        colour.setLabel(getTranslation("branding.colour"));
        colour.setHelperText(getTranslation("branding.colour.help"));
        colour.setValue(current.colour().map(Colour::hex).orElse(""));
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            Parsed<Logo> parsed = Logo.parse(bytes, "logo");
            parsed.asOptional().ifPresent(l -> logo = Optional.of(l));
            problems.show(getTranslation("form.problems"), parsed.problems());
            logoState.setText(getTranslation(logo.isPresent() ? "branding.logo.set" : "branding.logo.none"));
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(Logo.MAX_BYTES);
        upload.setAcceptedFileTypes("image/png", "image/jpeg");
        upload.setUploadButton(new Button(getTranslation("branding.logo.choose")));
        logoState.setText(getTranslation(logo.isPresent() ? "branding.logo.set" : "branding.logo.none"));
        Button removeLogo = new Button(getTranslation("branding.logo.remove"), click -> {
            logo = Optional.empty();
            logoState.setText(getTranslation("branding.logo.none"));
        });
        Button save = new Button(getTranslation("branding.save"), click -> {
            Validation check = new Validation();
            Optional<Optional<Colour>> parsedColour = check.take(colour.isEmpty()
                    ? Parsed.valid(Optional.empty()) : Colour.parse(colour.getValue(), "colour").map(Optional::of));
            if (check.hasErrors()) {
                problems.show(getTranslation("form.problems"), check.problems());
                return;
            }
            try {
                Branding saved = branding.save(user.actor(), new Branding(territory.get().id(), version,
                        name.isEmpty() ? Optional.empty() : Optional.of(name.getValue().strip()), parsedColour.orElseThrow(), logo));
                version = saved.version();
                problems.clear();
                Refusals.done(getTranslation("branding.saved"));
            } catch (VssException refused) {
                problems.show(getTranslation("form.problems"), refused.problems());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(name, colour);
        add(new Paragraph(getTranslation("branding.help")), problems, form,
                new Paragraph(getTranslation("branding.logo")), upload, logoState, removeLogo, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("branding.title");
    }
}
