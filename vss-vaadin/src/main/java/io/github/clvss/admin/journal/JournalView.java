package io.github.clvss.admin.journal;

import io.github.clvss.core.account.AccountAdministration;
import io.github.clvss.core.csv.JournalCsv;
import io.github.clvss.core.journal.AuditTrail;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.github.clvss.admin.security.CurrentUser;
import io.github.clvss.admin.security.TerritoryContext;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.account.AccountId;
import io.github.clvss.core.journal.JournalEntry;
import io.github.clvss.core.journal.JournalQuery;
import io.github.clvss.core.journal.Outcome;
import io.github.clvss.core.shared.Messages;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.territory.Territory;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The audit journal of the current territory (or, for a platform administrator, of the whole
 * installation): who did or was refused what, when, on which record. Filters by period,
 * person (chosen by name or login), action, kind of record (sign-ins among them) and outcome;
 * exports what the filters show as CSV. A coordinator also reads the sign-ins of the accounts
 * holding a grant on the territory; a platform administrator reads the whole platform by default.
 */
@Menu(order = 500, title = "nav.journal", icon = "vaadin:records")
@Route("journal")
@RolesAllowed({"PLATFORM_ADMINISTRATOR", "COORDINATOR"})
final class JournalView extends Main implements HasDynamicTitle {

    private static final List<String> RECORD_TYPES = List.of("sign-in", "territory", "contract", "deliberation", "partner",
            "referent", "institution", "institution-proposal", "resource", "circuit", "action", "meeting", "obligation",
            "indicator", "campaign", "document", "account", "branding", "notification", "journal");
    private static final List<String> NOT_ACCOUNTS = List.of(Actor.SYSTEM_ID, "anonymous");

    private final transient AuditTrail auditTrail;

    private final transient AccountAdministration accounts;

    private final transient JournalCsv journalCsv;
    private final CurrentUser user;
    private final Optional<Territory> territory;
    private final ZoneId zone;
    private final DatePicker from = new DatePicker();
    private final DatePicker until = new DatePicker();
    private final ComboBox<String> person = new ComboBox<>();
    private final ComboBox<String> action = new ComboBox<>();
    private final Select<String> recordType = new Select<>();
    private final Select<String> outcome = new Select<>();
    private final Checkbox wholePlatform = new Checkbox();
    private final Grid<JournalEntry> grid = new Grid<>();
    private final Map<String, String> names = new HashMap<>();

    JournalView(AuditTrail auditTrail, AccountAdministration accounts, JournalCsv journalCsv, CurrentUser user, TerritoryContext territories) {
        this.auditTrail = auditTrail;
        this.accounts = accounts;
        this.journalCsv = journalCsv;
        this.user = user;
        this.territory = territories.current();
        this.zone = territory.map(t -> t.facts().timeZone()).orElse(ZoneId.of("Europe/Paris"));
        addClassName("vss-page");
        add(new H1(getTranslation("journal.title")));
        add(filters(), exportLink(), io.github.clvss.admin.base.Rows.counted(grid(), "journal.count"));
    }

