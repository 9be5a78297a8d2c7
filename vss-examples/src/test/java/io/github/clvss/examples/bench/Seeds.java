package io.github.clvss.examples.bench;

import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.contractfile.ContractFiles;
import io.github.clvss.core.contractfile.ImportMode;
import io.github.clvss.core.contractfile.ImportReport;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.access.TerritoryId;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import javax.sql.DataSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The data the bench measures on: the demo contract file with {@code n} more référents spread
 * over its partners, and the raw JDBC copy of rows that the baseline writes.
 */
final class Seeds {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Seeds() {
    }

    /** The demo file with {@code extra} référents added, round-robin over the contract's partners. */
    static byte[] contractFile(int extra) {
        ObjectNode file = (ObjectNode) JSON.readTree(ContractFiles.demoFile());
        ArrayNode partners = (ArrayNode) file.get("contracts").get(0).get("partners");
        List<ArrayNode> lists = new ArrayList<>();
        ObjectNode model = null;
        for (JsonNode partner : partners) {
            ArrayNode referents = (ArrayNode) partner.get("referents");
            if (referents == null) {
                referents = ((ObjectNode) partner).putArray("referents");
            }
            if (model == null && !referents.isEmpty()) {
                model = (ObjectNode) referents.get(0);
            }
            lists.add(referents);
        }
        if (model == null) {
            throw new IllegalStateException("the demo file has no référent to copy");
        }
        for (int i = 0; i < extra; i++) {
            ObjectNode referent = model.deepCopy();
            referent.put("id", timeOrdered(i).toString());
            referent.put("name", String.format("Référente %06d (banc d’essai)", i));
            referent.put("function", "Référente violences faites aux femmes");
            referent.put("email", String.format("referente.%06d@bench.example", i));
            referent.put("phone", String.format("+3319900%04d", i % 10_000)); // the range kept for fiction
            referent.put("main", false);
            referent.put("provenance", "DEMO");
            lists.get(i % lists.size()).add(referent);
        }
        return JSON.writeValueAsBytes(file);
    }

    /** The territory of the demo file. */
    static TerritoryId territory() {
        JsonNode file = JSON.readTree(ContractFiles.demoFile());
        return new TerritoryId(UUID.fromString(file.get("territory").get("id").asString()));
    }

    /** The contract of the demo file. */
    static ContractId contract() {
        JsonNode file = JSON.readTree(ContractFiles.demoFile());
        return new ContractId(UUID.fromString(file.get("contracts").get(0).get("id").asString()));
    }

    /** Imports {@code file} as a new territory, failing loudly when vss refuses it. */
    static void load(Vss vss, byte[] file) {
        ImportReport report = vss.contractFiles().importFile(Actor.system(), file, ImportMode.CREATE, false);
        if (!report.accepted() || !report.written()) {
            throw new IllegalStateException("the bench's contract file was refused: " + report.problems());
        }
    }

    /** A version 7 UUID (time-ordered), distinct for each {@code i}. */
    private static UUID timeOrdered(int i) {
        long millis = 1_685_600_000_000L + i; // June 2023
        long high = (millis << 16) | 0x7000L | (i & 0x0FFF);
        long low = 0x8000_0000_0000_0000L | ((long) i * 0x9E37_79B9L & 0x3FFF_FFFF_FFFF_FFFFL);
        return new UUID(high, low);
    }

    /** Rows of one table, read whole (column names, then each row's values). */
    record Rows(String table, List<String> columns, List<Object[]> values) {
    }

