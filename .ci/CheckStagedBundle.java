import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Checks a staged release bundle (a Maven repository folder) against Maven Central's rules:
 * only the published artifacts; each POM with name, description, url, licenses, developers and
 * scm naming the repository itself; no parent, no BOM import leaking from the build; every
 * dependency with a version; no SNAPSHOT in a release; every jar with its sources and javadoc
 * jars, the licence and an Automatic-Module-Name; every file signed and with checksums.
 * Run: {@code java .ci/CheckStagedBundle.java [--release] target/staging}. Lists the files it saw.
 */
public class CheckStagedBundle {

    static final Set<String> PUBLISHED = Set.of("vss-core", "vss-bom");
    static final String REPOSITORY = "https://github.com/clvss/vss";
    static final List<String> problems = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        boolean release = args[0].equals("--release");
        Path staging = Path.of(args[args.length - 1]);
        Path group = staging.resolve("io/github/clvss");
        if (!Files.isDirectory(group)) {
            fail("nothing staged under " + group);
            report(List.of());
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(staging)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        try (Stream<Path> artifacts = Files.list(group)) {
            for (Path artifact : artifacts.sorted().toList()) {
                String name = artifact.getFileName().toString();
                if (!PUBLISHED.contains(name)) {
                    fail(name + " is staged, but only " + PUBLISHED + " are published");
                }
            }
        }
        for (String artifact : PUBLISHED) {
            List<Path> poms = files.stream()
                    .filter(f -> f.startsWith(group.resolve(artifact)) && f.toString().endsWith(".pom")).toList();
            if (poms.isEmpty()) {
                fail(artifact + ": no POM staged");
            }
            for (Path pom : poms) {
                checkPom(artifact, pom, release);
            }
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.startsWith("maven-metadata") || name.endsWith(".asc") || name.endsWith(".md5")
                    || name.endsWith(".sha1") || name.endsWith(".sha256") || name.endsWith(".sha512")) {
                continue;
            }
            checkSignedAndSummed(file);
            if (name.endsWith(".jar")) {
                checkJar(file);
            }
        }
        report(files.stream().map(f -> staging.relativize(f).toString()).toList());
    }

    static void checkPom(String artifact, Path pom, boolean release) throws Exception {
        Document doc = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().parse(pom.toFile());
        XPath x = XPathFactory.newInstance().newXPath();
        String where = artifact + " POM: ";
        for (String element : List.of("name", "description", "url", "licenses/license/name", "licenses/license/url",
                "developers/developer/name", "scm/url", "scm/connection", "scm/developerConnection")) {
            if (text(x, doc, "/project/" + element).isBlank()) {
                fail(where + "no " + element);
            }
        }
        if (!text(x, doc, "/project/url").equals(REPOSITORY)) {
            fail(where + "url is " + text(x, doc, "/project/url") + ", not " + REPOSITORY);
        }
        if (!text(x, doc, "/project/scm/url").equals(REPOSITORY)) {
            fail(where + "scm url is " + text(x, doc, "/project/scm/url") + ", not " + REPOSITORY);
        }
        for (String connection : List.of("connection", "developerConnection")) {
            if (!text(x, doc, "/project/scm/" + connection).endsWith("/vss.git")) {
                fail(where + "scm " + connection + " has a path after the repository: " + text(x, doc, "/project/scm/" + connection));
            }
        }
        if (!text(x, doc, "/project/parent/artifactId").isBlank()) {
            fail(where + "names a parent (" + text(x, doc, "/project/parent/artifactId") + "): it must be flattened");
        }
        String version = text(x, doc, "/project/version");
        if (release && version.endsWith("-SNAPSHOT")) {
            fail(where + "version " + version + " is a SNAPSHOT");
        }
        NodeList imports = (NodeList) x.evaluate("/project/dependencyManagement/dependencies/dependency[scope='import']",
                doc, XPathConstants.NODESET);
        for (int i = 0; i < imports.getLength(); i++) {
            String imported = x.evaluate("groupId", imports.item(i)) + ":" + x.evaluate("artifactId", imports.item(i));
            if (!artifact.equals("vss-bom") || !imported.endsWith(":jackson-bom")) {
                fail(where + "imports the BOM " + imported);
            }
        }
        if (artifact.equals("vss-core") && !text(x, doc, "/project/dependencyManagement").isBlank()) {
            fail(where + "has a dependencyManagement section");
        }
        NodeList dependencies = (NodeList) x.evaluate("/project/dependencies/dependency | /project/dependencyManagement/dependencies/dependency",
                doc, XPathConstants.NODESET);
        for (int i = 0; i < dependencies.getLength(); i++) {
            String dependency = x.evaluate("groupId", dependencies.item(i)) + ":" + x.evaluate("artifactId", dependencies.item(i));
            String dependencyVersion = x.evaluate("version", dependencies.item(i));
            if (dependencyVersion.isBlank()) {
                fail(where + dependency + " has no version");
            } else if (dependencyVersion.endsWith("-SNAPSHOT") && (release || !dependency.startsWith("io.github.clvss:"))) {
                fail(where + dependency + " is a SNAPSHOT (" + dependencyVersion + ")");
            }
        }
        String packaging = text(x, doc, "/project/packaging");
        if (packaging.isBlank() || packaging.equals("jar")) {
            String base = pom.getFileName().toString().replaceFirst("\\.pom$", "");
            for (String classifier : List.of(".jar", "-sources.jar", "-javadoc.jar")) {
                if (!Files.exists(pom.resolveSibling(base + classifier))) {
                    fail(artifact + ": no " + base + classifier);
                }
            }
        }
    }

    static void checkSignedAndSummed(Path file) throws Exception {
        byte[] content = Files.readAllBytes(file);
        for (String[] sum : List.of(new String[] {"md5", "MD5"}, new String[] {"sha1", "SHA-1"})) {
            Path sumFile = file.resolveSibling(file.getFileName() + "." + sum[0]);
            if (!Files.exists(sumFile)) {
                fail(file.getFileName() + ": no ." + sum[0]);
            } else {
                String expected = HexFormat.of().formatHex(MessageDigest.getInstance(sum[1]).digest(content));
                if (!Files.readString(sumFile).strip().startsWith(expected)) {
                    fail(file.getFileName() + ": the ." + sum[0] + " does not match");
                }
            }
        }
        Path signature = file.resolveSibling(file.getFileName() + ".asc");
        if (!Files.exists(signature)) {
            fail(file.getFileName() + ": not signed (no .asc)");
            return;
        }
        Process gpg = new ProcessBuilder("gpg", "--batch", "--quiet", "--verify", signature.toString(), file.toString())
                .redirectErrorStream(true).start();
        String said = new String(gpg.getInputStream().readAllBytes());
        if (gpg.waitFor() != 0) {
            fail(file.getFileName() + ": the signature does not verify: " + said.strip());
        }
    }

    static void checkJar(Path file) throws IOException {
        try (JarFile jar = new JarFile(file.toFile())) {
            if (jar.getEntry("META-INF/LICENSE") == null) {
                fail(file.getFileName() + ": no META-INF/LICENSE");
            }
            String name = file.getFileName().toString();
            if (!name.endsWith("-sources.jar") && !name.endsWith("-javadoc.jar")) {
                var manifest = jar.getManifest();
                if (manifest == null || manifest.getMainAttributes().getValue("Automatic-Module-Name") == null) {
                    fail(file.getFileName() + ": no Automatic-Module-Name in its manifest");
                }
            }
        }
    }

    static String text(XPath x, Document doc, String path) throws Exception {
        return x.evaluate(path, doc).strip();
    }

    static void fail(String problem) {
        problems.add(problem);
    }

    static void report(List<String> files) {
        System.out.println("Staged files (" + files.size() + "):");
        files.forEach(f -> System.out.println("  " + f));
        if (problems.isEmpty()) {
            System.out.println("The staged bundle passes Maven Central's rules.");
            return;
        }
        System.out.println(problems.size() + " problem(s) in the staged bundle:");
        problems.forEach(p -> System.out.println("  - " + p));
        System.exit(1);
    }
}
