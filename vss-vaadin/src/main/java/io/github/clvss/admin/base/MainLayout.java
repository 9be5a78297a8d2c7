package io.github.clvss.admin.base;

import io.github.clvss.core.branding.BrandingAdministration;
import io.github.clvss.core.notification.Notifier;
import io.github.clvss.core.territory.TerritoryAdministration;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.github.clvss.admin.base.VssProperties;
import io.github.clvss.admin.security.CurrentUser;
import io.github.clvss.admin.security.TerritoryContext;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.account.Account;
import io.github.clvss.core.branding.Branding;
import io.github.clvss.core.branding.Colour;
import io.github.clvss.core.branding.Logo;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.territory.Territory;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The frame of every screen: the application's name and logo (the territory's branding),
 * the territory switcher, notifications, language, sign-out, and the side navigation with
 * what the person's roles open.
 */
@Layout
@PermitAll
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final transient TerritoryAdministration territories;

    private final transient Notifier notifier;

    private final transient BrandingAdministration branding;
    private final CurrentUser user;
    private final TerritoryContext context;
    private final VssProperties properties;
    private final transient AuthenticationContext authentication;
    private final Button bell = new Button();

    MainLayout(TerritoryAdministration territories, Notifier notifier, BrandingAdministration branding, CurrentUser user, TerritoryContext context, VssProperties properties,
            AuthenticationContext authentication) {
        this.territories = territories;
        this.notifier = notifier;
        this.branding = branding;
        this.user = user;
        this.context = context;
        this.properties = properties;
        this.authentication = authentication;
        Account account = user.account();
        useLanguageOf(account);
        setPrimarySection(Section.DRAWER);
        Optional<Territory> territory = context.current();
        Look look = lookOf(territory);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.menu"));
        Select<Language> language = languageSelect();
        Div signOut = signOut(account);
        language.addClassName("vss-navbar-only");
        signOut.addClassName("vss-navbar-only");
        addToNavbar(toggle, title(look), spacer(), territorySwitcher(territory), bell, language, signOut);
        // on a phone's screen the header keeps the menu, the name and the bell; the rest is in the menu
        Div inMenu = new Div(languageSelect(), signOut(account));
        inMenu.addClassName("vss-drawer-account");
        addToDrawer(inMenu, navigation());
        look.colour().map(Colour::hex)
                .ifPresent(hex -> UI.getCurrent().getElement().getStyle().set("--lumo-primary-color", hex)
                        .set("--lumo-primary-text-color", hex));
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        bell.addClickListener(click -> UI.getCurrent().navigate("notifications"));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        long unread = notifier.unread(user.actor());
        bell.setText(getTranslation("nav.notifications.count", unread));
        bell.setIcon(VaadinIcon.BELL.create());
        bell.setAriaLabel(getTranslation("nav.notifications.aria", unread));
    }

    private void useLanguageOf(Account account) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session.getAttribute(Language.class) == null) {
            session.setAttribute(Language.class, account.language());
        }
        UI.getCurrent().setLocale(session.getAttribute(Language.class).locale());
        UI.getCurrent().getPage().executeJs("document.documentElement.lang = $0",
                session.getAttribute(Language.class).locale().getLanguage());
    }

    /** The territory's branding where it set one, the installation's configuration elsewhere. */
    private Look lookOf(Optional<Territory> territory) {
        Optional<Branding> own = territory.map(t -> branding.of(user.actor(), t.id()));
        return new Look(
                own.flatMap(Branding::applicationName).orElse(properties.branding().name()),
                own.flatMap(Branding::colour).or(() -> Colour.parse(properties.branding().colour(), "vss.branding.colour").asOptional()),
                own.flatMap(Branding::logo).or(this::configuredLogo));
    }

    private Optional<Logo> configuredLogo() {
        return Optional.ofNullable(properties.branding().logo()).flatMap(path -> {
            try {
                return Logo.parse(java.nio.file.Files.readAllBytes(path), "vss.branding.logo").asOptional();
            } catch (java.io.IOException e) {
                return Optional.empty();
            }
        });
    }

    private record Look(String name, Optional<Colour> colour, Optional<Logo> logo) {
    }

    private Component title(Look look) {
        Div title = new Div();
        title.addClassName("vss-title");
        look.logo().ifPresent(logo -> {
            byte[] bytes = logo.bytes();
            Image image = new Image(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                    new ByteArrayInputStream(bytes), "logo", logo.mediaType(), bytes.length)), "");
            image.addClassName("vss-logo");
            title.add(image);
        });
        title.add(new Span(look.name()));
        return title;
    }

    private static Component spacer() {
        Div spacer = new Div();
        spacer.addClassName("vss-spacer");
        return spacer;
    }

    private Component territorySwitcher(Optional<Territory> current) {
        ComboBox<Territory> switcher = new ComboBox<>(getTranslation("nav.territory"));
        switcher.addClassName("vss-territory");
        switcher.setItemLabelGenerator(Territory::name);
        Actor actor = user.actor();
        switcher.setItems(query -> territories.list(actor, Paging.of(query)).stream()
                .filter(t -> query.getFilter().map(f -> t.name().toLowerCase().contains(f.toLowerCase())).orElse(true)));
        current.ifPresent(switcher::setValue);
        switcher.setVisible(territories.count(actor) > 1);
        switcher.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                context.select(change.getValue().id());
                UI.getCurrent().getPage().reload();
            }
        });
        return switcher;
    }

    private Select<Language> languageSelect() {
        Select<Language> select = new Select<>();
        select.setAriaLabel(getTranslation("nav.language"));
        select.setItems(Language.values());
        select.setItemLabelGenerator(language -> language == Language.FR ? "Français" : "English");
        select.setValue(VaadinSession.getCurrent().getAttribute(Language.class));
        select.addValueChangeListener(change -> {
            VaadinSession.getCurrent().setAttribute(Language.class, change.getValue());
            UI.getCurrent().getPage().reload();
        });
        return select;
    }

    private Div signOut(Account account) {
        Button signOut = new Button(getTranslation("nav.sign-out"), VaadinIcon.SIGN_OUT.create(), click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Span who = new Span(account.displayName());
        who.addClassName("vss-user");
        Div box = new Div(who);
        boolean enrols = account.actor().isPlatformAdministrator()
                || account.actor().grants().stream().anyMatch(g -> g.role() == io.github.clvss.core.access.Role.COORDINATOR);
        if (enrols) {
            box.add(new com.vaadin.flow.router.RouterLink(getTranslation("second-factor.nav"),
                    io.github.clvss.admin.security.SecondFactorEnrolmentView.class));
        }
        box.add(signOut);
        box.addClassName("vss-account");
        return box;
    }

    /**
     * The side navigation, built from the screens' {@code @Menu} (already filtered by what the
     * person may open), in labelled groups the way a coordinator thinks: the contract, the
     * network, the follow-up, orientation, administration. A screen's group is the hundreds of
     * its order.
     */
    private Component navigation() {
        Map<Integer, SideNav> groups = new TreeMap<>();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            int group = entry.order() == null ? 9 : entry.order().intValue() / 100;
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path(), icon(entry.icon()));
            item.setMatchNested(!entry.path().isEmpty());
            groups.computeIfAbsent(group, g -> new SideNav(getTranslation("nav.group." + g))).addItem(item);
        }
        Div navigation = new Div();
        navigation.addClassName("vss-navigation");
        groups.values().forEach(navigation::add);
        return navigation;
    }

    /** A menu's {@code collection:name} icon. */
    private static Icon icon(String name) {
        int colon = name.indexOf(':');
        return new Icon(name.substring(0, colon), name.substring(colon + 1));
    }
}