    /** The rows of {@code table} that {@code where} selects (an SQL condition on the table's columns). */
    static Rows read(DataSource source, String table, String where) throws SQLException {
        try (Connection c = source.getConnection();
                PreparedStatement select = c.prepareStatement("select * from " + table + " where " + where);
                ResultSet rs = select.executeQuery()) {
            ResultSetMetaData meta = rs.getMetaData();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnName(i).toLowerCase(java.util.Locale.ROOT));
            }
            List<Object[]> values = new ArrayList<>();
            while (rs.next()) {
                Object[] row = new Object[columns.size()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = rs.getObject(i + 1);
                }
                values.add(row);
            }
            return new Rows(table, columns, values);
        }
    }

    /** The rows of every vss table of {@code source} (the migrations' history left out), each as text. */
    static Map<String, Set<String>> rows(DataSource source) throws SQLException {
        Map<String, Set<String>> all = new HashMap<>();
        for (Table table : inForeignKeyOrder(source)) {
            Set<String> rows = new HashSet<>();
            read(source, table.name(), "1 = 1").values().forEach(row -> rows.add(Arrays.deepToString(row)));
            all.put(table.name(), rows);
        }
        return all;
    }

    /**
     * Every row written into {@code source} since it held {@code before} (see {@link #rows}):
     * table after table in an order their foreign keys allow, parents before children.
     */
    static List<Rows> written(DataSource source, Map<String, Set<String>> before) throws SQLException {
        List<Rows> all = new ArrayList<>();
        for (Table table : inForeignKeyOrder(source)) {
            Rows rows = read(source, table.name(), "1 = 1");
            Set<String> old = before.getOrDefault(table.name(), Set.of());
            List<Object[]> added = rows.values().stream().filter(row -> !old.contains(Arrays.deepToString(row))).toList();
            if (!added.isEmpty()) {
                all.add(new Rows(table.name(), rows.columns(), table.parentsFirst(rows.columns(), added)));
            }
        }
        return all;
    }

    /** How many rows each of {@code tables} holds. */
    static Map<String, Long> counts(DataSource source, List<String> tables) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = source.getConnection()) {
            for (String table : tables) {
                try (PreparedStatement count = c.prepareStatement("select count(*) from " + table);
                        ResultSet rs = count.executeQuery()) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    /** A vss table, and the column of its rows that names another row of it (an institution's parent…), if any. */
    private record Table(String name, Optional<String> selfReference, Optional<String> key) {

        /** {@code rows} in an order where a row that names another of them comes after it. */
        List<Object[]> parentsFirst(List<String> columns, List<Object[]> rows) {
            if (selfReference.isEmpty()) {
                return rows;
            }
            int child = columns.indexOf(selfReference.get());
            int id = columns.indexOf(key.orElseThrow());
            Set<Object> pending = new HashSet<>();
            rows.forEach(row -> pending.add(row[id]));
            List<Object[]> ordered = new ArrayList<>();
            List<Object[]> left = rows;
            while (!left.isEmpty()) {
                List<Object[]> next = new ArrayList<>();
                for (Object[] row : left) {
                    if (row[child] == null || !pending.contains(row[child])) {
                        ordered.add(row);
                    } else {
                        next.add(row);
                    }
                }
                if (next.size() == left.size()) {
                    throw new IllegalStateException("rows of " + name + " name each other in a cycle");
                }
                ordered.forEach(row -> pending.remove(row[id]));
                left = next;
            }
            return ordered;
        }
    }

    /** The vss tables of {@code source} (the migrations' history left out), each after the tables its foreign keys name. */
    private static List<Table> inForeignKeyOrder(DataSource source) throws SQLException {
        Map<String, Set<String>> parents = new TreeMap<>();
        Map<String, Table> tables = new HashMap<>();
        try (Connection c = source.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            List<String> names = new ArrayList<>();
            try (ResultSet t = meta.getTables(c.getCatalog(), c.getSchema(), "%", null)) {
                while (t.next()) {
                    String name = t.getString("TABLE_NAME");
                    String lower = name.toLowerCase(Locale.ROOT);
                    if (lower.startsWith("vss_") && !lower.equals("vss_schema_history")
                            && t.getString("TABLE_TYPE").toUpperCase(Locale.ROOT).contains("TABLE")) {
                        names.add(name);
                    }
                }
            }
            for (String name : names) {
                String lower = name.toLowerCase(Locale.ROOT);
                Set<String> of = new TreeSet<>();
                Optional<String> self = Optional.empty();
                Optional<String> key = Optional.empty();
                try (ResultSet k = meta.getImportedKeys(c.getCatalog(), c.getSchema(), name)) {
                    while (k.next()) {
                        String parent = k.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                        if (parent.equals(lower)) {
                            if (self.isPresent()) {
                                throw new IllegalStateException(lower + " names its own rows twice: order them by hand");
                            }
                            self = Optional.of(k.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT));
                            key = Optional.of(k.getString("PKCOLUMN_NAME").toLowerCase(Locale.ROOT));
                        } else {
                            of.add(parent);
                        }
                    }
                }
                parents.put(lower, of);
                tables.put(lower, new Table(lower, self, key));
            }
        }
        List<Table> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        while (placed.size() < parents.size()) {
            int before = placed.size();
            for (Map.Entry<String, Set<String>> table : parents.entrySet()) {
                if (!placed.contains(table.getKey()) && placed.containsAll(table.getValue())) {
                    placed.add(table.getKey());
                    ordered.add(tables.get(table.getKey()));
                }
            }
            if (placed.size() == before) {
                throw new IllegalStateException("the vss tables' foreign keys make a cycle");
            }
        }
        return ordered;
    }

    /** Writes every row of each table with JDBC batches of 1,000, in one transaction. */
    static void writeInBatches(DataSource target, List<Rows> tables) throws SQLException {
        try (Connection c = target.getConnection()) {
            c.setAutoCommit(false);
            for (Rows rows : tables) {
                String sql = "insert into " + rows.table() + " (" + String.join(", ", rows.columns()) + ") values ("
                        + String.join(", ", java.util.Collections.nCopies(rows.columns().size(), "?")) + ")";
                try (PreparedStatement insert = c.prepareStatement(sql)) {
                    int pending = 0;
                    for (Object[] row : rows.values()) {
                        for (int i = 0; i < row.length; i++) {
                            insert.setObject(i + 1, row[i]);
                        }
                        insert.addBatch();
                        if (++pending == 1_000) {
                            insert.executeBatch();
                            pending = 0;
                        }
                    }
                    if (pending > 0) {
                        insert.executeBatch();
                    }
                }
            }
            c.commit();
        }
    }
}
