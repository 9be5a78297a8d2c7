package io.github.clvss.admin.account;

import com.vaadin.flow.component.textfield.TextField;
import io.github.clvss.admin.base.PageForm;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Links an identity of an OpenID Connect provider (ProConnect…) to an account, inside the
 * account's management dialog: the provider's address (the configured provider's, unless the
 * administrator types another) and the provider's identifier of the person. vss-core checks both
 * and refuses an identity already linked to an account; what was typed stays.
 */
final class IdentityEditor extends PageForm<IdentityForm> {

    private final transient BiFunction<String, String, String> link;

    /**
     * @param configuredIssuer the provider this installation signs in with, when there is one
     * @param link links the issuer's subject in vss-core and says what was done
     */
    IdentityEditor(Optional<String> configuredIssuer, BiFunction<String, String, String> link) {
        super("accounts.identities.link", IdentityForm.class, new IdentityForm());
        this.link = link;
        binder().setDefaultValidatorsEnabled(false);
        model().setIssuer(configuredIssuer.orElse(""));
        TextField issuer = new TextField(getTranslation("accounts.identities.issuer"));
        issuer.setHelperText(getTranslation("accounts.identities.issuer.help"));
        TextField subject = new TextField(getTranslation("accounts.identities.subject"));
        subject.setHelperText(getTranslation("accounts.identities.subject.help"));
        binder().forField(place("issuer", issuer, 1)).bind(IdentityForm::getIssuer, IdentityForm::setIssuer);
        binder().forField(place("subject", subject, 1)).bind(IdentityForm::getSubject, IdentityForm::setSubject);
        binder().readBean(model());
    }

    @Override
    protected String save(IdentityForm form) {
        return link.apply(form.getIssuer(), form.getSubject());
    }
}
