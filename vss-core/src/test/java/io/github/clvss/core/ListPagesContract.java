package io.github.clvss.core;

import static io.github.clvss.core.Fixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.institution.Institution;
import io.github.clvss.core.institution.Sector;
import io.github.clvss.core.internal.persistence.Persistence;
import io.github.clvss.core.journal.JournalEntry;
import io.github.clvss.core.journal.JournalQuery;
import io.github.clvss.core.partner.Partner;
import io.github.clvss.core.partner.PublicContact;
import io.github.clvss.core.partner.ReferentQuery;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Provenance;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The référents and the journal at 100,000 rows each: a page is read in the order of an index,
 * by seeking from the last row read or by skipping rows in index order, never by sorting the
 * table. Each database runs this same suite through a subclass; the plans are read in each
 * database's own EXPLAIN text.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ListPagesContract {

    static final int REFERENTS = 100_000;
    static final int ERASED = 1_000;
    static final int NAMED = REFERENTS - ERASED;
    static final int ENTRIES = 100_000;
    static final int PAGE = 50;

    private final List<Executed> executed = new ArrayList<>();
    private Vss vss;
    private Persistence storage;
    private TerritoryId territory;
    private final TerritoryId journalTerritory = new TerritoryId(UUID.randomUUID());
    /** The référents' ids in the order the list must give: by name, then the erased ones by id. */
    private final List<UUID> referentOrder = new ArrayList<>();
    /** The journal's ids, newest first. */
    private final List<UUID> journalOrder = new ArrayList<>();
    /** The contract's actions' ids by deadline (those without one last), then id. */
    private final List<UUID> actionOrder = new ArrayList<>();
    private Contract contract;
    /** Another territory and its contract, whose rows the pages of the first must never hold. */
    private TerritoryId elsewhere;
    private Contract otherContract;

    /** The suite's database, empty when the suite starts. */
    abstract DataSource database();

    /** The database's name for an index in its plans. */
    abstract String index(String name);

    /** Whether the plan reads {@code table}'s rows in the order of an index, with no sort over them. */
    abstract boolean readInIndexOrder(String plan, String table);

    /** Anything the database needs after a bulk load to plan well (statistics). */
    abstract void analyze(Connection connection) throws SQLException;

    @BeforeAll
    void seed() throws SQLException {
        Actor system = Actor.system();
        vss = Vss.builder().dataSource(database()).secretsKey(StorageContract.KEY).clock(CLOCK).build();
        territory = vss.territories().register(system, Fixtures.anotherCommune(), Provenance.ENTERED).id();
        contract = vss.contracts().create(system, Contract.draft(CLOCK, territory, "Contrat local",
                Optional.empty(), Optional.empty(), Provenance.ENTERED));
        elsewhere = vss.territories().register(system, Fixtures.boulogne(), Provenance.ENTERED).id();
        otherContract = vss.contracts().create(system, Contract.draft(CLOCK, elsewhere, "Contrat voisin",
                Optional.empty(), Optional.empty(), Provenance.ENTERED));
        Institution hospital = vss.institutions().register(system, Institution.register(CLOCK, "Hôpital " + territory,
                Sector.HEALTH, Optional.empty(), Optional.empty(), Provenance.ENTERED));
        Partner partner = vss.partners().add(system, Partner.join(CLOCK, "system", territory, contract.id(), hospital.id(),
                "Soins", List.of(), PublicContact.NONE, Optional.empty(), true, Provenance.ENTERED));
        try (Connection connection = database().getConnection()) {
            connection.setAutoCommit(false);
            seedReferents(connection, partner);
            seedJournal(connection);
            seedActions(connection, partner);
            long start = System.nanoTime();
            seedMoreLists(connection, partner);
            System.out.printf(Locale.ROOT, "[list pages] seeding the other lists on %s: %d ms%n", getClass().getSimpleName(),
                    (System.nanoTime() - start) / 1_000_000);
            connection.commit();
            connection.setAutoCommit(true);
            analyze(connection);
        }
        storage = Persistence.open(recording(database()));
    }

    @AfterAll
    void close() {
        vss.close();
    }

    /**
     * 99,000 named référents whose names are not in the order of their ids, then 1,000 erased
     * ones (no name). Ids grow with {@code i} and compare the same way as numbers, as UUIDs on
     * both databases and in Java.
     */
    private void seedReferents(Connection connection, Partner partner) throws SQLException {
        String[] names = new String[NAMED];
        UUID[] byName = new UUID[NAMED];
        try (PreparedStatement insert = connection.prepareStatement("insert into vss_referent (id, version, partner_id, "
                + "territory_id, name, function_title, main, provenance) values (?, 1, ?, ?, ?, ?, false, 'ENTERED')")) {
            for (int i = 0; i < REFERENTS; i++) {
                UUID id = new UUID(0x0190_0000_0000_7000L, i + 1);
                insert.setObject(1, id);
                insert.setObject(2, partner.id().value());
                insert.setObject(3, territory.value());
                if (i < NAMED) {
                    int rank = (int) ((i * 7919L) % NAMED);
                    names[i] = String.format(Locale.ROOT, "Référent %06d", rank);
                    byName[rank] = id;
                    insert.setString(4, names[i]);
                    insert.setString(5, "Fonction");
                } else {
                    insert.setString(4, null);
                    insert.setString(5, null);
                }
                insert.addBatch();
                if (i % 5_000 == 4_999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        referentOrder.addAll(List.of(byName));
        IntStream.range(NAMED, REFERENTS).forEach(i -> referentOrder.add(new UUID(0x0190_0000_0000_7000L, i + 1)));
    }

    /**
     * 100,000 entries of a territory of their own, one second apart, whose ids are not in the
     * order of their instants; every tenth pair shares its instant, so that the id decides
     * between them.
     */
    private void seedJournal(Connection connection) throws SQLException {
        Instant newest = Instant.parse("2026-06-30T12:00:00Z");
        record Row(UUID id, Instant at) {
        }
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement insert = connection.prepareStatement("insert into vss_journal (id, at, actor, action, "
                + "record_type, record_id, territory_id, outcome) values (?, ?, 'system', 'referent.read', 'referent', ?, ?, 'DONE')")) {
            for (int i = 0; i < ENTRIES; i++) {
                Row row = new Row(new UUID(0x0290_0000_0000_7000L, (i * 7919L) % ENTRIES + 1),
                        newest.minusSeconds(i % 10 == 1 ? i - 1 : i));
                insert.setObject(1, row.id());
                insert.setObject(2, java.time.OffsetDateTime.ofInstant(row.at(), java.time.ZoneOffset.UTC));
                insert.setString(3, "r" + i);
                insert.setObject(4, journalTerritory.value());
                insert.addBatch();
                if (i % 5_000 == 4_999) {
                    insert.executeBatch();
                }
                rows.add(row);
            }
            insert.executeBatch();
        }
        rows.sort(java.util.Comparator.comparing(Row::at).thenComparing(Row::id).reversed());
        rows.forEach(row -> journalOrder.add(row.id()));
    }

    /** 1,000 actions whose deadlines repeat (the id decides), every tenth without one. */
    private void seedActions(Connection connection, Partner partner) throws SQLException {
        record Row(UUID id, Optional<LocalDate> deadline) {
        }
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement insert = connection.prepareStatement("insert into vss_action (id, version, territory_id, contract_id, "
                + "commitment_id, title, lead_partner_id, deadline, status, progress, provenance) "
                + "values (?, 1, ?, ?, '1.1', 'Action', ?, ?, 'PLANNED', 0, 'ENTERED')")) {
            for (int i = 0; i < ACTIONS; i++) {
                Row row = new Row(new UUID(0x0390_0000_0000_7000L, (i * 7919L) % ACTIONS + 1),
                        i % 10 == 3 ? Optional.empty() : Optional.of(LocalDate.of(2027, 1, 1).plusDays((i * 37L) % 200)));
                insert.setObject(1, row.id());
                insert.setObject(2, territory.value());
                insert.setObject(3, contract.id().value());
                insert.setObject(4, partner.id().value());
                insert.setObject(5, row.deadline().orElse(null));
                insert.addBatch();
                rows.add(row);
            }
            insert.executeBatch();
        }
        rows.sort(java.util.Comparator.comparing((Row row) -> row.deadline().orElse(LocalDate.MAX)).thenComparing(Row::id));
        rows.forEach(row -> actionOrder.add(row.id()));
    }

    static final int ACTIONS = 1_000;

    // ---- actions (a column that may be empty, sorted last)

    private List<UUID> actions(PageRequest page) {
        return storage.actions().list(contract.id(), Optional.empty(), page).stream().map(a -> a.id().value()).toList();
    }

    @Test
    void the_actions_read_page_after_page_by_seeking_are_every_action_once_by_deadline_those_without_one_last() {
        List<UUID> read = new ArrayList<>();
        List<UUID> page = actions(PageRequest.first(PAGE));
        while (!page.isEmpty()) {
            read.addAll(page);
            page = actions(new PageRequest(read.size(), PAGE).after(read.getLast()));
        }
        assertThat(read).isEqualTo(actionOrder);
        int without = actionOrder.size() - ACTIONS / 10 + 5;
        assertThat(actions(new PageRequest(without, PAGE))).as("by offset, among those without a deadline")
                .isEqualTo(actionOrder.subList(without, without + PAGE));
    }

    @Test
    void every_action_page_query_reads_the_deadline_index_in_order_without_sorting() throws SQLException {
        int valued = 400;
        int without = ACTIONS - ACTIONS / 10 + 5;
        for (PageRequest page : List.of(PageRequest.first(PAGE), new PageRequest(valued, PAGE).after(actionOrder.get(valued - 1)),
                new PageRequest(without, PAGE).after(actionOrder.get(without - 1)))) {
            List<String> plans = plansOfPages(() -> actions(page), "vss_action");
            assertThat(plans).as("page %s", page).isNotEmpty().allSatisfy(plan -> {
                assertThat(plan.toLowerCase(Locale.ROOT)).as(plan).contains(index("vss_action_deadline_ix"));
                assertThat(readInIndexOrder(plan, "vss_action")).as(plan).isTrue();
            });
        }
    }

    // ---- more lists: institutions, accounts, deliberations, meetings, notifications (a few thousand rows each,
    // and some of another scope that a page must never hold)

    static final int ROWS = 2_000;
    static final int OTHERS = 200;
    /**
     * Resources in scope, a third in each part: enough that a page in the middle of a part has
     * hundreds of rows after it (with fewer, PostgreSQL rightly sorts the few rows left after a
     * bitmap scan rather than walking the index).
     */
    static final int RESOURCES = 6_000;

    private final List<UUID> institutionOrder = new ArrayList<>();
    private final List<UUID> accountOrder = new ArrayList<>();
    private final List<UUID> deliberationOrder = new ArrayList<>();
    private final List<UUID> meetingOrder = new ArrayList<>();
    private final List<UUID> notificationOrder = new ArrayList<>();
    private final UUID recipient = new UUID(0x0490_0000_0000_7000L, 1);
    private final List<UUID> partnerOrder = new ArrayList<>();
    private final List<UUID> resourceOrder = new ArrayList<>();

    /** An id of {@code kind} (one per list) whose order is that of {@code n}, scrambled against the list's order by the callers. */
    private static UUID id(int kind, long n) {
        return new UUID(0x0090_0000_0000_7000L + ((long) kind << 48), n + 1);
    }

    /** A scrambled rank: {@code i}'s place in a list whose order is not that of the ids. */
    private static long scrambled(int i, int size) {
        return (i * 7919L) % size;
    }

    private record Keyed<K extends Comparable<? super K>>(UUID id, K key) {
    }

    private void seedMoreLists(Connection connection, Partner partner) throws SQLException {
        seedInstitutions(connection);
        seedAccountsAndNotifications(connection);
        seedDeliberations(connection);
        seedMeetings(connection);
        seedOtherActions(connection, partner);
        seedPartners(connection, partner);
        seedResources(connection);
        seedTerritories(connection);
        seedInbox(connection);
        seedLate(connection);
        seedPaths(connection);
    }

    /** Institutions whose names come in pairs (the id decides), and some whose names do not match the search. */
    private void seedInstitutions(Connection connection) throws SQLException {
        List<Keyed<String>> rows = new ArrayList<>();
        try (PreparedStatement insert = connection.prepareStatement("insert into vss_institution (id, version, name, sector, provenance) "
                + "values (?, 1, ?, 'HEALTH', 'ENTERED')")) {
            for (int i = 0; i < ROWS + OTHERS; i++) {
                UUID id = id(1, scrambled(i, ROWS + OTHERS));
                String name = i < ROWS ? String.format(Locale.ROOT, "Institution %05d", i / 2) : String.format(Locale.ROOT, "Mairie %05d", i);
                insert.setObject(1, id);
                insert.setString(2, name);
                insert.addBatch();
                if (i < ROWS) {
                    rows.add(new Keyed<>(id, name));
                }
            }
            insert.executeBatch();
        }
        rows.sort(java.util.Comparator.comparing((Keyed<String> row) -> row.key()).thenComparing(Keyed::id));
        rows.forEach(row -> institutionOrder.add(row.id()));
    }

    /** Accounts whose logins are not in the order of their ids, some not matching the search; notifications for two of them. */
    private void seedAccountsAndNotifications(Connection connection) throws SQLException {
        List<Keyed<String>> accounts = new ArrayList<>();
        try (PreparedStatement insert = connection.prepareStatement("insert into vss_account (id, version, login, display_name, "
                + "language, enabled) values (?, 1, ?, 'Personne', 'FR', true)")) {
            for (int i = 0; i < ROWS + OTHERS; i++) {
                UUID id = i == 0 ? recipient : id(2, i);
                String login = i < ROWS ? String.format(Locale.ROOT, "agent%05d", scrambled(i, ROWS)) : String.format(Locale.ROOT, "autre%05d", i);
                insert.setObject(1, id);
                insert.setString(2, login);
                insert.addBatch();
                if (i < ROWS) {
                    accounts.add(new Keyed<>(id, login));
                }
            }
            insert.executeBatch();
        }
        accounts.sort(java.util.Comparator.comparing((Keyed<String> row) -> row.key()));
        accounts.forEach(row -> accountOrder.add(row.id()));
        Instant newest = Instant.parse("2026-06-30T12:00:00Z");
        List<Keyed<Instant>> notifications = new ArrayList<>();
        try (PreparedStatement insert = connection.prepareStatement("insert into vss_notification (id, recipient_id, at, code, arguments) "
                + "values (?, ?, ?, 'contract.signed', '')")) {
            for (int i = 0; i < ROWS + OTHERS; i++) {
                UUID id = id(3, scrambled(i, ROWS + OTHERS));
                Instant at = newest.minusSeconds(i % 10 == 1 ? i - 1 : i);
                insert.setObject(1, id);
                insert.setObject(2, i < ROWS ? recipient : id(2, 1));
                insert.setObject(3, java.time.OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC));
                insert.addBatch();
                if (i < ROWS) {
                    notifications.add(new Keyed<>(id, at));
                }
            }
            insert.executeBatch();
        }
        notifications.sort(java.util.Comparator.comparing((Keyed<Instant> row) -> row.key()).thenComparing(Keyed::id).reversed());
        notifications.forEach(row -> notificationOrder.add(row.id()));
    }

    /** Deliberations of the territory, the latest session first, every tenth without a date (last); some of another territory. */
    private void seedDeliberations(Connection connection) throws SQLException {
        List<Keyed<LocalDate>> rows = new ArrayList<>();
        try (PreparedStatement insert = connection.prepareStatement("insert into vss_deliberation (id, version, territory_id, "
                + "object_title, session_date, urgency, reconvened_without_quorum, vote_in_favour, vote_against, vote_abstentions, "
                + "vote_blank_or_spoilt, vote_not_taking_part, secret_ballot, unanimity, provenance) "
                + "values (?, 1, ?, 'Objet', ?, false, false, 0, 0, 0, 0, 0, false, false, 'ENTERED')")) {
            for (int i = 0; i < ROWS + OTHERS; i++) {
                UUID id = id(4, scrambled(i, ROWS + OTHERS));
                LocalDate session = i % 10 == 3 ? null : LocalDate.of(2020, 1, 1).plusDays((i * 37L) % 900);
                insert.setObject(1, id);
                insert.setObject(2, (i < ROWS ? territory : elsewhere).value());
                insert.setObject(3, session);
                insert.addBatch();
                if (i < ROWS) {
                    rows.add(new Keyed<>(id, session == null ? LocalDate.MIN : session));
                }
            }
            insert.executeBatch();
        }
        rows.sort(java.util.Comparator.comparing((Keyed<LocalDate> row) -> row.key()).thenComparing(Keyed::id).reversed());
        rows.forEach(row -> deliberationOrder.add(row.id()));
    }

    /** Meetings of the contract, the latest first, starts repeating (the id decides); some of another contract. */
    private void seedMeetings(Connection connection) throws SQLException {
        List<Keyed<java.time.LocalDateTime>> rows = new ArrayList<>();
        try (PreparedStatement insert = connection.prepareStatement("insert into vss_meeting (id, version, territory_id, contract_id, "
                + "kind, title, local_start, local_end, provenance) values (?, 1, ?, ?, 'STEERING_COMMITTEE', 'Comité', ?, ?, 'ENTERED')")) {
            for (int i = 0; i < ROWS + OTHERS; i++) {
                UUID id = id(5, scrambled(i, ROWS + OTHERS));
                java.time.LocalDateTime start = java.time.LocalDateTime.of(2026, 1, 5, 9, 0).plusHours((i * 13L) % 700);
                boolean ours = i < ROWS;
                insert.setObject(1, id);
                insert.setObject(2, (ours ? territory : elsewhere).value());
                insert.setObject(3, (ours ? contract : otherContract).id().value());
                insert.setObject(4, start);
                insert.setObject(5, start.plusHours(2));
                insert.addBatch();
                if (ours) {
                    rows.add(new Keyed<>(id, start));
                }
            }
            insert.executeBatch();
        }
        rows.sort(java.util.Comparator.comparing((Keyed<java.time.LocalDateTime> row) -> row.key()).thenComparing(Keyed::id).reversed());
        rows.forEach(row -> meetingOrder.add(row.id()));
    }

    /** Actions of another contract, which the contract's pages must never hold. */
    private void seedOtherActions(Connection connection, Partner partner) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into vss_action (id, version, territory_id, contract_id, "
                + "commitment_id, title, lead_partner_id, deadline, status, progress, provenance) "
                + "values (?, 1, ?, ?, '1.1', 'Action', ?, ?, 'PLANNED', 0, 'ENTERED')")) {
            for (int i = 0; i < OTHERS; i++) {
                insert.setObject(1, id(6, i));
                insert.setObject(2, elsewhere.value());
                insert.setObject(3, otherContract.id().value());
                insert.setObject(4, partner.id().value());
                insert.setObject(5, i % 10 == 3 ? null : LocalDate.of(2027, 1, 1).plusDays(i));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * Partners of the contract, one per institution seeded above (their names come in pairs, so the
     * partner's id decides), after the one partner the suite added through the library (its
     * institution's name, "Hôpital …", comes first); some of another contract.
     */
    private void seedPartners(Connection connection, Partner first) throws SQLException {
        List<Keyed<String>> rows = new ArrayList<>();
        try (PreparedStatement insert = connection.prepareStatement("insert into vss_partner (id, version, territory_id, contract_id, "
                + "institution_id, institution_name, role, initiatives, signatory, verified_at, verified_by, provenance) "
                + "values (?, 1, ?, ?, ?, ?, 'Soins', '', false, ?, 'system', 'ENTERED')")) {
            for (int i = 0; i < ROWS + OTHERS; i++) {
                UUID id = id(7, scrambled(i, ROWS + OTHERS));
                boolean ours = i < ROWS;
                String name = String.format(Locale.ROOT, "Institution %05d", i / 2);
                insert.setObject(1, id);
                insert.setObject(2, (ours ? territory : elsewhere).value());
                insert.setObject(3, (ours ? contract : otherContract).id().value());
                insert.setObject(4, id(1, scrambled(i % ROWS, ROWS + OTHERS)));
                insert.setString(5, name);
                insert.setObject(6, java.time.OffsetDateTime.ofInstant(CLOCK.instant(), java.time.ZoneOffset.UTC));
                insert.addBatch();
                if (ours) {
                    rows.add(new Keyed<>(id, name));
                }
            }
            insert.executeBatch();
        }
        rows.sort(java.util.Comparator.comparing((Keyed<String> row) -> row.key()).thenComparing(Keyed::id));
        partnerOrder.add(first.id().value());
        rows.forEach(row -> partnerOrder.add(row.id()));
    }

    /**
     * Resources serving the territory: national ones, the département's, the territory's (each part
     * by name, then id); and some of another département and of another territory. The national
     * resources the library installs are removed first, so that the order is known here.
     */
    private void seedResources(Connection connection) throws SQLException {
        try (java.sql.Statement statement = connection.createStatement()) {
            statement.executeUpdate("delete from vss_resource_text");
            statement.executeUpdate("delete from vss_resource");
        }
        String department = Fixtures.anotherCommune().department().value();
        record Row(UUID id, int part, String name) {
        }
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement insert = connection.prepareStatement("insert into vss_resource (id, version, scope, department, "
                + "territory_id, kind, name, address, is_free, is_anonymous, audiences, verified_at, verified_by, provenance) "
                + "values (?, 1, ?, ?, ?, 'LISTENING', ?, '1 place de la Mairie', true, false, '', ?, 'system', 'ENTERED')");
                PreparedStatement text = connection.prepareStatement("insert into vss_resource_text (resource_id, language, description) "
                        + "values (?, 'FR', 'Écoute')")) {
            for (int i = 0; i < RESOURCES + OTHERS; i++) {
                UUID id = id(8, scrambled(i, RESOURCES + OTHERS));
                int part = i < RESOURCES ? i % 3 : 3 + i % 2;
                String name = String.format(Locale.ROOT, "Ressource %05d", (i * 13L) % 500);
                insert.setObject(1, id);
                insert.setString(2, switch (part) {
                    case 0 -> "NATIONAL";
                    case 1, 3 -> "DEPARTMENTAL";
                    default -> "LOCAL";
                });
                insert.setString(3, switch (part) {
                    case 0 -> null;
                    case 1, 2 -> department;
                    default -> "92";
                });
                insert.setObject(4, switch (part) {
                    case 2 -> territory.value();
                    case 4 -> elsewhere.value();
                    default -> null;
                });
                insert.setString(5, name);
                insert.setObject(6, java.time.OffsetDateTime.ofInstant(CLOCK.instant(), java.time.ZoneOffset.UTC));
                insert.addBatch();
                text.setObject(1, id);
                text.addBatch();
                if (part < 3) {
                    rows.add(new Row(id, part, name));
                }
            }
            insert.executeBatch();
            text.executeBatch();
        }
        rows.sort(java.util.Comparator.comparing(Row::part).thenComparing(Row::name).thenComparing(Row::id));
        rows.forEach(row -> resourceOrder.add(row.id()));
    }

    /**
     * One list checked whole: every row once and in order when read page after page by seeking; the
     * first, a middle and the last page by offset and by seeking; and the plans of the first page,
     * of a deep page reached by seeking and of one reached by offset read one of {@code indexes}
     * in order, with no sort.
     */
    private void checkList(String list, List<UUID> order, java.util.function.Function<PageRequest, List<UUID>> read, String table,
            String... indexes) throws SQLException {
        checkList(list, order, read, table, true, indexes);
    }

    /** {@link #checkList(String, List, java.util.function.Function, String, String...)}, the jump's plan checked or only shown. */
    private void checkList(String list, List<UUID> order, java.util.function.Function<PageRequest, List<UUID>> read, String table,
            boolean jumpPlanChecked, String... indexes) throws SQLException {
        List<UUID> seeking = new ArrayList<>();
        List<UUID> page = read.apply(PageRequest.first(PAGE));
        assertThat(page).as("%s: the first page", list).isEqualTo(order.subList(0, PAGE));
        while (!page.isEmpty()) {
            seeking.addAll(page);
            page = read.apply(new PageRequest(seeking.size(), PAGE).after(seeking.getLast()));
        }
        assertThat(seeking).as("%s: every row once, in order, page after page", list).isEqualTo(order);
        int middle = order.size() / 2 + 7;
        assertThat(read.apply(new PageRequest(middle, PAGE))).as("%s: a middle page by offset", list)
                .isEqualTo(order.subList(middle, middle + PAGE));
        int last = order.size() - PAGE;
        assertThat(read.apply(new PageRequest(last, PAGE))).as("%s: the last page by offset", list).isEqualTo(order.subList(last, order.size()));
        assertThat(read.apply(new PageRequest(last, PAGE).after(order.get(last - 1)))).as("%s: the last page by seeking", list)
                .isEqualTo(order.subList(last, order.size()));
        int deep = order.size() / 2 + 3;
        PageRequest deepSeek = new PageRequest(deep, PAGE).after(order.get(deep - 1));
        PageRequest deepOffset = new PageRequest(deep, PAGE);
        for (PageRequest planned : List.of(PageRequest.first(PAGE), deepSeek, deepOffset)) {
            List<String> plans = plansOfPages(() -> read.apply(planned), table);
            System.out.printf(Locale.ROOT, "[list plans] %s on %s, page %s:%n%s", list, getClass().getSimpleName(), planned,
                    String.join("", plans));
            if (planned == deepOffset && !jumpPlanChecked) {
                continue;
            }
            assertThat(plans).as("%s: page %s", list, planned).isNotEmpty().allSatisfy(plan -> {
                assertThat(plan.toLowerCase(Locale.ROOT)).as(plan).containsAnyOf(java.util.Arrays.stream(indexes).map(this::index)
                        .toArray(String[]::new));
                assertThat(readInIndexOrder(plan, table)).as(plan).isTrue();
            });
        }
    }

    @Test
    void the_institutions_whose_name_matches_page_by_name_then_id_on_the_name_index() throws SQLException {
        checkList("institutions", institutionOrder, page -> storage.institutions().list(Optional.of("institution"), page).stream()
                .map(i -> i.id().value()).toList(), "vss_institution", "vss_institution_name_id_ix");
    }

    @Test
    void the_accounts_whose_login_matches_page_by_login_on_the_login_index() throws SQLException {
        checkList("accounts", accountOrder, page -> storage.accounts().list(Optional.of("agent"), page).stream()
                .map(a -> a.id().value()).toList(), "vss_account", "vss_account_login_uq");
    }

    @Test
    void the_contract_actions_and_none_of_another_contract_page_by_deadline_on_the_deadline_index() throws SQLException {
        checkList("actions", actionOrder, this::actions, "vss_action", "vss_action_deadline_ix");
    }

    @Test
    void the_territory_deliberations_and_none_of_another_page_latest_session_first_on_their_index() throws SQLException {
        checkList("deliberations", deliberationOrder, page -> storage.deliberations().list(territory, page).stream()
                .map(d -> d.id().value()).toList(), "vss_deliberation", "vss_deliberation_latest_ix");
    }

    @Test
    void the_contract_meetings_and_none_of_another_contract_page_latest_first_on_their_index() throws SQLException {
        checkList("meetings", meetingOrder, page -> storage.meetings().list(contract.id(), page).stream()
                .map(m -> m.id().value()).toList(), "vss_meeting", "vss_meeting_latest_ix");
    }

    @Test
    void the_recipient_notifications_and_none_of_another_page_newest_first_on_their_index() throws SQLException {
        checkList("notifications", notificationOrder, page -> storage.notifications().list(new io.github.clvss.core.account.AccountId(recipient),
                page).stream().map(n -> n.id().value()).toList(), "vss_notification", "vss_notification_newest_ix");
    }

    @Test
    void the_contract_partners_and_none_of_another_contract_page_by_institution_name_on_their_index() throws SQLException {
        checkList("partners", partnerOrder, page -> storage.partners().list(contract.id(), page).stream()
                .map(p -> p.id().value()).toList(), "vss_partner", "vss_partner_name_ix");
    }

    @Test
    void the_resources_serving_the_territory_page_national_departmental_then_local_each_on_an_index() throws SQLException {
        io.github.clvss.core.territory.DepartmentCode department = Fixtures.anotherCommune().department();
        java.util.function.Function<PageRequest, List<UUID>> read = page -> storage.resources().serving(territory, department, page).stream()
                .map(r -> r.id().value()).toList();
        // A jump (offset) deep into a part: PostgreSQL reads the part's rows in a sequential scan and
        // keeps the top ones (a top-N sort) when the page needs most of them; its rows are checked,
        // its plan only shown. Scrolling seeks, and that plan is checked.
        checkList("resources", resourceOrder, read, "vss_resource", false, "vss_resource_department_ix", "vss_resource_territory_ix");
        int local = resourceOrder.size() - 1_500;
        assertThat(storage.resources().countServing(territory, department)).isEqualTo(resourceOrder.size());
        for (PageRequest planned : List.of(new PageRequest(local, PAGE).after(resourceOrder.get(local - 1)))) {
            List<String> plans = plansOfPages(() -> read.apply(planned), "vss_resource");
            assertThat(plans).as("page %s", planned).anySatisfy(plan -> assertThat(plan.toLowerCase(Locale.ROOT))
                    .contains(index("vss_resource_territory_ix"))).allSatisfy(plan -> assertThat(readInIndexOrder(plan, "vss_resource"))
                    .as(plan).isTrue());
        }
    }

    // ---- référents

    private final LocalDate today = LocalDate.of(2026, 6, 30);

    private ReferentQuery everyReferent() {
        return ReferentQuery.current(territory).withHistory();
    }

    private List<UUID> referents(PageRequest page) {
        return storage.referents().list(everyReferent(), today, page).stream().map(r -> r.id().value()).toList();
    }

    @Test
    void the_first_page_of_referents_is_the_first_fifty_by_name() {
        assertThat(referents(PageRequest.first(PAGE))).isEqualTo(referentOrder.subList(0, PAGE));
    }

    @Test
    void a_middle_page_of_referents_reached_by_seeking_from_the_row_before_is_the_right_one() {
        int from = 50_000;
        assertThat(referents(new PageRequest(from, PAGE).after(referentOrder.get(from - 1))))
                .isEqualTo(referentOrder.subList(from, from + PAGE));
        assertThat(referents(new PageRequest(from, PAGE))).as("the same page by offset").isEqualTo(referentOrder.subList(from, from + PAGE));
    }

    @Test
    void a_page_that_crosses_from_the_named_to_the_erased_referents_and_the_last_page_are_the_right_ones() {
        int crossing = NAMED - PAGE / 2;
        assertThat(referents(new PageRequest(crossing, PAGE).after(referentOrder.get(crossing - 1))))
                .isEqualTo(referentOrder.subList(crossing, crossing + PAGE));
        int last = REFERENTS - PAGE;
        assertThat(referents(new PageRequest(last, PAGE).after(referentOrder.get(last - 1))))
                .isEqualTo(referentOrder.subList(last, REFERENTS));
        assertThat(referents(new PageRequest(REFERENTS, PAGE).after(referentOrder.getLast()))).isEmpty();
        assertThat(referents(new PageRequest(last, PAGE))).as("the last page by offset").isEqualTo(referentOrder.subList(last, REFERENTS));
    }

    @Test
    void the_current_referents_leave_out_the_erased_ones_and_keep_their_order() {
        List<UUID> page = storage.referents().list(ReferentQuery.current(territory),
                today, new PageRequest(NAMED - 10, PAGE).after(referentOrder.get(NAMED - 11))).stream().map(r -> r.id().value()).toList();
        assertThat(page).isEqualTo(referentOrder.subList(NAMED - 10, NAMED));
        assertThat(storage.referents().count(ReferentQuery.current(territory), today)).isEqualTo(NAMED);
    }

    @Test
    void every_referent_page_query_reads_the_name_index_in_order_without_sorting() throws SQLException {
        int deep = 90_000;
        for (PageRequest page : List.of(PageRequest.first(PAGE), new PageRequest(deep, PAGE).after(referentOrder.get(deep - 1)),
                new PageRequest(NAMED - 10, PAGE).after(referentOrder.get(NAMED - 11)), new PageRequest(deep, PAGE))) {
            List<String> plans = plansOfPages(() -> referents(page), "vss_referent");
            assertThat(plans).as("page %s", page).isNotEmpty().allSatisfy(plan -> {
                assertThat(plan.toLowerCase(Locale.ROOT)).as(plan).contains(index("vss_referent_name_ix"));
                assertThat(readInIndexOrder(plan, "vss_referent")).as(plan).isTrue();
            });
        }
        report("référents", () -> referents(PageRequest.first(PAGE)),
                () -> referents(new PageRequest(deep, PAGE).after(referentOrder.get(deep - 1))),
                () -> referents(new PageRequest(deep, PAGE)), () -> storage.referents().count(everyReferent(), today));
    }

    // ---- journal

    private List<UUID> journal(PageRequest page) {
        return storage.journal().find(JournalQuery.territory(journalTerritory), page).stream().map(JournalEntry::id).toList();
    }

    @Test
    void the_journal_pages_newest_first_from_the_first_through_a_seek_to_the_last() {
        assertThat(journal(PageRequest.first(PAGE))).isEqualTo(journalOrder.subList(0, PAGE));
        int from = 60_001;
        assertThat(journal(new PageRequest(from, PAGE).after(journalOrder.get(from - 1))))
                .isEqualTo(journalOrder.subList(from, from + PAGE));
        int last = ENTRIES - PAGE;
        assertThat(journal(new PageRequest(last, PAGE).after(journalOrder.get(last - 1))))
                .isEqualTo(journalOrder.subList(last, ENTRIES));
        assertThat(journal(new PageRequest(last, PAGE))).as("the last page by offset").isEqualTo(journalOrder.subList(last, ENTRIES));
        assertThat(storage.journal().count(JournalQuery.territory(journalTerritory))).isEqualTo(ENTRIES);
    }

    @Test
    void every_journal_page_query_reads_the_newest_first_index_in_order_without_sorting() throws SQLException {
        int deep = 90_000;
        for (PageRequest page : List.of(PageRequest.first(PAGE), new PageRequest(deep, PAGE).after(journalOrder.get(deep - 1)))) {
            List<String> plans = plansOfPages(() -> journal(page), "vss_journal");
            assertThat(plans).as("page %s", page).isNotEmpty().allSatisfy(plan -> {
                assertThat(plan.toLowerCase(Locale.ROOT)).as(plan).contains(index("vss_journal_newest_ix"));
                assertThat(readInIndexOrder(plan, "vss_journal")).as(plan).isTrue();
            });
        }
        report("journal", () -> journal(PageRequest.first(PAGE)),
                () -> journal(new PageRequest(deep, PAGE).after(journalOrder.get(deep - 1))),
                () -> journal(new PageRequest(deep, PAGE)), () -> storage.journal().count(JournalQuery.territory(journalTerritory)));
    }

    // ---- plans and figures

    /** The plans of the queries holding {@code text} (lower case) run while {@code read} runs. */
    private List<String> plansOf(Runnable read, String text) throws SQLException {
        executed.clear();
        read.run();
        List<String> plans = new ArrayList<>();
        for (Executed statement : List.copyOf(executed)) {
            String sql = statement.sql.toLowerCase(Locale.ROOT);
            if (sql.contains(text) && !sql.startsWith("explain")) {
                plans.add(explain(statement));
            }
        }
        return plans;
    }

    /** The plans of the page queries ({@code order by … limit}) run on {@code table} while {@code read} runs. */
    private List<String> plansOfPages(Runnable read, String table) throws SQLException {
        executed.clear();
        read.run();
        List<String> plans = new ArrayList<>();
        for (Executed statement : List.copyOf(executed)) {
            String sql = statement.sql.toLowerCase(Locale.ROOT);
            if (java.util.regex.Pattern.compile("from " + table.strip() + "(\\s|$)").matcher(sql).find() && sql.contains("order by")) {
                plans.add(explain(statement));
            }
        }
        return plans;
    }

    private String explain(Executed statement) throws SQLException {
        try (Connection connection = database().getConnection();
                PreparedStatement explain = connection.prepareStatement("explain " + statement.sql)) {
            for (Object[] call : statement.parameters) {
                invoke(explain, (Method) call[0], (Object[]) call[1]);
            }
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            return plan.toString();
        }
    }

    /** Informal figures for the report (not asserted): the median of 21 reads, after 5 to warm up. */
    private void report(String list, Supplier<?> first, Supplier<?> deep, Supplier<?> jump, Supplier<?> count) {
        System.out.printf(Locale.ROOT, "[list pages] %s on %s: first page %.2f ms, deep page (seek) %.2f ms, "
                + "deep page (jump, offset) %.2f ms, count %.2f ms%n", list, getClass().getSimpleName(), median(first), median(deep),
                median(jump), median(count));
    }

    private static double median(Supplier<?> read) {
        IntStream.range(0, 5).forEach(i -> read.get());
        double[] ms = IntStream.range(0, 21).mapToDouble(i -> {
            long start = System.nanoTime();
            read.get();
            return (System.nanoTime() - start) / 1e6;
        }).sorted().toArray();
        return ms[ms.length / 2];
    }

    // ---- a data source that remembers the statements prepared through it and their parameters

    private record Executed(String sql, List<Object[]> parameters) {
    }

    private DataSource recording(DataSource real) {
        return proxy(DataSource.class, real, (method, args, result) -> result instanceof Connection c
                ? proxy(Connection.class, c, (m, a, r) -> {
                    if (m.getName().equals("prepareStatement") && r instanceof PreparedStatement p) {
                        Executed statement = new Executed((String) a[0], new ArrayList<>());
                        executed.add(statement);
                        return proxy(PreparedStatement.class, p, (pm, pa, pr) -> {
                            if (pm.getName().startsWith("set") && pa != null && pa.length >= 2 && pa[0] instanceof Integer) {
                                statement.parameters.add(new Object[] {pm, pa});
                            }
                            return pr;
                        });
                    }
                    return r;
                })
                : result);
    }

    private interface After {
        Object apply(Method method, Object[] args, Object result);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T real, After after) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> after.apply(method, args, invoke(real, method, args)));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws SQLException {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- territories (35,000 communes at national scale; 2,000 here, their names in pairs so that the id decides)

    private final List<UUID> territoryOrder = new ArrayList<>();

    /**
     * Intercommunalités named "Territoire …", after the two the suite registered through the
     * library ("Boulogne-Billancourt", then "Commune …"), in this order in every collation.
     */
    private void seedTerritories(Connection connection) throws SQLException {
        List<Keyed<String>> rows = new ArrayList<>();
        try (PreparedStatement insert = connection.prepareStatement("insert into vss_territory (id, version, kind, name, department, "
                + "siren, time_zone, provenance) values (?, 1, 'EPCI', ?, '89', ?, 'Europe/Paris', 'ENTERED')")) {
            for (int i = 0; i < ROWS; i++) {
                UUID id = id(9, scrambled(i, ROWS));
                String name = String.format(Locale.ROOT, "Territoire %05d", i / 2);
                insert.setObject(1, id);
                insert.setString(2, name);
                insert.setString(3, Fixtures.sirenFor(30_000_000 + i).value());
                insert.addBatch();
                rows.add(new Keyed<>(id, name));
            }
            insert.executeBatch();
        }
        rows.sort(java.util.Comparator.comparing((Keyed<String> row) -> row.key()).thenComparing(Keyed::id));
        territoryOrder.add(elsewhere.value());
        territoryOrder.add(territory.value());
        rows.forEach(row -> territoryOrder.add(row.id()));
    }

    @Test
    void every_territory_pages_by_name_then_id_on_the_name_index() throws SQLException {
        checkList("territories", territoryOrder, page -> storage.territories().list(Optional.empty(), page).stream()
                .map(t -> t.id().value()).toList(), "vss_territory", "vss_territory_name_ix");
        assertThat(storage.territories().count(Optional.empty())).isEqualTo(territoryOrder.size());
    }

    @Test
    void the_territories_of_an_account_s_grants_page_by_name_and_hold_no_other() {
        List<TerritoryId> granted = List.of(new TerritoryId(territoryOrder.get(700)), territory, new TerritoryId(territoryOrder.get(90)));
        java.util.function.Function<PageRequest, List<UUID>> read = page -> storage.territories().list(Optional.of(granted), page)
                .stream().map(t -> t.id().value()).toList();
        List<UUID> first = read.apply(PageRequest.first(2));
        assertThat(first).containsExactly(territory.value(), territoryOrder.get(90));
        assertThat(read.apply(new PageRequest(2, 2).after(first.getLast()))).containsExactly(territoryOrder.get(700));
        assertThat(storage.territories().count(Optional.of(granted))).isEqualTo(3);
    }

    @Test
    void a_search_in_the_territories_names_pages_by_name() throws SQLException {
        // "Territoire 00700" to "00709", two of each: the seeded rows 1,400 to 1,419, after the two registered first
        List<UUID> expected = territoryOrder.subList(2 + 1_400, 2 + 1_420);
        java.util.function.Function<PageRequest, List<UUID>> read = page -> storage.territories()
                .list(Optional.empty(), Optional.of(" TOIRE 0070"), page).stream().map(t -> t.id().value()).toList();
        List<UUID> first = read.apply(PageRequest.first(15));
        assertThat(first).isEqualTo(expected.subList(0, 15));
        assertThat(read.apply(new PageRequest(15, 15).after(first.getLast()))).isEqualTo(expected.subList(15, 20));
        assertThat(storage.territories().count(Optional.empty(), Optional.of("toire 0070"))).isEqualTo(20);
        // A search that few names hold: PostgreSQL rightly reads those few rows and sorts them
        // (a bitmap or sequential scan) rather than walk the index; H2 walks the index. Shown, not checked.
        System.out.printf(Locale.ROOT, "[list plans] territories named like a search on %s:%n%s", getClass().getSimpleName(),
                String.join("", plansOfPages(() -> read.apply(PageRequest.first(15)), "vss_territory")));
    }

    // ---- a partner's inbox of handovers ("Adressages reçus"): newest first, sent in pairs so that the id decides

    private final UUID receiver = new UUID(0x0a90_0000_0000_7000L, 1);
    private final List<UUID> inboxOrder = new ArrayList<>();

    private static final String STEP = "insert into vss_path_handover_step (handover_id, seq, status, at, actor, partner_id) "
            + "values (?, 0, 'SENT', ?, 'system', ?)";

    /** Adds to {@code step}'s batch the one step of a handover just sent. */
    private static void sentStep(PreparedStatement step, UUID handover, Instant at) throws SQLException {
        step.setObject(1, handover);
        step.setObject(2, java.time.OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC));
        step.setObject(3, new UUID(0x0a90_0000_0000_7000L, 2));
        step.addBatch();
    }

    /** One path, its handovers to the receiver in the territory, and some to another partner and to the receiver elsewhere. */
    private void seedInbox(Connection connection) throws SQLException {
        UUID path = id(10, 0);
        try (PreparedStatement insert = connection.prepareStatement("insert into vss_victim_path (id, version, reference, territory_id, "
                + "opener_id, opened_by, opened_at, situation, decision) values (?, 1, 'ABCDEFGHJ', ?, ?, 'system', ?, '{}', '{}')")) {
            insert.setObject(1, path);
            insert.setObject(2, territory.value());
            insert.setObject(3, new UUID(0x0a90_0000_0000_7000L, 2));
            insert.setObject(4, java.time.OffsetDateTime.ofInstant(CLOCK.instant(), java.time.ZoneOffset.UTC));
            insert.executeUpdate();
        }
        List<Keyed<Instant>> rows = new ArrayList<>();
        try (PreparedStatement insert = connection.prepareStatement("insert into vss_path_handover (id, version, path_id, territory_id, "
                + "from_partner, to_partner, urgency, deadline, status, sent_at, path_opened_at) values (?, 1, ?, ?, ?, ?, 'IMMEDIATE', ?, 'SENT', ?, ?)");
                PreparedStatement step = connection.prepareStatement(STEP)) {
            for (int i = 0; i < ROWS + OTHERS; i++) {
                UUID id = id(11, scrambled(i, ROWS + OTHERS));
                Instant sent = CLOCK.instant().minusSeconds(3_600L * (i / 2));
                boolean ours = i < ROWS;
                insert.setObject(1, id);
                insert.setObject(2, path);
                insert.setObject(3, (ours || i % 2 == 0 ? territory : elsewhere).value());
                insert.setObject(4, new UUID(0x0a90_0000_0000_7000L, 2));
                insert.setObject(5, ours || i % 2 == 1 ? receiver : new UUID(0x0a90_0000_0000_7000L, 3));
                // not due yet: none of them is late
                insert.setObject(6, java.time.OffsetDateTime.ofInstant(CLOCK.instant().plusSeconds(30 * 86_400L), java.time.ZoneOffset.UTC));
                insert.setObject(7, java.time.OffsetDateTime.ofInstant(sent, java.time.ZoneOffset.UTC));
                insert.setObject(8, java.time.OffsetDateTime.ofInstant(CLOCK.instant(), java.time.ZoneOffset.UTC));
                insert.addBatch();
                sentStep(step, id, sent);
                if (ours) {
                    rows.add(new Keyed<>(id, sent));
                }
            }
            insert.executeBatch();
            step.executeBatch();
        }
        rows.sort(java.util.Comparator.comparing((Keyed<Instant> row) -> row.key()).thenComparing(Keyed::id).reversed());
        rows.forEach(row -> inboxOrder.add(row.id()));
    }

    @Test
    void the_handovers_sent_to_a_partner_in_the_territory_and_no_other_page_newest_first_on_the_inbox_index() throws SQLException {
        checkList("inbox", inboxOrder, page -> storage.victimPaths().inbox(territory, new io.github.clvss.core.access.PartnerId(receiver),
                false, page).stream().map(h -> h.id().value()).toList(), "vss_path_handover", "vss_path_handover_inbox_ix");
        assertThat(storage.victimPaths().countInbox(territory, new io.github.clvss.core.access.PartnerId(receiver), false))
                .isEqualTo(inboxOrder.size());
        assertThat(storage.victimPaths().inbox(territory, new io.github.clvss.core.access.PartnerId(receiver), true, PageRequest.first(5))
                .stream().map(h -> h.id().value()).toList()).as("all of them open").isEqualTo(inboxOrder.subList(0, 5));
    }

    // ---- a territory's late handovers: awaiting (sent or received) past their deadline, most overdue first

    private final List<UUID> lateOrder = new ArrayList<>();

    /**
     * Handovers of the territory whose deadlines come in pairs, one of each pair often sent and
     * the other received (so that the two parts of the list interleave and the id decides), a
     * quarter accepted and one in ten not yet due; and some late ones of another territory.
     */
    private void seedLate(Connection connection) throws SQLException {
        UUID path = id(10, 0);
        Instant now = CLOCK.instant();
        List<Keyed<Instant>> rows = new ArrayList<>();
        try (PreparedStatement insert = connection.prepareStatement("insert into vss_path_handover (id, version, path_id, territory_id, "
                + "from_partner, to_partner, urgency, deadline, status, sent_at, path_opened_at) values (?, 1, ?, ?, ?, ?, 'IMMEDIATE', ?, ?, ?, ?)")) {
            for (int i = 0; i < ROWS + OTHERS; i++) {
                UUID id = id(12, scrambled(i, ROWS + OTHERS));
                boolean ours = i < ROWS;
                Instant deadline = i % 10 == 7 ? now.plusSeconds(3_600L + i) : now.minusSeconds(3_600L + 60L * (i / 2));
                String status = switch (i % 4) {
                    case 0, 3 -> "SENT";
                    case 1 -> "RECEIVED";
                    default -> "ACCEPTED";
                };
                insert.setObject(1, id);
                insert.setObject(2, path);
                insert.setObject(3, (ours ? territory : elsewhere).value());
                insert.setObject(4, new UUID(0x0a90_0000_0000_7000L, 2));
                insert.setObject(5, new UUID(0x0a90_0000_0000_7000L, 4));
                insert.setObject(6, java.time.OffsetDateTime.ofInstant(deadline, java.time.ZoneOffset.UTC));
                insert.setString(7, status);
                insert.setObject(8, java.time.OffsetDateTime.ofInstant(now.minusSeconds(86_400L * 3), java.time.ZoneOffset.UTC));
                insert.setObject(9, java.time.OffsetDateTime.ofInstant(CLOCK.instant(), java.time.ZoneOffset.UTC));
                insert.addBatch();
                if (ours && !status.equals("ACCEPTED") && deadline.isBefore(now)) {
                    rows.add(new Keyed<>(id, deadline));
                }
            }
            insert.executeBatch();
        }
        rows.sort(java.util.Comparator.comparing((Keyed<Instant> row) -> row.key()).thenComparing(Keyed::id));
        rows.forEach(row -> lateOrder.add(row.id()));
    }

    @Test
    void the_late_handovers_of_the_territory_and_none_of_another_page_most_overdue_first_merging_two_ranges_of_one_index()
            throws SQLException {
        java.util.function.Function<PageRequest, List<UUID>> read = page -> storage.victimPaths().late(territory, CLOCK.instant(), page)
                .stream().map(h -> h.handover().value()).toList();
        List<UUID> seeking = new ArrayList<>();
        List<UUID> page = read.apply(PageRequest.first(PAGE));
        while (!page.isEmpty()) {
            seeking.addAll(page);
            page = read.apply(new PageRequest(seeking.size(), PAGE).after(seeking.getLast()));
        }
        assertThat(seeking).as("every late handover once, in order, page after page").isEqualTo(lateOrder);
        int middle = lateOrder.size() / 2 + 7;
        assertThat(read.apply(new PageRequest(middle, PAGE))).as("a middle page by offset").isEqualTo(lateOrder.subList(middle, middle + PAGE));
        int last = lateOrder.size() - PAGE;
        assertThat(read.apply(new PageRequest(last, PAGE).after(lateOrder.get(last - 1)))).as("the last page by seeking")
                .isEqualTo(lateOrder.subList(last, lateOrder.size()));
        assertThat(storage.victimPaths().countLate(territory, CLOCK.instant())).isEqualTo(lateOrder.size());
        int deep = lateOrder.size() / 2 + 3;
        for (PageRequest planned : List.of(PageRequest.first(PAGE), new PageRequest(deep, PAGE).after(lateOrder.get(deep - 1)))) {
            List<String> plans = plansOfPages(() -> read.apply(planned), "vss_path_handover");
            System.out.printf(Locale.ROOT, "[list plans] late handovers on %s, page %s:%n%s", getClass().getSimpleName(), planned,
                    String.join("", plans));
            // each status's range read from the awaiting index (two reads of it), never the table whole
            assertThat(plans).as("page %s", planned).hasSize(1).allSatisfy(plan -> {
                String lower = plan.toLowerCase(Locale.ROOT);
                assertThat(lower.split(java.util.regex.Pattern.quote(index("vss_path_handover_awaiting_ix")), -1)).as(plan).hasSizeGreaterThan(2);
                assertThat(lower).as(plan).doesNotContain("seq scan").doesNotContain("tablescan");
            });
        }
    }

    // ---- a partner's paths ("Parcours"): those it opened and those it received a handover of, newest first

    private final UUID pathPartner = new UUID(0x0a90_0000_0000_7000L, 5);
    private final List<UUID> pathOrder = new ArrayList<>();

    /**
     * Paths opened in pairs of instants (the id decides): a half opened by the partner, a quarter
     * received by it from another (one in eight twice), and the rest neither or of another
     * territory; each path's handover keeps its opening instant, as the library writes it.
     */
    private void seedPaths(Connection connection) throws SQLException {
        UUID other = new UUID(0x0a90_0000_0000_7000L, 6);
        io.github.clvss.core.referral.Situation situation = io.github.clvss.core.referral.Situation.builder(
                io.github.clvss.core.referral.Facts.AgeGroup.ADULT, java.util.Set.of(io.github.clvss.core.referral.Facts.Capacity.POLICE))
                .relation(io.github.clvss.core.referral.Facts.Relation.PARTNER)
                .violences(io.github.clvss.core.referral.Facts.Violence.PHYSICAL).build();
        String situationJson = io.github.clvss.core.scenario.ScenarioFiles.situationJson(situation);
        String decisionJson = io.github.clvss.core.scenario.ScenarioFiles.decisionJson(
                io.github.clvss.core.referral.RuleSet.french().decide(situation));
        List<Keyed<Instant>> rows = new ArrayList<>();
        try (PreparedStatement insert = connection.prepareStatement("insert into vss_victim_path (id, version, reference, territory_id, "
                + "opener_id, opened_by, opened_at, situation, decision) values (?, 1, ?, ?, ?, 'system', ?, ?, ?)");
                PreparedStatement handover = connection.prepareStatement("insert into vss_path_handover (id, version, path_id, "
                        + "territory_id, from_partner, to_partner, urgency, deadline, status, sent_at, path_opened_at) "
                        + "values (?, 1, ?, ?, ?, ?, 'IMMEDIATE', ?, 'SENT', ?, ?)");
                PreparedStatement step = connection.prepareStatement(STEP)) {
            for (int i = 0; i < ROWS + OTHERS; i++) {
                UUID id = id(13, scrambled(i, ROWS + OTHERS));
                boolean ours = i < ROWS;
                Instant opened = CLOCK.instant().minusSeconds(600L * (i / 2));
                java.time.OffsetDateTime at = java.time.OffsetDateTime.ofInstant(opened, java.time.ZoneOffset.UTC);
                int kind = i % 4; // 0, 1: opened by the partner; 2: received by it; 3: neither
                insert.setObject(1, id);
                insert.setString(2, String.format(Locale.ROOT, "R%08d", i).replace('0', 'A').replace('1', 'B'));
                insert.setObject(3, (ours ? territory : elsewhere).value());
                insert.setObject(4, kind < 2 ? pathPartner : other);
                insert.setObject(5, at);
                insert.setString(6, situationJson);
                insert.setString(7, decisionJson);
                insert.addBatch();
                int sends = kind == 2 ? (i % 8 == 2 ? 2 : 1) : kind == 1 && i % 16 == 1 ? 1 : 0;
                for (int s = 0; s < sends; s++) {
                    handover.setObject(1, id(14, i * 2L + s));
                    handover.setObject(2, id);
                    handover.setObject(3, (ours ? territory : elsewhere).value());
                    handover.setObject(4, kind < 2 ? pathPartner : other);
                    handover.setObject(5, kind < 2 ? other : pathPartner);
                    handover.setObject(6, java.time.OffsetDateTime.ofInstant(CLOCK.instant().plusSeconds(30 * 86_400L),
                            java.time.ZoneOffset.UTC)); // not due yet: none of them is late
                    handover.setObject(7, at);
                    handover.setObject(8, at);
                    handover.addBatch();
                    sentStep(step, id(14, i * 2L + s), opened);
                }
                if (ours && kind < 3) {
                    rows.add(new Keyed<>(id, opened));
                }
            }
            insert.executeBatch();
            handover.executeBatch();
            step.executeBatch();
        }
        rows.sort(java.util.Comparator.comparing((Keyed<Instant> row) -> row.key()).thenComparing(Keyed::id).reversed());
        rows.forEach(row -> pathOrder.add(row.id()));
    }

    @Test
    void the_paths_a_partner_opened_or_received_in_the_territory_page_newest_first_merging_two_indexed_ranges() throws SQLException {
        io.github.clvss.core.access.PartnerId partner = new io.github.clvss.core.access.PartnerId(pathPartner);
        java.util.function.Function<PageRequest, List<UUID>> read = page -> storage.victimPaths().list(territory, partner, page)
                .stream().map(p -> p.id().value()).toList();
        List<UUID> seeking = new ArrayList<>();
        List<UUID> page = read.apply(PageRequest.first(PAGE));
        assertThat(page).as("the first page").isEqualTo(pathOrder.subList(0, PAGE));
        while (!page.isEmpty()) {
            seeking.addAll(page);
            page = read.apply(new PageRequest(seeking.size(), PAGE).after(seeking.getLast()));
        }
        assertThat(seeking).as("every path once, in order, page after page").isEqualTo(pathOrder);
        int middle = pathOrder.size() / 2 + 7;
        assertThat(read.apply(new PageRequest(middle, PAGE))).as("a middle page by offset").isEqualTo(pathOrder.subList(middle, middle + PAGE));
        assertThat(storage.victimPaths().count(territory, partner)).isEqualTo(pathOrder.size());
        int deep = pathOrder.size() / 2 + 3;
        for (PageRequest planned : List.of(PageRequest.first(PAGE), new PageRequest(deep, PAGE).after(pathOrder.get(deep - 1)))) {
            // the partner's own paths read from the opener index, those it received from the received index, each in order
            List<String> own = plansOf(() -> read.apply(planned), "opener_id = ");
            List<String> received = plansOf(() -> read.apply(planned), "select distinct");
            System.out.printf(Locale.ROOT, "[list plans] paths on %s, page %s:%n%s%s", getClass().getSimpleName(), planned,
                    String.join("", own), String.join("", received));
            assertThat(own).as("page %s", planned).hasSize(1).allSatisfy(plan -> {
                assertThat(plan.toLowerCase(Locale.ROOT)).as(plan).contains(index("vss_victim_path_opened_ix"));
                assertThat(readInIndexOrder(plan.replace("Index Only Scan", "Index Scan"), "vss_victim_path")).as(plan).isTrue();
            });
            assertThat(received).as("page %s", planned).hasSize(1).allSatisfy(plan -> {
                assertThat(plan.toLowerCase(Locale.ROOT)).as(plan).contains(index("vss_path_handover_received_ix"));
                assertThat(readInIndexOrder(plan.replace("Index Only Scan", "Index Scan"), "vss_path_handover")).as(plan).isTrue();
            });
        }
    }
}
