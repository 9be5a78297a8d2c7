package io.github.clvss.admin.path;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.github.clvss.admin.base.PageKeys;
import io.github.clvss.admin.security.CurrentUser;
import io.github.clvss.admin.security.TerritoryContext;
import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.path.PathRegister;
import io.github.clvss.core.path.VictimPath;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The paths a partner opened or received, newest first, paged by vss-core, each by its reference
 * (never a name): who opened it, when, how many handovers are still open. A new one starts from
 * the simulator's answer.
 */
@Menu(order = 430, title = "nav.paths", icon = "vaadin:road-branches")
@Route("parcours")
@RolesAllowed("PARTNER")
final class PathsView extends Main implements HasDynamicTitle {

    PathsView(PathRegister paths, PartnerNames partnerNames, CurrentUser user, TerritoryContext territories) {
        addClassName("vss-page");
        add(new H1(getTranslation("paths.title")));
        Optional<PartnerDesk> desk = PartnerDesk.of(this, territories, user, partnerNames);
        if (desk.isEmpty()) {
            add(new Paragraph(getTranslation("path.new.not-partner")));
            return;
        }
        var t = desk.get().territory();
        PathWords words = desk.get().words();
        PartnerNames.Directory names = desk.get().names();
        Anchor simulator = new Anchor("orientation", getTranslation("paths.new"));
        simulator.getElement().setAttribute("router-link", true);
        simulator.setId("paths-new");
        add(new Paragraph(getTranslation("paths.intro")), simulator);
        Grid<VictimPath> grid = new Grid<>();
        grid.setId("paths");
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(p -> {
            Anchor link = new Anchor("parcours/" + p.reference().value(), p.reference().readable());
            link.getElement().setAttribute("router-link", true);
            return link;
        }).setHeader(getTranslation("inbox.column.reference")).setAutoWidth(true);
        grid.addColumn(p -> names.name(p.opener())).setHeader(getTranslation("paths.column.opener")).setAutoWidth(true);
        grid.addColumn(p -> words.when(p.openedAt())).setHeader(getTranslation("paths.column.opened")).setAutoWidth(true);
        grid.addColumn(p -> p.closed() ? getTranslation("path.page.closed")
                : getTranslation("paths.open-handovers", p.openHandovers().size())).setHeader(getTranslation("inbox.column.status"));
        // a user of several partners sees one partner's paths at a time, and says whose
        AtomicReference<PartnerId> partner = new AtomicReference<>(desk.get().partner());
        // scrolling seeks from the row before (two indexed ranges merged, newest first); counted once per refresh
        PageKeys<VictimPath> keys = new PageKeys<>(p -> p.id().value());
        DataProvider<VictimPath, Void> list = DataProvider.fromCallbacks(
                query -> keys.fetched(query, paths.list(user.actor(), t.id(), partner.get(), keys.page(query))),
                query -> keys.counted((int) paths.count(user.actor(), t.id(), partner.get())));
        grid.setItems(list);
        grid.setEmptyStateText(getTranslation("paths.empty"));
        desk.get().chooser(this, "paths-partner", chosen -> {
            partner.set(chosen);
            list.refreshAll();
        }).ifPresent(choice -> addComponentAtIndex(1, new Div(choice))); // under the title, on its own line
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("paths.title");
    }
}
