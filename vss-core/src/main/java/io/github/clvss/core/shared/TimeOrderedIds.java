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

    private TimeOrderedIds() {
    }

    /** A new version-7 UUID for the clock's current instant. */
    public static UUID next(Clock clock) {
        long millis = clock.millis() & 0xFFFF_FFFF_FFFFL;
        long msb = (millis << 16) | (0x7L << 12) | RANDOM.nextInt(1 << 12);
        long lsb = (RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
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