    private Div filters() {
        from.setLabel(getTranslation("journal.filter.from"));
        until.setLabel(getTranslation("journal.filter.until"));
        person.setLabel(getTranslation("journal.filter.person"));
        person.setHelperText(getTranslation("journal.filter.person.help"));
        person.setClearButtonVisible(true);
        // the people are searched and paged by vss-core as the person types, never all loaded at once
        person.setItems(query -> people(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        person.setItemLabelGenerator(this::who);
        action.setLabel(getTranslation("journal.filter.action"));
        action.setHelperText(getTranslation("journal.filter.action.help"));
        action.setClearButtonVisible(true);
        action.setItemLabelGenerator(this::action);
        recordType.setLabel(getTranslation("journal.filter.record"));
        recordType.setItems(concat("", RECORD_TYPES));
        recordType.setItemLabelGenerator(type -> type.isEmpty() ? getTranslation("journal.filter.all") : record(type));
        recordType.setValue("");
        outcome.setLabel(getTranslation("journal.filter.outcome"));
        outcome.setItems("", Outcome.DONE.name(), Outcome.REFUSED.name());
        outcome.setItemLabelGenerator(o -> o.isEmpty() ? getTranslation("journal.filter.all") : getTranslation("journal.outcome." + o));
        outcome.setValue("");
        wholePlatform.setLabel(getTranslation("journal.filter.platform"));
        wholePlatform.setVisible(user.actor().isPlatformAdministrator());
        // the platform administrator reads everything by default, sign-ins (which belong to no territory) included
        wholePlatform.setValue(territory.isEmpty() || user.actor().isPlatformAdministrator());
        wholePlatform.addValueChangeListener(change -> offerActions());
        offerActions();
        Button apply = new Button(getTranslation("journal.filter.apply"), click -> grid.getDataProvider().refreshAll());
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div filters = new Div(from, until, person, action, recordType, outcome, wholePlatform, apply);
        filters.addClassName("vss-filters");
        return filters;
    }

    private Grid<JournalEntry> grid() {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale()).withZone(zone);
        Messages messages = Messages.of(getLocale());
        grid.setAriaLabel(getTranslation("journal.title"));
        io.github.clvss.admin.base.Rows.column(grid, e -> format.format(e.at())).setHeader(getTranslation("journal.column.at")).setAutoWidth(true);
        io.github.clvss.admin.base.Rows.column(grid, e -> who(e.actor())).setHeader(getTranslation("journal.column.actor")).setAutoWidth(true);
        io.github.clvss.admin.base.Rows.column(grid, e -> action(e.act().action())).setHeader(getTranslation("journal.column.action")).setAutoWidth(true);
        var record = io.github.clvss.admin.base.Rows.column(grid, e -> record(e.act().recordType())).setHeader(getTranslation("journal.column.record"));
        var id = io.github.clvss.admin.base.Rows.column(grid, e -> e.act().recordId().orElse("")).setHeader(getTranslation("journal.column.id"));
        io.github.clvss.admin.base.Rows.secondary(grid, record, id);
        io.github.clvss.admin.base.Rows.column(grid, e -> getTranslation("journal.outcome." + e.outcome().name())).setHeader(getTranslation("journal.column.outcome"));
        io.github.clvss.admin.base.Rows.column(grid, e -> e.reason().map(r -> messages.text(r, List.of(action(e.act().action())))).orElse(""))
                .setHeader(getTranslation("journal.column.reason")).setFlexGrow(2);
        io.github.clvss.admin.base.PageKeys<JournalEntry> keys = new io.github.clvss.admin.base.PageKeys<>(JournalEntry::id);
        grid.setItems(query -> {
            Optional<JournalQuery> filter = query();
            if (filter.isEmpty()) {
                return java.util.stream.Stream.empty();
            }
            List<JournalEntry> page = auditTrail.find(user.actor(), filter.get(), keys.page(query));
            remember(page);
            return keys.fetched(query, page);
        }, query -> keys.counted(query().map(filter -> (int) Math.min(Integer.MAX_VALUE, auditTrail.count(user.actor(), filter))).orElse(0)));
        return grid;
    }

    /** The entries the filters show, as a spreadsheet; the export itself is journaled. */
    private Anchor exportLink() {
        Anchor export = new Anchor((com.vaadin.flow.server.streams.DownloadHandler) event -> {
            Optional<JournalQuery> filter;
            Actor actor;
            event.getSession().lock();
            try {
                filter = query();
                actor = user.actor();
            } finally {
                event.getSession().unlock();
            }
            event.setFileName("journal.csv");
            event.setContentType("text/csv; charset=UTF-8");
            if (filter.isEmpty()) {
                return;
            }
            journalCsv.export(actor, filter.get(), zone, new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8));
        }, getTranslation("journal.export"));
        export.getElement().setAttribute("download", true);
        export.addClassName("vss-export");
        return export;
    }

    /** The actions the journal holds in the scope read (the territory, or the whole platform), each in words, by their words. */
    private void offerActions() {
        JournalQuery scope = wholePlatform.getValue() || territory.isEmpty()
                ? JournalQuery.all() : JournalQuery.territory(territory.get().id());
        String chosen = action.getValue();
        List<String> actions = auditTrail.actions(user.actor(), scope).stream()
                .sorted(java.util.Comparator.comparing(this::action, java.text.Collator.getInstance(getLocale())))
                .toList();
        action.setItems(actions);
        if (chosen != null && actions.contains(chosen)) {
            action.setValue(chosen);
        }
    }

