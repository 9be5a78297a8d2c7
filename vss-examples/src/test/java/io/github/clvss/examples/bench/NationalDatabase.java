package io.github.clvss.examples.bench;

import io.github.clvss.core.Vss;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.contract.ContractId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;
import javax.sql.DataSource;

/**
 * A database the size of a country's, for the list rows: the demo territory (the measured one)
 * holds {@code n} rows in the scope of each admin grid — its référents, its contract's partners,
 * actions and meetings, its deliberations, the resources serving it, its journal — and other
 * territories (other départements among them) hold as many again, so that every list reads its
 * part out of a table twice its size. One small territory holds 1 % of {@code n} journal entries.
 * The platform's lists (territories, institutions, accounts) hold {@code n} rows, and {@code n}
 * proposed institution changes wait for a decision beside as many decided ones; one account holds {@code n}
 * notifications, other accounts as many again.
 *
 * <p>The demo contract file is imported through vss first; every other row is a copy of one of
 * its rows (or, for accounts, notifications and the journal, a plain row) written with JDBC
 * batches, changing the id, the scope (territory, contract, account) and the column the list
 * orders by, so that the order is not the order of insertion.
 */
final class NationalDatabase {

    /** Territories other than the measured one; the first is the small one. */
    static final int OTHER_TERRITORIES = 9;
    private static final int BATCH = 1_000;

    final TerritoryId territory;
    final ContractId contract;
    final TerritoryId smallTerritory;
    final UUID account;
    final int rows;
    final int smallEntries;

    private final List<UUID> otherTerritories = new ArrayList<>();
    private final List<UUID> otherContracts = new ArrayList<>();
    private final List<UUID> institutions = new ArrayList<>();
    private final List<UUID> partners = new ArrayList<>();
    private final List<UUID> otherPartners = new ArrayList<>();
    private final List<UUID> accounts = new ArrayList<>();
    private int sequence;

    private NationalDatabase(TerritoryId territory, ContractId contract, int rows) {
        this.territory = territory;
        this.contract = contract;
        this.rows = rows;
        this.smallEntries = Math.max(1, rows / 100);
        this.smallTerritory = new TerritoryId(id(0xA0));
        this.account = id(0xA1);
    }

