package io.github.clvss.core.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One-time recovery codes of a second factor: twelve characters (about 59 random bits) shown as
 * {@code xxxx-xxxx-xxxx}, without the letters and digits people confuse. Only their SHA-256
 * digest is kept: they are random, so a slow hash would add nothing but the cost of checking.
 */
final class RecoveryCodes {

    private static final String ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";
    private static final int LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {
    }

    static List<String> generate(int count) {
        List<String> codes = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            StringBuilder code = new StringBuilder();
            for (int i = 0; i < LENGTH; i++) {
                if (i > 0 && i % 4 == 0) {
                    code.append('-');
                }
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            codes.add(code.toString());
        }
        return codes;
    }

    /** The code as typed, without spaces, hyphens or capitals. */
    static String normalize(String typed) {
        return typed.replace("-", "").replace(" ", "").toLowerCase(Locale.ROOT);
    }

    /** The normalised code, when what was typed has the shape of a recovery code. */
    static Optional<String> shape(String typed) {
        String code = normalize(typed);
        return code.length() == LENGTH && code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)
                ? Optional.of(code) : Optional.empty();
    }

    static String digest(String normalized) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normalized.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
