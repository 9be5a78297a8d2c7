package io.github.clvss.examples.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The admin application's production jar against a bare Spring Boot application of the same
 * version: time from launch to the first HTTP 200, resident memory then, and the heap each
 * signed-in session holds (form sign-in over HTTP, then the home page).
 */
final class Applications {

    private static final String LOGIN = "bench";
    private static final String PASSWORD = "bench-password-2026";
    private static final Pattern TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern PARAMETER = Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"");
    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

    private final Path vaadinJar;
    private final Path bareJar;
    private final Path work;
    private final int sessions;
    private final int starts;
    private final Report report;
    private final Path javaBin = Path.of(ProcessHandle.current().info().command().orElse("java"));

    Applications(Path vaadinJar, Path bareJar, Path work, int sessions, int starts, Report report) {
        this.vaadinJar = vaadinJar;
        this.bareJar = bareJar;
        this.work = work;
        this.sessions = sessions;
        this.starts = starts;
        this.report = report;
    }

    void measure() throws Exception {
        List<Double> vssStart = new ArrayList<>();
        List<Double> bareStart = new ArrayList<>();
        List<Double> vssRss = new ArrayList<>();
        List<Double> bareRss = new ArrayList<>();
        double firstStart = 0;
        // the first start creates the database (migrations, national resources): reported apart
        for (int i = 0; i <= starts; i++) {
            try (Running vss = start(vaadinJar, "/login", "vss")) {
                if (i == 0) {
                    firstStart = vss.startMs;
                    vss.awaitLog("First platform administrator opened");
                } else {
                    vssStart.add(vss.startMs);
                    vssRss.add((double) vss.rssMb());
                }
                if (i == starts) {
                    sessions(vss);
                }
            }
            if (i > 0) {
                try (Running bare = start(bareJar, "/", "bare")) {
                    bareStart.add(bare.startMs);
                    bareRss.add((double) bare.rssMb());
                }
            }
        }
        report.row("admin app (production jar, H2 file), launch to first HTTP 200 (median of " + starts + " restarts)",
                Bench.median(vssStart), "bare Spring Boot web app of the same version", Bench.median(bareStart), "×");
        report.note(String.format(Locale.ROOT, "The admin application's very first start, which creates its database,"
                + " took %.1f s to the first HTTP 200.", firstStart / 1000));
        report.fact("admin app, resident memory (RSS) at first 200",
                String.format(Locale.ROOT, "%.0f MB", Bench.median(vssRss)),
                "bare Spring Boot web app", String.format(Locale.ROOT, "%.0f MB", Bench.median(bareRss)),
                String.format(Locale.ROOT, "%.2f×", Bench.median(vssRss) / Bench.median(bareRss)));
    }

    /** Heap after GC before and after {@code sessions} people sign in and open the home page. */
    private void sessions(Running app) throws Exception {
        List<HttpClient> clients = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            signIn(app, clients); // the first sign-ins load classes and fill caches: not a session's cost
        }
        long before = app.heapAfterGcKb();
        for (int i = 0; i < sessions; i++) {
            signIn(app, clients);
        }
        long after = app.heapAfterGcKb();
        report.fact("admin app, heap per signed-in session (" + sessions + " sessions; heap after GC "
                + before / 1024 + " → " + after / 1024 + " MB)",
                String.format(Locale.ROOT, "%.0f KB", (after - before) / (double) sessions),
                "form sign-in over HTTP, then the home page and its Vaadin UI", "", "");
    }

    private void signIn(Running app, List<HttpClient> clients) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String page = get(client, app.port, "/login").body();
        Matcher token = TOKEN.matcher(page);
        Matcher parameter = PARAMETER.matcher(page);
        String form = "username=" + LOGIN + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
        if (token.find() && parameter.find()) {
            form += "&" + parameter.group(1) + "=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        }
        HttpResponse<String> posted = client.send(HttpRequest.newBuilder(uri(app.port, "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "http://localhost:" + app.port)
                .header("Sec-Fetch-Site", "same-origin")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String location = posted.headers().firstValue("Location").orElse("");
        if (posted.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("the bench could not sign in: " + posted.statusCode() + " " + location);
        }
        HttpResponse<String> home = get(client, app.port, "/");
        // the page loads Vaadin, whose first request makes the session's UI and renders the home view
        HttpResponse<String> ui = get(client, app.port, "/?v-r=init&location=");
        if (home.statusCode() != 200 || ui.statusCode() != 200 || !ui.body().contains("\"v-uiId\"")) {
            throw new IllegalStateException("the home page answered " + home.statusCode() + ", its UI "
                    + ui.statusCode() + " after sign-in");
        }
        clients.add(client);
    }

    private Running start(Path jar, String readyPath, String name) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path dir = Files.createDirectories(work.resolve("app").resolve(name));
        ProcessBuilder builder = new ProcessBuilder(javaBin.toString(), "-jar", jar.toAbsolutePath().toString(),
                "--server.port=" + port)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.log").toFile());
        Map<String, String> env = builder.environment();
        env.put("VSS_DATA_DIR", dir.resolve("data").toAbsolutePath().toString());
        env.put("VSS_ADMIN_LOGIN", LOGIN);
        env.put("VSS_ADMIN_PASSWORD", PASSWORD);
        env.put("VSS_ADMIN_NAME", "Banc d’essai");
        env.remove("SPRING_PROFILES_ACTIVE");
        env.put("PORT", String.valueOf(port));
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long launched = System.nanoTime();
        Process process = builder.start();
        Running running = new Running(process, port, dir.resolve("out.log"));
        long deadline = launched + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(jar + " stopped before answering; see " + dir.resolve("out.log"));
            }
            try {
                if (get(client, port, readyPath).statusCode() == 200) {
                    running.startMs = Bench.millis(launched);
                    return running;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(20);
        }
        running.close();
        throw new IllegalStateException(jar + " gave no 200 within 3 minutes; see " + dir.resolve("out.log"));
    }

    private static HttpResponse<String> get(HttpClient client, int port, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(port, path)).GET().timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(int port, String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** An application the bench started, stopped on close. */
    private final class Running implements AutoCloseable {
        final Process process;
        final int port;
        final Path log;
        double startMs;

        Running(Process process, int port, Path log) {
            this.process = process;
            this.port = port;
            this.log = log;
        }

        /** Waits until the application's log has {@code line} (it answers before its start-up tasks end). */
        void awaitLog(String line) throws IOException, InterruptedException {
            long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            while (!Files.readString(log).contains(line)) {
                if (System.nanoTime() > deadline || !process.isAlive()) {
                    throw new IllegalStateException("the application never logged \"" + line + "\"; see " + log);
                }
                Thread.sleep(100);
            }
        }

        long rssMb() throws IOException {
            return Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status")).stream()
                    .filter(l -> l.startsWith("VmRSS")).findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024).orElse(0L);
        }

        long heapAfterGcKb() throws IOException, InterruptedException {
            jcmd("GC.run");
            jcmd("GC.run");
            Matcher used = HEAP_USED.matcher(jcmd("GC.heap_info"));
            if (!used.find()) {
                throw new IllegalStateException("jcmd GC.heap_info gave no heap figure");
            }
            return Long.parseLong(used.group(1));
        }

        private String jcmd(String command) throws IOException, InterruptedException {
            Path jcmd = javaBin.resolveSibling("jcmd");
            Process p = new ProcessBuilder(jcmd.toString(), String.valueOf(process.pid()), command)
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            return out;
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
