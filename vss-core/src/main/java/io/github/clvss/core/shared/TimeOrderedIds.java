package io.github.clvss.core.shared;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * Makes time-ordered UUIDs (RFC 9562 version 7) from a {@link Clock}: records created later
 * sort later, and ids made on different installations do not collide, so data can move
 * between them with its ids.
 */
public final class TimeOrderedIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long RAND_B = 0x3FFF_FFFF_FFFF_FFFFL;
    private static final long RAND_A = 0xFFFL;

    /** The last id made in this JVM: its millisecond and its 12 + 62 random bits. */
    private static long lastMillis = -1;
    private static long lastA;
    private static long lastB;

    private TimeOrderedIds() {
    }

    /**
     * A new version-7 UUID for the clock's current instant. Within one millisecond (or while a
     * clock stands still) each id is the last one plus a random step, so that ids sort in the
     * order they were made (RFC 9562, 6.2, monotonic random) and stay hard to guess.
     */
    public static synchronized UUID next(Clock clock) {
        long millis = clock.millis() & 0xFFFF_FFFF_FFFFL;
        long a;
        long b;
        if (millis == lastMillis) {
            b = lastB + 1 + (RANDOM.nextInt() & 0xFFFF_FFFFL);
            a = lastA;
            if (b > RAND_B) { // the random bits carry into the 12 bits before them
                b &= RAND_B;
                a++;
            }
            if (a > RAND_A) { // 2^74 ids in one millisecond: start a new random sequence
                a = RANDOM.nextInt(1 << 12);
                b = RANDOM.nextLong() & RAND_B;
            }
        } else {
            a = RANDOM.nextInt(1 << 12);
            b = RANDOM.nextLong() & RAND_B;
        }
        lastMillis = millis;
        lastA = a;
        lastB = b;
        return new UUID((millis << 16) | (0x7L << 12) | a, b | 0x8000_0000_0000_0000L);
    }

    /** Parses a UUID written in its canonical 36-character form. */
    public static Parsed<UUID> parse(String raw, String path) {
        if (raw.length() != 36) {
            return Parsed.invalid(Problem.error("id.format", path, raw));
        }
        try {
            return Parsed.valid(UUID.fromString(raw));
        } catch (IllegalArgumentException e) {
            return Parsed.invalid(Problem.error("id.format", path, raw));
        }
    }
}
