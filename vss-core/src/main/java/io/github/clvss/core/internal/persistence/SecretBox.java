package io.github.clvss.core.internal.persistence;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals a short secret for storage with AES-GCM: a random 96-bit nonce, a 128-bit tag, and the
 * row it belongs to as associated data (a sealed value copied to another row does not open).
 * A sealed value is {@value #PREFIX} then Base64 of nonce and ciphertext; a value without the
 * prefix is a clear one written before vss sealed secrets.
 */
public final class SecretBox {

    static final String PREFIX = "gcm1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Optional<SecretKey> key;

    private SecretBox(Optional<SecretKey> key) {
        this.key = key;
    }

    /** A box that seals with {@code key}. */
    public static SecretBox with(SecretKey key) {
        return new SecretBox(Optional.of(key));
    }

    /** A box without a key: it seals nothing and opens nothing sealed. */
    public static SecretBox none() {
        return new SecretBox(Optional.empty());
    }

    boolean hasKey() {
        return key.isPresent();
    }

    static boolean sealed(String stored) {
        return stored.startsWith(PREFIX);
    }

    /** {@code clear} sealed for the row {@code row}. */
    String seal(String clear, String row) {
        SecretKey k = key.orElseThrow(() -> new MissingKey());
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, k, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(row.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(clear.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is missing from this JDK", e);
        }
    }

    /** The clear value of {@code stored} (sealed for {@code row}, or clear). */
    String open(String stored, String row) {
        if (!sealed(stored)) {
            return stored;
        }
        SecretKey k = key.orElseThrow(() -> new MissingKey());
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new WrongKey();
        }
        if (bytes.length <= NONCE_BYTES) {
            throw new WrongKey();
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, k, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(row.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new WrongKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is missing from this JDK", e);
        }
    }

    /** A sealed value that this box's key does not open (another key, or altered). */
    public static final class WrongKey extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        WrongKey() {
            super("the secrets key does not open a stored secret");
        }
    }

    /** A secret to seal or open while vss was given no secrets key. */
    public static final class MissingKey extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        MissingKey() {
            super("vss was given no secrets key (Vss.builder().secretsKey(...)): second factors cannot be stored");
        }
    }

    /**
     * What the start-up sweep of stored second factors found.
     *
     * @param stored second factors stored
     * @param sealedNow clear secrets it sealed
     * @param leftClear clear secrets left so (no key)
     * @param unopened sealed secrets the key does not open (or no key to open them)
     */
    public record Sealing(int stored, int sealedNow, int leftClear, int unopened) {
    }
}
