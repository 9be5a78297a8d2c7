package io.github.clvss.admin.config;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.github.clvss.core.shared.Language;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Every screen opens in the language chosen for the session, French unless the person chose
 * English (on the sign-in page or in the menu) or their account reads English.
 */
@Component
class UiLanguage implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            Language language = Optional.ofNullable(init.getUI().getSession().getAttribute(Language.class)).orElse(Language.FR);
            init.getUI().setLocale(language.locale());
            init.getUI().getPage().executeJs("document.documentElement.lang = $0", language.locale().getLanguage());
        });
    }
}
