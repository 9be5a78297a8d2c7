package io.github.clvss.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Set;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The installation's key that seals secrets at rest (the second factors' shared secrets) with
 * AES-256-GCM. The database never holds it: keep it apart from the database and its backups, and
 * keep it with them (a database without its key cannot check second factors any more). Give it to
 * {@link Vss.Builder#secretsKey}. {@link #toString()} never shows it.
 *
 * <p>Without a key, an in-memory database gets a random one; any other database can then neither
 * enrol nor check a second factor (fine for a tool such as the command line). A key that does not
 * open the secrets already sealed stops vss at start with a {@link WrongSecretsKeyException};
 * secrets stored in clear by an older vss are sealed at start.
 */
public final class SecretsKey {

    /** Length of a key, in bytes (AES-256). */
    public static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    private SecretsKey(byte[] bytes) {
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException("a secrets key is " + BYTES + " bytes long, not " + bytes.length);
        }
        this.key = new SecretKeySpec(bytes, "AES");
        Arrays.fill(bytes, (byte) 0);
    }

    /** A new random key. */
    public static SecretsKey generate() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return new SecretsKey(bytes);
    }

    /**
     * The key written as Base64 text ({@value #BYTES} bytes), e.g. from a setting.
     *
     * @throws IllegalArgumentException when the text is not Base64 or not {@value #BYTES} bytes
     */
    public static SecretsKey fromBase64(String text) {
        Objects.requireNonNull(text, "text");
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text.strip());
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalArgumentException("a secrets key is Base64 text");
        }
        return new SecretsKey(bytes);
    }

    /**
     * The key kept in {@code file}, as Base64 text; a new key is written there first when the file
     * does not exist, readable by its owner only where the file system has POSIX permissions.
     *
     * @throws UncheckedIOException when the file cannot be read or written
     * @throws IllegalArgumentException when the file does not hold a key
     */
    public static SecretsKey inFile(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            if (Files.notExists(file)) {
                create(file);
            }
            return fromBase64(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the secrets key file " + file, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the file " + file + " does not hold a secrets key: " + e.getMessage());
        }
    }

    private static void create(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        byte[] text = Base64.getEncoder().encode(bytes);
        Arrays.fill(bytes, (byte) 0);
        try {
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
                Files.createFile(file, PosixFilePermissions.asFileAttribute(ownerOnly));
            } else {
                Files.createFile(file);
            }
            Files.write(file, text, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (FileAlreadyExistsException another) {
            // another process wrote it first: read theirs
        } finally {
            Arrays.fill(text, (byte) 0);
        }
    }

    SecretKey key() {
        return key;
    }

    @Override
    public String toString() {
        return "SecretsKey[…]";
    }
}