    /** Imports the demo file into {@code vss}'s new database, then writes the rest with JDBC. */
    static NationalDatabase seed(Vss vss, DataSource db, int rows) throws SQLException {
        Seeds.load(vss, Seeds.contractFile(0));
        NationalDatabase nation = new NationalDatabase(Seeds.territory(), Seeds.contract(), rows);
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            nation.write(c);
            c.setAutoCommit(true);
            if (c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")) {
                try (Statement s = c.createStatement()) {
                    s.execute("analyze"); // as autovacuum would after such a load, before anyone reads
                }
            }
        }
        return nation;
    }

    private void write(Connection c) throws SQLException {
        UUID t = territory.value();
        UUID k = contract.value();
        // other territories: the small one first, in the same département, the others in three more
        Template territoryRow = template(c, "vss_territory", "id = ?", t);
        for (int i = 0; i < OTHER_TERRITORIES; i++) {
            otherTerritories.add(i == 0 ? smallTerritory.value() : id(0xB0 + i));
        }
        copy(c, territoryRow, OTHER_TERRITORIES, i -> {
            String department = i < 3 ? "92" : String.valueOf(93 + i % 3);
            String insee = department + (900 + i);
            return Map.of("id", otherTerritories.get(i), "kind", "COMMUNE", "name", "Commune " + insee + " (banc d’essai)",
                    "insee_code", insee, "siren", luhn("21" + department + "0" + (900 + i)), "siret", nullValue(),
                    "department", department);
        });
        // the platform's list of territories: n in all, the others intercommunalities (no INSEE code)
        copy(c, territoryRow, Math.max(0, rows - 1 - OTHER_TERRITORIES), i -> Map.of("id", id(), "kind", "EPCI",
                "name", String.format(Locale.ROOT, "Intercommunalité %06d (banc d’essai)", scrambled(i)),
                "insee_code", nullValue(), "siren", luhn(String.format(Locale.ROOT, "24%06d", i)), "siret", nullValue(),
                "department", "92"));
        Template contractRow = template(c, "vss_contract", "id = ?", k);
        for (int i = 0; i < OTHER_TERRITORIES; i++) {
            otherContracts.add(id(0xC0 + i));
        }
        copy(c, contractRow, OTHER_TERRITORIES, i -> Map.of("id", otherContracts.get(i),
                "territory_id", otherTerritories.get(i)));
        c.commit();

        // institutions (the platform's list): n, names not in the order of their ids
        Template institution = template(c, "vss_institution", "parent_id is null");
        copy(c, institution, rows, i -> {
            UUID id = next(institutions);
            return Map.of("id", id, "name", String.format(Locale.ROOT, "Institution %06d", scrambled(i)),
                    "siret", nullValue(), "parent_id", nullValue());
        });
        // partners: one per institution in the measured contract, as many again in the others
        Template partner = template(c, "vss_partner", "contract_id = ?", k);
        copy(c, partner, rows, i -> Map.of("id", next(partners), "institution_id", institutions.get(i)));
        int perContract = rows / OTHER_TERRITORIES + 1;
        copy(c, partner, rows, i -> Map.of("id", next(otherPartners), "institution_id", institutions.get(i % perContract),
                "contract_id", otherContracts.get(i / perContract), "territory_id", otherTerritories.get(i / perContract)));
        c.commit();

        // référents: n current ones of the measured territory over its partners, as many elsewhere
        Template referent = template(c, "vss_referent", "territory_id = ? and until_date is null and name is not null", t);
        copy(c, referent, rows, i -> Map.of("id", id(), "partner_id", partners.get(i), "main", false,
                "name", String.format(Locale.ROOT, "Référente %06d (banc d’essai)", scrambled(i)),
                "email", String.format(Locale.ROOT, "referente.%06d@bench.example", i)));
        copy(c, referent, rows, i -> Map.of("id", id(), "partner_id", otherPartners.get(i), "main", false,
                "territory_id", otherTerritories.get(i / perContract),
                "name", String.format(Locale.ROOT, "Référente %06d (banc d’essai)", scrambled(i)),
                "email", String.format(Locale.ROOT, "autre.%06d@bench.example", i)));
        c.commit();

        // resources serving the measured territory: national, of its département, its own; then others'
        Template resource = template(c, "vss_resource", "1 = 1");
        List<UUID> resources = new ArrayList<>();
        copy(c, resource, rows, i -> Map.of("id", next(resources), "name", String.format(Locale.ROOT, "Ressource %06d", scrambled(i)),
                "scope", i % 10 == 0 ? "NATIONAL" : i % 10 < 4 ? "DEPARTMENTAL" : "LOCAL",
                "department", i % 10 == 0 ? nullValue() : "92",
                "territory_id", i % 10 < 4 ? nullValue() : t));
        copy(c, resource, rows, i -> Map.of("id", next(resources), "name", String.format(Locale.ROOT, "Ressource %06d", scrambled(i)),
                "scope", i % 2 == 0 ? "DEPARTMENTAL" : "LOCAL", "department", String.valueOf(93 + i % 3),
                "territory_id", i % 2 == 0 ? nullValue() : otherTerritories.get(3 + i % (OTHER_TERRITORIES - 3))));
        // a resource has its description in French at least
        Template description = template(c, "vss_resource_text", "resource_id = ? and language = 'FR'", resource.row().get("id"));
        copy(c, description, resources.size(), i -> Map.of("resource_id", resources.get(i)));
        c.commit();

        // actions and meetings of the measured contract, and of the others
        Template action = template(c, "vss_action", "contract_id = ?", k);
        copy(c, action, rows, i -> Map.of("id", id(), "deadline", i % 20 == 0 ? nullValue() : day(i),
                "title", String.format(Locale.ROOT, "Action %06d", i)));
        copy(c, action, rows, i -> Map.of("id", id(), "deadline", day(i), "contract_id", otherContracts.get(i / perContract),
                "territory_id", otherTerritories.get(i / perContract)));
        Template meeting = template(c, "vss_meeting", "contract_id = ?", k);
        copy(c, meeting, rows, i -> Map.of("id", id(), "local_start", LocalDateTime.of(day(i), java.time.LocalTime.of(18, 0)),
                "local_end", LocalDateTime.of(day(i), java.time.LocalTime.of(20, 0))));
        copy(c, meeting, rows, i -> Map.of("id", id(), "local_start", LocalDateTime.of(day(i), java.time.LocalTime.of(9, 0)),
                "local_end", LocalDateTime.of(day(i), java.time.LocalTime.of(11, 0)),
                "contract_id", otherContracts.get(i / perContract), "territory_id", otherTerritories.get(i / perContract)));
        c.commit();

        // deliberations of the measured territory (some without a session date), and of the others
        Template deliberation = template(c, "vss_deliberation", "territory_id = ?", t);
        copy(c, deliberation, rows, i -> Map.of("id", id(), "session_date", i % 50 == 0 ? nullValue() : day(i),
                "actes_id", nullValue(), "actes_id_text", nullValue()));
        copy(c, deliberation, rows, i -> Map.of("id", id(), "session_date", day(i), "actes_id", nullValue(),
                "actes_id_text", nullValue(), "territory_id", otherTerritories.get(i / perContract)));
        c.commit();

        // indicators of the measured contract (positions after the demo's), and of the others
        Template indicator = template(c, "vss_indicator", "contract_id = ? and part_of is null", k);
        copy(c, indicator, rows, i -> Map.of("id", id(), "position", 1_000 + scrambled(i), "part_of", nullValue(),
                "name", String.format(Locale.ROOT, "Indicateur %06d", i)));
        copy(c, indicator, rows, i -> Map.of("id", id(), "position", 1_000 + i, "part_of", nullValue(),
                "contract_id", otherContracts.get(i / perContract), "territory_id", otherTerritories.get(i / perContract)));
        // changes to institutions proposed by coordinators: n waiting for a decision, as many decided
        plain(c, "insert into vss_institution_proposal (id, version, institution_id, base_version, territory_id, proposed_by,"
                + " proposed_at, name, sector, siret, parent_id, status, decided_by, decided_at)"
                + " values (?, 1, ?, 1, ?, 'coordinator', ?, ?, ?, null, null, ?, ?, ?)", 2 * rows, (insert, i) -> {
                    boolean pending = i < rows;
                    insert.setObject(1, id());
                    insert.setObject(2, institutions.get(i % rows));
                    insert.setObject(3, i % 2 == 0 ? t : otherTerritories.get(i % OTHER_TERRITORIES));
                    insert.setObject(4, instant(scrambled(i % rows)));
                    insert.setString(5, String.format(Locale.ROOT, "Institution %06d (nouveau nom)", i));
                    insert.setString(6, (String) institution.row().get("sector"));
                    insert.setString(7, pending ? "PENDING" : "ACCEPTED");
                    insert.setString(8, pending ? null : "system");
                    insert.setObject(9, pending ? null : instant(scrambled(i % rows) + 1));
                });
        c.commit();

        // accounts (the platform's list), the measured account's notifications and the others'
        plain(c, "insert into vss_account (id, version, login, display_name, email, language, enabled, password_hash)"
                + " values (?, 1, ?, ?, null, 'FR', true, null)", rows, (insert, i) -> {
                    UUID id = i == 0 ? account : next(accounts);
                    insert.setObject(1, id);
                    insert.setString(2, String.format(Locale.ROOT, "compte.%06d", scrambled(i)));
                    insert.setString(3, String.format(Locale.ROOT, "Compte %06d", i));
                });
        c.commit();
        plain(c, "insert into vss_notification (id, recipient_id, at, code, arguments, read_at) values (?, ?, ?,"
                + " 'action.late', 'Action', null)", 2 * rows, (insert, i) -> {
                    insert.setObject(1, id());
                    insert.setObject(2, i < rows ? account : accounts.get(i % accounts.size()));
                    insert.setObject(3, instant(scrambled(i % rows)));
                });
        c.commit();

        // the journal: n entries of the measured territory, 1 % of n of the small one, the rest others'
        plain(c, "insert into vss_journal (id, at, actor, action, record_type, record_id, territory_id, outcome)"
                + " values (?, ?, 'system', 'referent.read', 'referent', ?, ?, 'DONE')", 2 * rows, (insert, i) -> {
                    insert.setObject(1, id());
                    insert.setObject(2, instant(scrambled(i % rows) + (i < rows ? 0 : 7)));
                    insert.setString(3, "r" + i);
                    insert.setObject(4, i < rows ? t : i < rows + smallEntries ? smallTerritory.value()
                            : otherTerritories.get(1 + (i - rows - smallEntries) % (OTHER_TERRITORIES - 1)));
                });
        c.commit();
    }

    /** The columns and values of one row of {@code table} where {@code column} is {@code value}. */
    private static Template template(Connection c, String table, String where, Object... values) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("select * from " + table + " where " + where)) {
            for (int i = 0; i < values.length; i++) {
                select.setObject(i + 1, values[i]);
            }
            try (var rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("the demo file has no " + table + " row to copy");
                }
                var meta = rs.getMetaData();
                Map<String, Object> row = new java.util.LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnName(i).toLowerCase(Locale.ROOT), rs.getObject(i));
                }
                return new Template(table, row);
            }
        }
    }

    /** One row of {@code table} to copy: its columns and values. */
    private record Template(String table, Map<String, Object> row) {
    }

    /** {@code count} copies of {@code template}, each with the values {@code changes} gives for its index. */
    private static void copy(Connection c, Template template, int count,
            IntFunction<Map<String, Object>> changes) throws SQLException {
        List<String> columns = new ArrayList<>(template.row().keySet());
        String table = template.table();
        String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
        try (PreparedStatement insert = c.prepareStatement(sql)) {
            for (int i = 0; i < count; i++) {
                Map<String, Object> row = new HashMap<>(template.row());
                changes.apply(i).forEach((column, value) -> {
                    if (!row.containsKey(column)) {
                        throw new IllegalStateException(table + " has no column " + column);
                    }
                    row.put(column, value == NULL ? null : value);
                });
                for (int col = 0; col < columns.size(); col++) {
                    insert.setObject(col + 1, row.get(columns.get(col)));
                }
                insert.addBatch();
                if (i % BATCH == BATCH - 1) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private interface Binder {
        void bind(PreparedStatement insert, int i) throws SQLException;
    }

    private static void plain(Connection c, String sql, int count, Binder binder) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(sql)) {
            for (int i = 0; i < count; i++) {
                binder.bind(insert, i);
                insert.addBatch();
                if (i % BATCH == BATCH - 1) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /** Map.of takes no null: this stands for SQL null in a row's changes. */
    private static final Object NULL = new Object();

    private static Object nullValue() {
        return NULL;
    }

    private UUID next(List<UUID> ids) {
        UUID id = id();
        ids.add(id);
        return id;
    }

    /** A new id, time-ordered like vss's own (version 7), growing with each call. */
    private UUID id() {
        return id(0x1000 + sequence++);
    }

    private static UUID id(long n) {
        return new UUID(0x0193_0000_0000_7000L, 0x8000_0000_0000_0000L | n);
    }

    /** {@code prefix} (8 digits) and the Luhn key that makes it a valid SIREN. */
    static String luhn(String prefix) {
        for (int key = 0; key < 10; key++) {
            String siren = prefix + key;
            int sum = 0;
            for (int i = 0; i < siren.length(); i++) {
                int digit = siren.charAt(siren.length() - 1 - i) - '0';
                if (i % 2 == 1) {
                    digit *= 2;
                }
                sum += digit > 9 ? digit - 9 : digit;
            }
            if (sum % 10 == 0) {
                return siren;
            }
        }
        throw new IllegalStateException("no Luhn key for " + prefix);
    }

    /** A permutation of 0..n-1 (for n below 10^6): orders that are not the order of insertion. */
    private int scrambled(int i) {
        return (int) ((i * 7919L) % Math.max(rows, 1));
    }

    private static LocalDate day(int i) {
        return LocalDate.of(2020, 1, 1).plusDays((i * 7919L) % 3_000);
    }

    private static OffsetDateTime instant(int i) {
        return OffsetDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).plusSeconds(i * 61L);
    }
}
