package io.github.clvss.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged command line, run as a user runs it: {@code java -jar vss-examples/target/vss.jar …}. */
class VssJarIT {

    @TempDir
    Path dir;

    /**
     * No JDK 21 can be installed on the build machines, so this is how Java 21 is checked: vss-core
     * is compiled with {@code --release 21}, and every class the jar carries — vss-core and every
     * library it needs at run time — must be class-file version 65 (Java 21) or older. A
     * dependency upgraded to one built for a newer Java fails here.
     */
    @Test
    void every_class_in_the_jar_runs_on_java_21() throws IOException {
        java.util.Map<String, Integer> newer = new java.util.TreeMap<>();
        int classes = 0;
        try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(System.getProperty("vss.jar"))) {
            for (java.util.zip.ZipEntry entry : java.util.Collections.list(jar.entries())) {
                String name = entry.getName();
                if (!name.endsWith(".class") || name.startsWith("META-INF/versions/") || name.endsWith("module-info.class")) {
                    continue;
                }
                try (java.io.DataInputStream in = new java.io.DataInputStream(jar.getInputStream(entry))) {
                    if (in.readInt() != 0xCAFEBABE) {
                        continue;
                    }
                    in.readUnsignedShort();
                    int major = in.readUnsignedShort();
                    classes++;
                    if (major > 65) {
                        newer.put(name, major);
                    }
                }
            }
        }
        assertThat(classes).as("the jar carries vss-core and its libraries").isGreaterThan(10_000);
        assertThat(jarHas("io/github/clvss/core/Vss.class")).isTrue();
        assertThat(newer).as("classes built for a Java newer than 21 (major version > 65)").isEmpty();
    }

    private static boolean jarHas(String name) throws IOException {
        try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(System.getProperty("vss.jar"))) {
            return jar.getEntry(name) != null;
        }
    }

    @Test
    void the_jar_round_trips_the_demo_file_on_its_default_h2_file_database() throws Exception {
        assertThat(vss("demo", "demo.json").code).isZero();
        Run imported = vss("import", "demo.json");
        assertThat(imported.code).isZero();
        assertThat(imported.err).doesNotContain("INFO");
        assertThat(Files.exists(dir.resolve("vss.mv.db"))).as("the default database is a file in the current directory").isTrue();
        assertThat(vss("export", "one.json").code).isZero();

        assertThat(vss("import", "one.json", "--db", "jdbc:h2:file:./other").code).isZero();
        assertThat(vss("export", "two.json", "--db", "jdbc:h2:file:./other").code).isZero();

        assertThat(Files.readString(dir.resolve("two.json"))).isEqualTo(Files.readString(dir.resolve("one.json")));
        assertThat(Files.readString(dir.resolve("one.json"))).isEqualTo(Files.readString(dir.resolve("demo.json")));
    }

    @Test
    void the_jar_imports_into_postgresql_journals_as_system_and_exits_1_on_invalid_input() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
            assertThat(vss("demo", "demo.json").code).isZero();

            Run imported = vss("import", "demo.json", "--db", url, "--db-user", "postgres", "--json");
            assertThat(imported.code).isZero();
            assertThat(imported.out).contains("\"outcome\" : \"imported\"");

            Files.writeString(dir.resolve("broken.json"), Files.readString(dir.resolve("demo.json"))
                    .replace("\"219200128\"", "\"219200127\""), StandardCharsets.UTF_8);
            Run refused = vss("import", "broken.json", "--mode", "replace", "--db", url, "--db-user", "postgres", "--lang", "en");
            assertThat(refused.code).isEqualTo(1);
            assertThat(refused.out).contains("$.territory.siren : SIREN 219200127 is wrong");

            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery(
                            "select actor, action from vss_journal order by action")) {
                List<String> journal = new ArrayList<>();
                while (rows.next()) {
                    journal.add(rows.getString(1) + " " + rows.getString(2));
                }
                assertThat(journal).contains(
                        "system contract.create", "system contractfile.import.create", "system territory.register",
                        "system partner.import", "system referent.import")
                        .allMatch(line -> line.startsWith("system "));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private Run vss(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", System.getProperty("vss.jar")));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), Files.readString(dir.resolve("out.txt")), Files.readString(dir.resolve("err.txt")));
    }

    private record Run(int code, String out, String err) {
    }
}
