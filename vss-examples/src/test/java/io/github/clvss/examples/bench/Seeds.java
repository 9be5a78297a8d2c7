package io.github.clvss.examples.bench;

import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.contractfile.ContractFiles;
import io.github.clvss.core.contractfile.ImportMode;
import io.github.clvss.core.contractfile.ImportReport;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.access.TerritoryId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

    /** The ids (first column named {@code column}) of {@code rows}, as text. */
    static Set<String> ids(Rows rows, String column) {
        int index = rows.columns().indexOf(column);
        Set<String> ids = new HashSet<>();
        for (Object[] row : rows.values()) {
            ids.add(String.valueOf(row[index]));
        }
        return ids;
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