    private Optional<JournalQuery> query() {
        Actor actor = user.actor();
        JournalQuery query = wholePlatform.getValue() || territory.isEmpty()
                ? JournalQuery.all() : JournalQuery.territory(territory.get().id());
        if (from.getValue() != null || until.getValue() != null) {
            query = query.during(
                    from.getValue() == null ? java.time.Instant.EPOCH : from.getValue().atStartOfDay(zone).toInstant(),
                    until.getValue() == null ? java.time.Instant.parse("9999-12-31T00:00:00Z")
                            : until.getValue().plusDays(1).atStartOfDay(zone).toInstant());
        }
        if (!person.isEmpty()) {
            String chosen = person.getValue();
            query = NOT_ACCOUNTS.contains(chosen) ? query.withActor(chosen) : query.withPerson(chosen);
        }
        if (!action.isEmpty()) {
            query = query.withAction(action.getValue());
        }
        if (!recordType.getValue().isEmpty()) {
            query = query.withRecordType(recordType.getValue());
        }
        if (!outcome.getValue().isEmpty()) {
            query = query.withOutcome(Outcome.valueOf(outcome.getValue()));
        }
        return Optional.of(query);
    }

    private void remember(List<JournalEntry> page) {
        List<AccountId> unknown = page.stream().map(JournalEntry::actor).filter(id -> !names.containsKey(id))
                .map(JournalView::accountId).flatMap(Optional::stream).distinct().toList();
        if (!unknown.isEmpty()) {
            accounts.displayNames(user.actor(), unknown).forEach((id, name) -> names.put(id.toString(), name));
        }
    }

    /**
     * An action in words: its own text where the journal screen knows it ({@code journal.action.*}),
     * else what was done ({@code journal.verb.*}) to which kind of data — never its code.
     */
    private String action(String code) {
        Optional<String> own = known("journal.action." + code);
        if (own.isPresent()) {
            return own.get();
        }
        int dot = code.indexOf('.');
        String record = dot < 0 ? code : code.substring(0, dot);
        String verb = dot < 0 ? "" : code.substring(dot + 1);
        return getTranslation("journal.action.composed", known("journal.verb." + verb)
                .orElseGet(() -> getTranslation("journal.verb.other")), record(record));
    }

    /** A kind of data in words ({@code record.*}), "other data" for one the screen does not know. */
    private String record(String type) {
        return known("record." + type).orElseGet(() -> getTranslation("record.other"));
    }

    private Optional<String> known(String key) {
        String text = getTranslation(key);
        return text.equals("!" + key) ? Optional.empty() : Optional.of(text);
    }

    /**
     * A page of who may be chosen: "system" and "anonymous" first (those whose words match), then
     * the accounts vss-core finds for the typed text, by login.
     */
    private List<String> people(String typed, int offset, int limit) {
        String text = typed == null ? "" : typed.strip();
        List<String> fixed = NOT_ACCOUNTS.stream()
                .filter(id -> who(id).toLowerCase(getLocale()).contains(text.toLowerCase(getLocale()))).toList();
        List<String> page = new java.util.ArrayList<>(fixed.subList(Math.min(offset, fixed.size()),
                Math.min(offset + limit, fixed.size())));
        Optional<io.github.clvss.core.access.TerritoryId> scope = user.actor().isPlatformAdministrator()
                ? Optional.empty() : territory.map(Territory::id);
        int left = limit - page.size();
        if (left > 0 && (user.actor().isPlatformAdministrator() || scope.isPresent())) {
            for (var someone : accounts.people(user.actor(), scope, Optional.of(text).filter(t -> !t.isEmpty()),
                    new io.github.clvss.core.shared.PageRequest(Math.max(0, offset - fixed.size()), left))) {
                page.add(someone.id().toString());
                names.put(someone.id().toString(), someone.displayName() + " (" + someone.login().value() + ")");
            }
        }
        return page;
    }

    private String who(String actorId) {
        if (actorId.equals("system") || actorId.equals("anonymous")) {
            return getTranslation("journal.actor." + actorId);
        }
        return names.getOrDefault(actorId, actorId);
    }

    private static Optional<AccountId> accountId(String actorId) {
        try {
            return Optional.of(new AccountId(UUID.fromString(actorId)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static List<String> concat(String first, List<String> rest) {
        java.util.ArrayList<String> all = new java.util.ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("journal.title");
    }
}
