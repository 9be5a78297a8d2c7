package io.github.clvss.admin.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import io.github.clvss.core.shared.Messages;
import io.github.clvss.core.shared.VssException;
import java.util.stream.Collectors;

/** Tells the person why vss-core refused what they asked, in their language. */
public final class Refusals {

    private Refusals() {
    }

    public static void show(VssException refusal) {
        Messages messages = Messages.of(UI.getCurrent().getLocale());
        String text = refusal.problems().stream().map(messages::explain).collect(Collectors.joining(" "));
        Notification notification = Notification.show(text, 8000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    public static void done(String text) {
        Notification notification = Notification.show(text, 4000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
