package io.github.clvss.admin.path;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import io.github.clvss.admin.security.CurrentUser;
import io.github.clvss.admin.security.TerritoryContext;
import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.territory.Territory;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What a partner's list of paths starts from (its inbox, its paths): the current territory, the
 * partners the signed-in user acts for there (most belong to one), how dates and events are said,
 * and the partners' names. A user of several partners sees one partner's list at a time, the one
 * chosen last in their session (the first until they choose), and says which on each list.
 */
record PartnerDesk(Territory territory, List<PartnerId> partners, PathWords words, PartnerNames.Directory names) {

    /** The session attribute holding the partner last chosen on a list. */
    private static final String CHOSEN = PartnerDesk.class.getName() + ".chosen";

    /** The desk of the signed-in user in the current territory; none when they act for no partner there. */
    static Optional<PartnerDesk> of(Component view, TerritoryContext territories, CurrentUser user, PartnerNames partnerNames) {
        return territories.current().flatMap(t -> {
            PartnerNames.Directory names = partnerNames.of(user.actor(), t.id());
            // by name, as the choice lists them, so that "the first" is the same at every visit
            List<PartnerId> own = PathWords.partnersOf(user.actor(), t.id()).stream()
                    .sorted(java.util.Comparator.comparing(names::name, java.text.Collator.getInstance(java.util.Locale.FRENCH))).toList();
            return own.isEmpty() ? Optional.empty()
                    : Optional.of(new PartnerDesk(t, own, new PathWords(t.facts().timeZone(), view::getTranslation), names));
        });
    }

    /** The partner whose list is shown: the one chosen last in this session if the user still belongs to it, else the first. */
    PartnerId partner() {
        return Optional.ofNullable(VaadinSession.getCurrent()).map(session -> session.getAttribute(CHOSEN))
                .filter(PartnerId.class::isInstance).map(PartnerId.class::cast).filter(partners::contains)
                .orElse(partners.getFirst());
    }

    /**
     * For a user of several partners, the "Au nom de" choice (the one that opens a path, here with
     * the partner shown chosen): choosing another keeps it for the session and hands it to
     * {@code chosen}. None for a user of one partner.
     */
    Optional<Select<PartnerId>> chooser(Component view, String id, Consumer<PartnerId> chosen) {
        if (partners.size() < 2) {
            return Optional.empty();
        }
        Select<PartnerId> select = onBehalfOf(view, partners, names);
        select.setHelperText(view.getTranslation("path.desk.partner.help"));
        select.setId(id);
        select.setValue(partner());
        select.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                Optional.ofNullable(VaadinSession.getCurrent()).ifPresent(session -> session.setAttribute(CHOSEN, change.getValue()));
                chosen.accept(change.getValue());
            }
        });
        return Optional.of(select);
    }

    /** The "Au nom de" choice among a user's partners, by name, wide enough for a long one. */
    static Select<PartnerId> onBehalfOf(Component view, List<PartnerId> partners, PartnerNames.Directory names) {
        Select<PartnerId> select = new Select<>();
        select.setLabel(view.getTranslation("path.new.opener"));
        select.setItems(partners);
        select.setItemLabelGenerator(p -> p == null ? "" : names.name(p));
        select.setWidth("min(100%, 30em)");
        return select;
    }
}
