package io.github.clvss.admin.notification;

import io.github.clvss.core.notification.Notifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.github.clvss.admin.security.CurrentUser;
import io.github.clvss.core.notification.Notification;
import io.github.clvss.core.shared.Messages;
import io.github.clvss.core.shared.PageRequest;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The signed-in person's notifications, newest first, unread ones marked. */
@Menu(order = 530, title = "nav.notifications", icon = "vaadin:bell-o")
@Route("notifications")
@PermitAll
final class NotificationsView extends Main implements HasDynamicTitle {

    NotificationsView(Notifier notifier, CurrentUser user) {
        addClassName("vss-page");
        Messages messages = Messages.of(getLocale());
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneId.of("Europe/Paris"));
        Grid<Notification> grid = new Grid<>();
        grid.setAriaLabel(getTranslation("notifications.title"));
        grid.addColumn(n -> format.format(n.at())).setHeader(getTranslation("notifications.column.at")).setAutoWidth(true);
        grid.addComponentColumn(n -> {
            Span subject = new Span(messages.text(n.code() + ".subject", n.arguments()));
            if (!n.isRead()) {
                subject.addClassName("vss-unread");
            }
            return subject;
        }).setHeader(getTranslation("notifications.column.subject")).setFlexGrow(2);
        grid.addColumn(n -> messages.text(n.code() + ".body", n.arguments()).replace('\n', ' '))
                .setHeader(getTranslation("notifications.column.body")).setFlexGrow(3);
        grid.addComponentColumn(n -> {
            Button read = new Button(getTranslation("notifications.mark-read"), click -> {
                notifier.markRead(user.actor(), n.id());
                grid.getDataProvider().refreshAll();
            });
            read.addThemeVariants(ButtonVariant.LUMO_SMALL);
            read.setEnabled(!n.isRead());
            return read;
        }).setHeader(getTranslation("notifications.column.actions"));
        io.github.clvss.admin.base.PageKeys<Notification> keys = new io.github.clvss.admin.base.PageKeys<>(n -> n.id().value());
        grid.setItems(query -> keys.fetched(query, notifier.mine(user.actor(), keys.page(query))));
        // no count here: the keys are forgotten on every refresh (a notice read, a new one come)
        grid.getDataProvider().addDataProviderListener(change -> keys.counted(0));
        add(new H1(getTranslation("notifications.title")), io.github.clvss.admin.base.Rows.counted(grid, "notifications.count"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.title");
    }
}
