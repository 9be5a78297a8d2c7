package io.github.clvss.examples.bench;

import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.document.RenderedDocument;
import io.github.clvss.core.access.Grant;
import io.github.clvss.core.journal.JournalEntry;
import io.github.clvss.core.journal.JournalQuery;
import io.github.clvss.core.institution.ProposalStatus;
import io.github.clvss.core.partner.Partner;
import io.github.clvss.core.partner.ReferentQuery;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.shared.PageRequest;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * the count, first page, deep page and offset jump of every admin grid in a national database on
 * H2 (file) and PostgreSQL, CSV
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

    /**
     * Every admin grid at {@code listRows} rows in its scope, in a national database (see
     * {@link NationalDatabase}): each through the service and query its view calls, the count it
     * asks once per filter change, its first page, a deep page as the grid reaches it while
     * scrolling (seeking after the last row of the page before) and the offset jump to 99 % (the
     * scroll bar dragged). The journal comes first: the other lists' reads are journaled.
     */
    private void lists(Databases databases) throws Exception {
        int n = options.listRows();
        DataSource db = databases.fresh("lists");
        try (Vss vss = Vss.builder().dataSource(db).build()) {
            long start = System.nanoTime();
            NationalDatabase nation = NationalDatabase.seed(vss, db, n);
            report.note(String.format(Locale.ROOT, "%s: writing the national database of the grid rows (%,d rows in each"
                    + " grid's scope, as many in other territories' or accounts') took %.1f s.", databases.name(), n,
                    millis(start) / 1000));
            Actor owner = Actor.user(nation.account.toString(), Grant.platformAdministrator());
            Optional<String> noSearch = Optional.of(""); // an empty search field, as the views hand it
            List<Grid> grids = List.of(
                    new Grid("journal, a territory's (coordinator's default)", n,
                            Optional.of(() -> vss.auditTrail().count(ACTOR, JournalQuery.territory(territory))),
                            page -> ids(vss.auditTrail().find(ACTOR, JournalQuery.territory(territory), page), JournalEntry::id)),
                    new Grid("journal, a small territory's (1 %)", nation.smallEntries,
                            Optional.of(() -> vss.auditTrail().count(ACTOR, JournalQuery.territory(nation.smallTerritory))),
                            page -> ids(vss.auditTrail().find(ACTOR, JournalQuery.territory(nation.smallTerritory), page),
                                    JournalEntry::id)),
                    new Grid("journal, whole platform (administrator's default)", 2 * n,
                            Optional.of(() -> vss.auditTrail().count(ACTOR, JournalQuery.all())),
                            page -> ids(vss.auditTrail().find(ACTOR, JournalQuery.all(), page), JournalEntry::id)),
                    new Grid("référents (current, of the territory)", n,
                            Optional.of(() -> vss.referents().count(ACTOR, ReferentQuery.current(territory))),
                            page -> ids(vss.referents().list(ACTOR, ReferentQuery.current(territory), page), r -> r.id().value())),
                    new Grid("partners (of the contract, with each one's institution name as the view reads it)", n,
                            Optional.of(() -> vss.partners().count(ACTOR, nation.contract)),
                            page -> {
                                List<Partner> partners = vss.partners().list(ACTOR, nation.contract, page);
                                java.util.Set<io.github.clvss.core.institution.InstitutionId> ids = partners.stream()
                                        .map(Partner::institution).collect(java.util.stream.Collectors.toSet());
                                if (vss.institutions().findAll(ACTOR, ids).size() != ids.size()) {
                                    throw new IllegalStateException("a partner's institution is missing");
                                }
                                return ids(partners, p -> p.id().value());
                            }),
                    new Grid("institutions (platform, no search)", n,
                            Optional.of(() -> vss.institutions().count(ACTOR, noSearch)),
                            page -> ids(vss.institutions().list(ACTOR, noSearch, page), i -> i.id().value())),
                    new Grid("resources (serving the territory)", n,
                            Optional.of(() -> vss.resources().countServing(ACTOR, territory)),
                            page -> ids(vss.resources().serving(ACTOR, territory, page), r -> r.id().value())),
                    new Grid("actions (of the contract, every commitment)", n,
                            Optional.of(() -> vss.actions().count(ACTOR, nation.contract, Optional.empty())),
                            page -> ids(vss.actions().list(ACTOR, nation.contract, Optional.empty(), page), a -> a.id().value())),
                    new Grid("deliberations (of the territory)", n,
                            Optional.of(() -> vss.deliberations().count(ACTOR, territory)),
                            page -> ids(vss.deliberations().list(ACTOR, territory, page), d -> d.id().value())),
                    new Grid("meetings (of the contract)", n,
                            Optional.of(() -> vss.meetings().count(ACTOR, nation.contract)),
                            page -> ids(vss.meetings().list(ACTOR, nation.contract, page), m -> m.id().value())),
                    new Grid("indicators (of the contract)", n,
                            Optional.of(() -> vss.indicators().count(ACTOR, nation.contract)),
                            page -> ids(vss.indicators().list(ACTOR, nation.contract, page), x -> x.id().value())),
                    new Grid("institution changes proposed (platform, waiting: administrator's default)", n,
                            Optional.of(() -> vss.institutions().countProposals(ACTOR, Optional.empty(),
                                    Optional.of(ProposalStatus.PENDING))),
                            page -> ids(vss.institutions().proposals(ACTOR, Optional.empty(), Optional.of(ProposalStatus.PENDING),
                                    page), x -> x.id().value())),
                    new Grid("territories (platform)", n,
                            Optional.of(() -> vss.territories().count(ACTOR)),
                            page -> ids(vss.territories().list(ACTOR, page), x -> x.id().value())),
                    new Grid("accounts (platform, no search)", n,
                            Optional.of(() -> vss.accounts().count(ACTOR, noSearch)),
                            page -> ids(vss.accounts().list(ACTOR, noSearch, page), a -> a.id().value())),
                    new Grid("notifications (one account's; the grid counts none)", n, Optional.empty(),
                            page -> ids(vss.notifier().mine(owner, page), x -> x.id().value())));
            for (Grid grid : grids) {
                measure(grid, databases.name());
            }
        }
    }

    /** An admin grid: what it holds at least, how its view counts rows (when it does), how it reads a page. */
    private record Grid(String name, long seeded, Optional<java.util.function.LongSupplier> count,
            java.util.function.Function<PageRequest, List<java.util.UUID>> page) {
    }

    private static <T> List<java.util.UUID> ids(List<T> rows, java.util.function.Function<T, java.util.UUID> id) {
        return rows.stream().map(id).toList();
    }

    private void measure(Grid grid, String database) {
        long total = grid.count().map(java.util.function.LongSupplier::getAsLong).orElse(grid.seeded());
        if (total < grid.seeded()) {
            throw new IllegalStateException(grid.name() + " counts " + total + " rows where " + grid.seeded() + " were written");
        }
        Optional<Double> count = grid.count().map(c -> timeSlow(() -> checked(c.getAsLong(), total)));
        int deep = (int) (total * 99 / 100);
        long firstRows = Math.min(PAGE, total);
        long deepRows = Math.min(PAGE, total - deep);
        double first = timeSlow(() -> checked(grid.page().apply(PageRequest.first(PAGE)).size(), firstRows));
        int before = Math.max(0, deep - PAGE);
        java.util.UUID last = grid.page().apply(new PageRequest(before, deep - before)).getLast();
        PageRequest seek = new PageRequest(deep, PAGE).after(last);
        List<java.util.UUID> byOffset = grid.page().apply(new PageRequest(deep, PAGE));
        List<java.util.UUID> bySeek = grid.page().apply(seek);
        checked(byOffset.size(), deepRows);
        checked(bySeek.size(), deepRows);
        double deepSeek = timeSlow(() -> checked(grid.page().apply(seek).size(), deepRows));
        double jump = timeSlow(() -> checked(grid.page().apply(new PageRequest(deep, PAGE)).size(), deepRows));
        report.grid(new Report.GridRow(grid.name(), database, total, deep, count, first, deepSeek, jump,
                bySeek.equals(byOffset)));
    }

    /**
     * Median time in ms of {@code repetitions} runs after {@code warmups}, fewer (one at least)
     * once the runs have taken 5 s: a list that takes seconds per page shows it at once.
     */
    private double timeSlow(Supplier<?> run) {
        long begin = System.nanoTime();
        for (int i = 0; i < options.warmups(); i++) {
            run.get();
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < options.repetitions() && (times.isEmpty() || millis(begin) < 5_000); i++) {
            long start = System.nanoTime();
            run.get();
            times.add(millis(start));
        }
        return median(times);
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
