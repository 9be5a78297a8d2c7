package io.github.clvss.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A newcomer's project: a fresh Maven project in {@code target/}, outside the repository's build,
 * made of the README's Maven block and Java block only, resolved offline against vss-core and
 * vss-bom as {@code install} would put them in a local repository, then run on H2 (plain data
 * source in memory and in a file, H2's pool, HikariCP) and on PostgreSQL.
 */
class OutsideProjectIT {

    private static final Path PROJECT = Path.of("target/outside-project").toAbsolutePath();
    private static final Path HEAD_REPOSITORY = Path.of("target/outside-project-repository").toAbsolutePath();

    private static URLClassLoader program;
    private static List<String> tree;
    private static String classPath;

    @BeforeAll
    static void build_the_project_from_the_readme_alone() throws Exception {
        deleteTree(PROJECT);
        deleteTree(HEAD_REPOSITORY);
        install();
        Files.createDirectories(PROJECT.resolve("src/main/java"));
        Files.writeString(PROJECT.resolve("pom.xml"), pom());
        Files.write(PROJECT.resolve("src/main/java/Embedding.java"), ReadmeTest.javaBlock(ReadmeTest.README));

        maven(PROJECT, "compile", "dependency:tree", "-DoutputFile=" + PROJECT.resolve("tree.txt"),
                "dependency:build-classpath", "-Dmdep.outputFile=" + PROJECT.resolve("classpath.txt"));
        tree = Files.readAllLines(PROJECT.resolve("tree.txt"));
        classPath = PROJECT.resolve("target/classes") + File.pathSeparator
                + Files.readString(PROJECT.resolve("classpath.txt")).strip();
        List<URL> urls = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            urls.add(Path.of(entry).toUri().toURL());
        }
        program = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    @AfterAll
    static void close() throws IOException {
        if (program != null) {
            program.close();
        }
    }

    @Test
    void the_project_resolves_the_fixed_h2_one_jackson_3_and_one_jackson_2_and_vss_core_from_its_bom() {
        assertThat(tree).anyMatch(line -> line.contains("com.h2database:h2:jar:2.5.252:compile"));
        assertThat(tree).anyMatch(line -> line.contains("io.github.clvss:vss-core:jar:" + System.getProperty("vss.version") + ":compile"));
        assertThat(versions(tree, "tools.jackson")).as("Jackson 3 versions in\n" + String.join("\n", tree)).hasSize(1);
        assertThat(versions(tree, "com.fasterxml.jackson")).as("Jackson 2 versions in\n" + String.join("\n", tree)).hasSize(1);
    }

    @Test
    void without_any_bom_vss_cores_own_pom_still_gives_one_jackson_3_and_one_jackson_2() throws Exception {
        Path bare = PROJECT.resolve("without-bom");
        Files.createDirectories(bare);
        String version = System.getProperty("vss.version");
        Files.writeString(bare.resolve("pom.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>org.example.town</groupId>
                  <artifactId>town-app-without-bom</artifactId>
                  <version>1</version>
                  <dependencies>
                    <dependency><groupId>io.github.clvss</groupId><artifactId>vss-core</artifactId><version>%s</version></dependency>
                    <dependency><groupId>com.h2database</groupId><artifactId>h2</artifactId><version>2.5.252</version></dependency>
                  </dependencies>
                  <build><plugins>
                    <plugin><artifactId>maven-dependency-plugin</artifactId><version>3.9.0</version></plugin>
                  </plugins></build>
                </project>
                """.formatted(version));
        maven(bare, "dependency:tree", "-DoutputFile=" + bare.resolve("tree.txt"));
        List<String> bareTree = Files.readAllLines(bare.resolve("tree.txt"));

        assertThat(versions(bareTree, "tools.jackson")).as(String.join("\n", bareTree)).hasSize(1);
        assertThat(versions(bareTree, "com.fasterxml.jackson")).as(String.join("\n", bareTree)).hasSize(1);
        assertThat(bareTree).noneMatch(line -> line.contains("org.postgresql:postgresql"))
                .noneMatch(line -> line.contains("xml-apis:xml-apis:"));
    }

    @Test
    void its_main_runs_in_a_java_process_on_an_h2_file_twice() throws Exception {
        String url = "jdbc:h2:file:" + PROJECT.resolve("data/main");
        assertThat(java(url)).endsWith(EmbeddingTest.DEMO_CONTRACT.getFirst());
        assertThat(java(url)).as("the file keeps the town: the second run replaces it").endsWith(EmbeddingTest.DEMO_CONTRACT.getFirst());
    }

    @Test
    void on_h2s_plain_data_source_in_memory() throws Exception {
        assertThat(demoContracts(h2DataSource("jdbc:h2:mem:outside-plain;DB_CLOSE_DELAY=-1"))).isEqualTo(EmbeddingTest.DEMO_CONTRACT);
    }

    @Test
    void on_h2s_plain_data_source_in_a_file() throws Exception {
        DataSource file = h2DataSource("jdbc:h2:file:" + PROJECT.resolve("data/plain"));
        assertThat(demoContracts(file)).isEqualTo(EmbeddingTest.DEMO_CONTRACT);
        assertThat(demoContracts(file)).isEqualTo(EmbeddingTest.DEMO_CONTRACT);
    }

    @Test
    void on_h2s_own_connection_pool() throws Exception {
        Class<?> pools = program.loadClass("org.h2.jdbcx.JdbcConnectionPool");
        DataSource pool = (DataSource) pools.getMethod("create", String.class, String.class, String.class)
                .invoke(null, "jdbc:h2:mem:outside-pool;DB_CLOSE_DELAY=-1", "sa", "");
        try {
            assertThat(demoContracts(pool)).isEqualTo(EmbeddingTest.DEMO_CONTRACT);
        } finally {
            pools.getMethod("dispose").invoke(pool);
        }
    }

    @Test
    void on_a_hikari_pool() throws Exception {
        try (HikariDataSource hikari = new HikariDataSource()) {
            hikari.setDataSource(h2DataSource("jdbc:h2:mem:outside-hikari;DB_CLOSE_DELAY=-1"));
            hikari.setMaximumPoolSize(2);
            assertThat(demoContracts(hikari)).isEqualTo(EmbeddingTest.DEMO_CONTRACT);
            hikari.getHikariPoolMXBean().softEvictConnections();
            assertThat(demoContracts(hikari)).isEqualTo(EmbeddingTest.DEMO_CONTRACT);
        }
    }

    @Test
    void on_postgresql_with_the_projects_own_driver() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            Class<?> type = program.loadClass("org.postgresql.ds.PGSimpleDataSource");
            DataSource dataSource = (DataSource) type.getConstructor().newInstance();
            type.getMethod("setURL", String.class).invoke(dataSource, postgres.getJdbcUrl("postgres", "postgres"));
            assertThat(demoContracts(dataSource)).isEqualTo(EmbeddingTest.DEMO_CONTRACT);
        }
    }

    private static Set<String> versions(List<String> tree, String groupPrefix) {
        Set<String> versions = new TreeSet<>();
        Pattern artifact = Pattern.compile("(" + Pattern.quote(groupPrefix) + "[\\w.]*):([\\w.-]+):jar:([^:]+):");
        for (String line : tree) {
            Matcher found = artifact.matcher(line);
            // jackson-annotations 2 is versioned by minor only (2.21 beside 2.21.4)
            if (found.find() && !found.group(2).equals("jackson-annotations")) {
                versions.add(found.group(3));
            }
        }
        assertThat(versions).as(groupPrefix + " in the tree").isNotEmpty();
        return versions;
    }

    private static DataSource h2DataSource(String url) throws Exception {
        Class<?> type = program.loadClass("org.h2.jdbcx.JdbcDataSource");
        DataSource dataSource = (DataSource) type.getConstructor().newInstance();
        type.getMethod("setURL", String.class).invoke(dataSource, url);
        return dataSource;
    }

    @SuppressWarnings("unchecked")
    private static List<String> demoContracts(DataSource dataSource) throws Exception {
        Method method = program.loadClass("Embedding").getMethod("demoContracts", DataSource.class);
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(program);
        try {
            return (List<String>) method.invoke(null, dataSource);
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    /** Puts vss-core and vss-bom where {@code ./mvnw install} would, in a repository of their own. */
    private static void install() throws IOException {
        String version = System.getProperty("vss.version");
        Path jar = Path.of(System.getProperty("vss.core.jar"));
        Path corePom = Path.of(System.getProperty("vss.core.pom"));
        Path bomPom = Path.of(System.getProperty("vss.bom.pom"));
        for (Path built : List.of(jar, corePom, bomPom)) {
            assertThat(built).as("built by vss-bom and vss-core's package phase (run with -am)").isRegularFile();
        }
        Path core = Files.createDirectories(HEAD_REPOSITORY.resolve("io/github/clvss/vss-core/" + version));
        Files.copy(jar, core.resolve("vss-core-" + version + ".jar"));
        Files.copy(corePom, core.resolve("vss-core-" + version + ".pom"));
        Path bom = Files.createDirectories(HEAD_REPOSITORY.resolve("io/github/clvss/vss-bom/" + version));
        Files.copy(bomPom, bom.resolve("vss-bom-" + version + ".pom"));
    }

    /** The README's Maven block inside a bare POM; plugin versions fixed so that Maven runs offline. */
    private static String pom() throws IOException {
        String readme = String.join("\n", ReadmeTest.mavenBlock(ReadmeTest.README));
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>org.example.town</groupId>
                  <artifactId>town-app</artifactId>
                  <version>1</version>
                  <properties>
                    <maven.compiler.release>21</maven.compiler.release>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                  </properties>
                %s
                  <build>
                    <plugins>
                      <plugin><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
                      <plugin><artifactId>maven-compiler-plugin</artifactId><version>3.14.1</version></plugin>
                      <plugin><artifactId>maven-dependency-plugin</artifactId><version>3.9.0</version></plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(readme);
    }

    private static void maven(Path project, String... goals) throws Exception {
        List<String> command = new ArrayList<>(List.of(System.getProperty("maven.wrapper"), "-B", "-ntp", "-o", "-q",
                "-f", project.resolve("pom.xml").toString(),
                "-Dmaven.repo.local=" + HEAD_REPOSITORY,
                "-Dmaven.repo.local.tail=" + System.getProperty("maven.local.repository")));
        command.addAll(Arrays.asList(goals));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(project.resolve("maven.log").toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process maven = builder.start();
        assertThat(maven.waitFor(5, TimeUnit.MINUTES)).as("Maven finished").isTrue();
        assertThat(maven.exitValue()).as(Files.readString(project.resolve("maven.log"))).isZero();
    }

    private static String java(String url) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process run = new ProcessBuilder(java.toString(), "-cp", classPath, "Embedding", url)
                .redirectErrorStream(true).start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(run.exitValue()).as(output).isZero();
        return output.strip();
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
