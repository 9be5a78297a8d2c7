package io.github.clvss.core.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226): HMAC-SHA-1, six digits, 30-second
 * steps counted from the Unix epoch; a code is accepted from the step before to the step after
 * the current one, and never for a step at or before the last one used (no replay).
 */
final class Totp {

    /** Length of a secret in bytes (160 bits, the size of an HMAC-SHA-1 key). */
    static final int SECRET_BYTES = 20;
    static final int DIGITS = 6;
    static final long STEP_SECONDS = 30;
    /** Steps accepted on each side of the current one. */
    static final int WINDOW = 1;
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Totp() {
    }

    /** A new random secret. */
    static byte[] newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return secret;
    }

    /** The step {@code at} falls in. */
    static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
    }

    /** The code of {@code step}, with {@code digits} digits, HMAC-{@code algorithm} (RFC 6238's reference). */
    static String code(byte[] secret, long step, int digits, String algorithm) {
        try {
            Mac mac = Mac.getInstance("Hmac" + algorithm);
            mac.init(new SecretKeySpec(secret, "RAW"));
            byte[] hash = mac.doFinal(java.nio.ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            int modulo = (int) Math.pow(10, digits);
            return String.format(Locale.ROOT, "%0" + digits + "d", binary % modulo);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-" + algorithm + " is missing from this JDK", e);
        }
    }

    /** The six-digit HMAC-SHA-1 code of {@code step}. */
    static String code(byte[] secret, long step) {
        return code(secret, step, DIGITS, "SHA1");
    }

    /**
     * The step whose code {@code typed} is, within the window around {@code now} and after
     * {@code lastUsed}; empty when none. Every step of the window is compared, in constant time.
     */
    static OptionalLong matchingStep(byte[] secret, String typed, Instant now, long lastUsed) {
        String code = typed.replace(" ", "");
        if (code.length() != DIGITS || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalLong.empty();
        }
        long current = step(now);
        OptionalLong found = OptionalLong.empty();
        for (long step = current - WINDOW; step <= current + WINDOW; step++) {
            boolean same = MessageDigest.isEqual(code(secret, step).getBytes(StandardCharsets.US_ASCII),
                    code.getBytes(StandardCharsets.US_ASCII));
            if (same && step > lastUsed && found.isEmpty()) {
                found = OptionalLong.of(step);
            }
        }
        return found;
    }

    /** The secret in Base32 (RFC 4648, no padding), as authenticator apps take it. */
    static String base32(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                text.append(ALPHABET.charAt((buffer >> (bits - 5)) & 0x1f));
                bits -= 5;
            }
        }
        if (bits > 0) {
            text.append(ALPHABET.charAt((buffer << (5 - bits)) & 0x1f));
        }
        return text.toString();
    }

    /** Bytes from Base32 text (RFC 4648, padding and case ignored). */
    static byte[] fromBase32(String text) {
        String clean = text.replace("=", "").toUpperCase(Locale.ROOT);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : clean.toCharArray()) {
            int value = ALPHABET.indexOf(c);
            if (value < 0) {
                throw new IllegalArgumentException("not Base32");
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }
}
