package io.github.clvss.admin.contract;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.path.HandoverDelay;
import io.github.clvss.core.path.HandoverStatus;
import io.github.clvss.core.path.PathRegister;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.territory.Territory;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The coordinator's tile of late handovers of victims' paths: counts only — how many are late,
 * how many were not even opened, and the longest wait past a deadline — never a fact of a path.
 */
final class LateHandovers extends Div {

    LateHandovers(PathRegister paths, Clock clock, Actor actor, Territory territory) {
        addClassName("vss-card");
        setId("dashboard-late-handovers");
        add(new H3(getTranslation("dashboard.late-handovers")));
        long count = paths.countLate(actor, territory.id());
        Paragraph total = new Paragraph(getTranslation("dashboard.late-handovers.count", count));
        total.setId("dashboard-late-handovers-count");
        add(total);
        if (count == 0) {
            return;
        }
        List<HandoverDelay> late = PageRequest.readAll(page -> paths.late(actor, territory.id(), page));
        long unread = late.stream().filter(d -> d.status() == HandoverStatus.SENT).count();
        long longest = late.stream().map(d -> Duration.between(d.deadline(), clock.instant()).toHours()).max(Long::compare).orElse(0L);
        UnorderedList details = new UnorderedList(
                new ListItem(getTranslation("dashboard.late-handovers.unread", unread)),
                new ListItem(getTranslation("dashboard.late-handovers.longest", longest / 24, longest % 24)));
        add(details);
    }
}
