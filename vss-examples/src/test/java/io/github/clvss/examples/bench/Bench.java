package io.github.clvss.examples.bench;

import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.document.RenderedDocument;
import io.github.clvss.core.journal.JournalQuery;
import io.github.clvss.core.partner.ReferentQuery;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.shared.PageRequest;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The benchmark of issue 20 (all but the referral rows): contract-file import against raw JDBC,
 * first and deep pages of the référents and of the journal on H2 (file) and PostgreSQL, CSV
 * export at growing sizes with its heap, the document unique, and the admin application against
 * a bare Spring Boot application. Everything goes through vss's public API (and the application
 * through HTTP), so that the figures follow the code they measure. Run it with
 * {@code vss-examples/bench/run} (see {@code docs/performance.md}); it prints a Markdown report.
 */
public final class Bench {

    /** What to measure, and how big. */
    record Options(int importSize, int listRows, List<Integer> exportSizes, int documentReferents, int sessions,
            boolean postgres, Optional<Path> vaadinJar, Optional<Path> bareJar, int warmups, int repetitions,
            int exportLimitSeconds, Set<String> only, Path work, String label) {

        static final Set<String> MEASURES = Set.of("import", "lists", "export", "document", "app");

        boolean measures(String measure) {
            return only.contains(measure);
        }

        static Options parse(String... args) throws IOException {
            int importSize = 10_000;
            int listRows = 100_000;
            List<Integer> exportSizes = List.of(25_000, 50_000, 100_000);
            int document = 1_000;
            int sessions = 20;
            boolean postgres = true;
            Optional<Path> vaadin = Optional.empty();
            Optional<Path> bare = Optional.empty();
            int warmups = 1;
            int repetitions = 5;
            int exportLimit = 120;
            Set<String> only = MEASURES;
            String label = "";
            Path work = null;
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : "";
                switch (args[i]) {
                    case "--import" -> importSize = Integer.parseInt(value);
                    case "--rows" -> listRows = Integer.parseInt(value);
                    case "--export" -> exportSizes = Arrays.stream(value.split(",")).filter(s -> !s.isBlank())
                            .map(String::trim).map(Integer::parseInt).toList();
                    case "--document" -> document = Integer.parseInt(value);
                    case "--sessions" -> sessions = Integer.parseInt(value);
                    case "--no-postgresql" -> { postgres = false; i--; }
                    case "--vaadin-jar" -> vaadin = Optional.of(Path.of(value));
                    case "--bare-jar" -> bare = Optional.of(Path.of(value));
                    case "--warmups" -> warmups = Integer.parseInt(value);
                    case "--repetitions" -> repetitions = Integer.parseInt(value);
                    case "--export-limit" -> exportLimit = Integer.parseInt(value);
                    case "--only" -> {
                        only = Set.of(value.split(","));
                        if (!MEASURES.containsAll(only)) {
                            throw new IllegalArgumentException("--only takes some of " + MEASURES);
                        }
                    }
                    case "--work" -> work = Path.of(value);
                    case "--label" -> label = value;
                    default -> throw new IllegalArgumentException("unknown option " + args[i]
                            + " (--import N --rows N --export N,N,N --document N --sessions N --no-postgresql"
                            + " --vaadin-jar JAR --bare-jar JAR --warmups N --repetitions N --export-limit SECONDS --only import,lists,export,document,app --work DIR --label TEXT)");
                }
                i++;
            }
            return new Options(importSize, listRows, exportSizes, document, sessions, postgres, vaadin, bare,
                    warmups, repetitions, exportLimit, only, work == null ? Files.createTempDirectory("vss-bench") : work, label);
        }
    }

    private static final Actor ACTOR = Actor.system();
    private static final int PAGE = 50;

    private final Options options;
    private final Report report;
    private final TerritoryId territory = Seeds.territory();

    private Bench(Options options) {
        this.options = options;
        this.report = new Report(options.label());
    }

    /** Runs every measure the options ask for and prints the report (Markdown) on standard output. */
    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Report report = run(options);
        System.out.println(report.markdown());
    }

    static Report run(Options options) throws Exception {
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false); // it reports every step of every PDF
        Bench bench = new Bench(options);
        Files.createDirectories(options.work());
        if (options.measures("import")) {
            bench.importRows();
        }
        if (options.measures("lists")) {
            try (Databases h2 = Databases.h2WithoutResultReuse(options.work())) {
                bench.lists(h2);
            }
            if (options.postgres()) {
                try (Databases postgres = Databases.postgres()) {
                    bench.lists(postgres);
                }
            }
        }
        if (options.measures("export")) {
            bench.exports();
        }
        if (options.measures("document")) {
            bench.document();
        }
        if (!options.measures("app")) {
            return bench.report;
        }
        if (options.vaadinJar().isPresent() && options.bareJar().isPresent()) {
            new Applications(options.vaadinJar().get(), options.bareJar().get(), options.work(), options.sessions(),
                    options.repetitions() > 3 ? 3 : options.repetitions(), bench.report).measure();
        } else {
            bench.report.note("Admin application rows not measured: give --vaadin-jar and --bare-jar.");
        }
        return bench.report;
    }

    // --- import ----------------------------------------------------------------------------

    /** Contract-file import of {@code importSize} référents, and raw JDBC writing the same rows, on H2 then PostgreSQL. */
    private void importRows() throws Exception {
        try (Databases h2 = Databases.h2(options.work())) {
            importRows(h2, "H2 file");
        }
        if (options.postgres()) {
            try (Databases postgres = Databases.postgres()) {
                importRows(postgres, postgres.name());
            }
        }
    }

    /**
     * The import of the demo file with {@code importSize} more référents into a new database, and
     * raw JDBC writing every row that import wrote (each table's, in the order of their foreign
     * keys) into a new database where vss only ran its migrations, in batches of 1,000 in one
     * transaction; each table of the raw database is then checked to have gained as many rows as
     * the import wrote into it.
     */
    private void importRows(Databases databases, String where) throws Exception {
        int n = options.importSize();
        byte[] file = Seeds.contractFile(n);
        List<Seeds.Rows> written = List.of();
        List<Double> vss = new ArrayList<>();
        for (int i = 0; i < options.warmups() + 3; i++) {
            DataSource db = databases.fresh("import" + i);
            try (Vss v = Vss.builder().dataSource(db).build()) {
                Map<String, Set<String>> before = i == 0 ? Seeds.rows(db) : Map.of();
                long start = System.nanoTime();
                Seeds.load(v, file);
                double ms = millis(start);
                if (i >= options.warmups()) {
                    vss.add(ms);
                }
                if (i == 0) {
                    written = Seeds.written(db, before);
                }
            }
            databases.drop("import" + i);
        }
        Map<String, Long> expected = new TreeMap<>();
        written.forEach(rows -> expected.put(rows.table(), (long) rows.values().size()));
        List<Double> raw = new ArrayList<>();
        for (int i = 0; i < options.warmups() + 3; i++) {
            DataSource db = databases.fresh("raw" + i);
            try (Vss v = Vss.builder().dataSource(db).build()) {
                List<String> tables = List.copyOf(expected.keySet());
                Map<String, Long> before = Seeds.counts(db, tables);
                long start = System.nanoTime();
                Seeds.writeInBatches(db, written);
                double ms = millis(start);
                if (i >= options.warmups()) {
                    raw.add(ms);
                }
                Map<String, Long> after = Seeds.counts(db, tables);
                for (String table : tables) {
                    if (after.get(table) - before.get(table) != expected.get(table)) {
                        throw new IllegalStateException("the raw baseline wrote " + (after.get(table) - before.get(table))
                                + " rows of " + table + ", the import " + expected.get(table));
                    }
                }
            }
            databases.drop("raw" + i);
        }
        long referents = expected.getOrDefault("vss_referent", 0L);
        long journal = expected.getOrDefault("vss_journal", 0L);
        long others = expected.values().stream().mapToLong(Long::longValue).sum() - referents - journal;
        String rows = String.format(Locale.ROOT, "%d vss_referent + %d vss_journal + %d rows of %d other tables", referents,
                journal, others, expected.size() - 2);
        report.row(String.format(Locale.ROOT, "contract-file import, %,d référents (%s, warm JVM)", n, where),
                median(vss), "raw JDBC batch of every row the import wrote (" + rows + ")", median(raw), "×");
    }

    // --- lists -----------------------------------------------------------------------------

    /** First and deep page of the référents and of the journal, at {@code listRows} référents. */
    private void lists(Databases databases) throws Exception {
        int n = options.listRows();
        DataSource db = databases.fresh("lists");
        try (Vss vss = Vss.builder().dataSource(db).build()) {
            long start = System.nanoTime();
            Seeds.load(vss, Seeds.contractFile(n));
            report.note(String.format(Locale.ROOT, "%s: importing the %,d référents of the list rows took %.1f s.",
                    databases.name(), n, millis(start) / 1000));
            ReferentQuery query = ReferentQuery.current(territory);
            long count = vss.referents().count(ACTOR, query);
            int deep = (int) (count * 99 / 100);
            double first = time(() -> checked(vss.referents().list(ACTOR, query, new PageRequest(0, PAGE)).size(),
                    Math.min(PAGE, count)));
            double deepPage = time(() -> checked(vss.referents().list(ACTOR, query, new PageRequest(deep, PAGE)).size(),
                    Math.min(PAGE, count - deep)));
            double keyset = time(() -> keysetReferents(db));
            String where = String.format(Locale.ROOT, "%,d référents, %s", count, databases.name());
            report.row("référents list, first page of " + PAGE + ", " + where, first,
                    "keyset page on the primary key (raw JDBC)", keyset, "×");
            report.row(String.format(Locale.ROOT, "référents list, page at offset %,d, %s", deep, where), deepPage,
                    "first page", first, "× (deep / first)");

            JournalQuery journal = JournalQuery.territory(territory);
            long entries = vss.auditTrail().count(ACTOR, journal);
            int deepEntry = (int) (entries * 99 / 100);
            double journalFirst = time(() -> positive(vss.auditTrail().find(ACTOR, journal, new PageRequest(0, PAGE)).size()));
            double journalDeep = time(() -> positive(vss.auditTrail().find(ACTOR, journal, new PageRequest(deepEntry, PAGE)).size()));
            double journalIndex = time(() -> latestJournal(db));
            String journalWhere = String.format(Locale.ROOT, "%,d entries, %s", entries, databases.name());
            report.row("journal, first page of " + PAGE + ", " + journalWhere, journalFirst,
                    "latest entries on the (territory, at) index (raw JDBC)", journalIndex, "×");
            report.row(String.format(Locale.ROOT, "journal, page at offset %,d, %s", deepEntry, journalWhere), journalDeep,
                    "first page", journalFirst, "× (deep / first)");
        }
    }

    private int keysetReferents(DataSource db) {
        return sqlPage(db, "select id, name from vss_referent where territory_id = ? and id > ? order by id fetch first "
                + PAGE + " rows only", true);
    }

    private int latestJournal(DataSource db) {
        return sqlPage(db, "select id, action from vss_journal where territory_id = ? order by at desc fetch first "
                + PAGE + " rows only", false);
    }

    private int sqlPage(DataSource db, String sql, boolean after) {
        try (Connection c = db.getConnection(); PreparedStatement page = c.prepareStatement(sql)) {
            page.setObject(1, territory.value());
            if (after) {
                page.setObject(2, new java.util.UUID(0, 0));
            }
            int rows = 0;
            try (ResultSet rs = page.executeQuery()) {
                while (rs.next()) {
                    rows++;
                }
            }
            return positive(rows);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- export ----------------------------------------------------------------------------

    /** CSV export of the référents at each size: time, and heap used after GC while it runs. */
    private void exports() throws Exception {
        Double previous = null;
        int previousSize = 0;
        try (Databases h2 = Databases.h2(options.work())) {
            boolean warm = false;
            for (int size : options.exportSizes()) {
                if (previous != null && previous > options.exportLimitSeconds() * 1000.0) {
                    report.note(String.format(Locale.ROOT, "CSV export of %,d référents not measured: %,d took %.0f s,"
                            + " more than --export-limit %d s.", size, previousSize, previous / 1000,
                            options.exportLimitSeconds()));
                    continue;
                }
                DataSource db = h2.fresh("export" + size);
                try (Vss vss = Vss.builder().dataSource(db).build()) {
                    Seeds.load(vss, Seeds.contractFile(size));
                    ReferentQuery query = ReferentQuery.current(territory);
                    long expected = vss.referents().count(ACTOR, query) + 1;
                    if (!warm) {
                        export(vss, query, expected);
                        warm = true;
                    }
                    long start = System.nanoTime();
                    export(vss, query, expected);
                    double ms = millis(start);
                    Heap heap = Heap.sampled(() -> export(vss, query, expected));
                    String growth = previous == null ? ""
                            : String.format(Locale.ROOT, "; ×%.2f time for ×%.2f rows", ms / previous,
                                    (double) size / previousSize);
                    report.row(String.format(Locale.ROOT, "CSV export of référents, %,d rows (H2 file)", size), ms,
                            "heap used after GC: before " + heap.before() + " MB, max while exporting " + heap.max()
                                    + " MB" + growth, null, "");
                    previous = ms;
                    previousSize = size;
                }
                h2.drop("export" + size);
            }
        }
    }

    private static long export(Vss vss, ReferentQuery query, long expectedLines) {
        LineCounter out = new LineCounter();
        vss.referentsCsv().export(ACTOR, query, out);
        return checked(out.lines.get(), expectedLines);
    }

    /** Counts the lines written, and keeps nothing. */
    private static final class LineCounter extends Writer {
        final AtomicLong lines = new AtomicLong();

        @Override
        public void write(char[] buffer, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                if (buffer[i] == '\n') {
                    lines.incrementAndGet();
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    // --- document unique -------------------------------------------------------------------

    private void document() throws Exception {
        int n = options.documentReferents();
        try (Databases h2 = Databases.h2(options.work())) {
            DataSource db = h2.fresh("document");
            try (Vss vss = Vss.builder().dataSource(db).build()) {
                Seeds.load(vss, Seeds.contractFile(n));
                List<Double> html = new ArrayList<>();
                List<Double> pdf = new ArrayList<>();
                for (int i = 0; i < options.warmups() + 3; i++) {
                    long start = System.nanoTime();
                    RenderedDocument document = vss.documents().directory(ACTOR, Seeds.contract(), Language.FR);
                    double htmlMs = millis(start);
                    byte[] bytes = vss.documents().renderer().pdf(document);
                    double allMs = millis(start);
                    if (bytes.length < 1_000 || !document.html().contains("Référente 000000")) {
                        throw new IllegalStateException("the document unique lacks the bench's référents");
                    }
                    if (i >= options.warmups()) {
                        html.add(htmlMs);
                        pdf.add(allMs);
                    }
                }
                report.row(String.format(Locale.ROOT, "document unique (HTML + PDF), %,d référents", n), median(pdf),
                        "the same document's HTML alone", median(html), "×");
            }
        }
    }

    // --- helpers ---------------------------------------------------------------------------

    /** Median time in ms of {@code repetitions} runs after {@code warmups}. */
    private double time(Supplier<?> run) {
        for (int i = 0; i < options.warmups(); i++) {
            run.get();
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < options.repetitions(); i++) {
            long start = System.nanoTime();
            run.get();
            times.add(millis(start));
        }
        return median(times);
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
    }

    static double millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    private static long checked(long actual, long expected) {
        if (actual != expected) {
            throw new IllegalStateException("expected " + expected + " but vss gave " + actual);
        }
        return actual;
    }

    private static int positive(int rows) {
        if (rows <= 0) {
            throw new IllegalStateException("an empty page where rows were expected");
        }
        return rows;
    }

    /** Heap used after a full GC, in MB: before a run, and the largest sample while it runs. */
    record Heap(long before, long max) {

        static Heap sampled(Runnable run) throws InterruptedException {
            long before = usedAfterGc();
            AtomicLong max = new AtomicLong(before);
            var done = new java.util.concurrent.atomic.AtomicBoolean();
            Thread sampler = Thread.ofPlatform().daemon().start(() -> {
                while (!done.get()) {
                    max.accumulateAndGet(usedAfterGc(), Math::max);
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            try {
                run.run();
            } finally {
                done.set(true);
                sampler.join();
            }
            return new Heap(before, max.get());
        }

        private static long usedAfterGc() {
            System.gc();
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
        }
    }

    /** When the run happened, on what. */
    static String machine() {
        String cpu = "";
        long memory = 0;
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("");
            memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .findFirst().map(l -> Long.parseLong(l.replaceAll("\\D", "")) / (1024 * 1024)).orElse(0L);
        } catch (IOException | RuntimeException e) {
            // not Linux: the JVM's own figures only
        }
        return String.format(Locale.ROOT, "%s UTC; %d cores%s, %d GiB; Java %s (%s), max heap %d MB; %s %s",
                Instant.now().toString().replace('T', ' ').substring(0, 19), Runtime.getRuntime().availableProcessors(),
                cpu.isEmpty() ? "" : " (" + cpu + ")", memory, Runtime.version(), System.getProperty("java.vm.vendor"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), System.getProperty("os.name"),
                System.getProperty("os.version"));
    }
}
