package io.github.clvss.admin.branding;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import io.github.clvss.admin.base.FieldCheck;
import io.github.clvss.admin.base.PageForm;
import io.github.clvss.admin.security.CurrentUser;
import io.github.clvss.core.branding.Branding;
import io.github.clvss.core.branding.BrandingAdministration;
import io.github.clvss.core.branding.Colour;
import io.github.clvss.core.branding.Logo;
import io.github.clvss.core.shared.Parsed;
import java.util.Optional;

/**
 * The branding page's form: the application's name and main colour, typed, and the logo, chosen
 * beside them. Saved against the version shown; the input stays when vss refuses it.
 */
final class BrandingEditor extends PageForm<BrandingForm> {

    private final transient BrandingAdministration branding;
    private final CurrentUser user;
    private final Paragraph logoState = new Paragraph();
    private BrandingMapping.Kept kept;

    BrandingEditor(BrandingAdministration branding, CurrentUser user, Branding current) {
        super("branding.save", BrandingForm.class, BrandingMapping.MAP.toForm(current));
        this.branding = branding;
        this.user = user;
        this.kept = BrandingMapping.Kept.of(current);
        binder().setDefaultValidatorsEnabled(false);
        TextField name = new TextField(getTranslation("branding.name"));
        name.setHelperText(getTranslation("branding.name.help"));
        TextField colour = new TextField(getTranslation("branding.colour"));
        colour.setHelperText(getTranslation("branding.colour.help"));
        binder().forField(place("name", name, 1)).bind(BrandingForm::getName, BrandingForm::setName);
        binder().forField(place("colour", colour, 1)).withValidator(FieldCheck.of(Colour::parse, "colour", true))
                .bind(BrandingForm::getColour, BrandingForm::setColour);
        binder().readBean(model());

        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            Parsed<Logo> parsed = Logo.parse(bytes, "logo");
            parsed.asOptional().ifPresent(l -> logo(Optional.of(l)));
            showProblems(parsed.problems());
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(Logo.MAX_BYTES);
        upload.setAcceptedFileTypes("image/png", "image/jpeg");
        upload.setUploadButton(new Button(getTranslation("branding.logo.choose")));
        upload.setI18n(io.github.clvss.admin.base.UploadWords.of(this::getTranslation)
                .setAddFiles(new com.vaadin.flow.component.upload.UploadI18N.AddFiles()
                        .setOne(getTranslation("branding.logo.choose")).setMany(getTranslation("branding.logo.choose"))));
        Button removeLogo = new Button(getTranslation("branding.logo.remove"), click -> logo(Optional.empty()));
        logo(kept.logo());
        add(new Paragraph(getTranslation("branding.logo")), upload, logoState, removeLogo);
    }

    private void logo(Optional<Logo> logo) {
        kept = new BrandingMapping.Kept(kept.territory(), kept.version(), logo);
        logoState.setText(getTranslation(logo.isPresent() ? "branding.logo.set" : "branding.logo.none"));
    }

    @Override
    protected String save(BrandingForm form) {
        Branding saved = branding.save(user.actor(), BrandingMapping.MAP.toBranding(form, kept));
        kept = BrandingMapping.Kept.of(saved);
        return getTranslation("branding.saved");
    }
}
