package io.github.clvss.core.branding;

import io.github.clvss.core.shared.InvalidInputException;
import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.Problem;
import java.util.Arrays;
import java.util.Objects;

/**
 * A territory's logo: a PNG or JPEG image of at most 256 KiB. SVG is refused: it can carry
 * scripts.
 *
 * @param mediaType {@code image/png} or {@code image/jpeg}
 * @param bytes the image
 */
public record Logo(String mediaType, byte[] bytes) {

    /** Largest accepted image. */
    public static final int MAX_BYTES = 256 * 1024;

    public Logo {
        Objects.requireNonNull(mediaType, "mediaType");
        bytes = bytes.clone();
        Parsed<String> type = sniff(bytes, "logo");
        if (!type.isValid() || !type.orElseThrow().equals(mediaType)) {
            throw new InvalidInputException(type.problems().isEmpty()
                    ? java.util.List.of(Problem.general("logo.type", mediaType)) : type.problems());
        }
    }

    /** Reads an image, recognising PNG and JPEG by their first bytes, not by a file name. */
    public static Parsed<Logo> parse(byte[] bytes, String path) {
        return sniff(bytes, path).map(type -> new Logo(type, bytes));
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Logo logo && mediaType.equals(logo.mediaType) && Arrays.equals(bytes, logo.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * mediaType.hashCode() + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Logo[" + mediaType + ", " + bytes.length + " bytes]";
    }

    private static Parsed<String> sniff(byte[] bytes, String path) {
        if (bytes.length > MAX_BYTES) {
            return Parsed.invalid(Problem.error("logo.too-large", path, bytes.length / 1024, MAX_BYTES / 1024));
        }
        if (bytes.length > 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
            return Parsed.valid("image/png");
        }
        if (bytes.length > 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 && (bytes[2] & 0xff) == 0xff) {
            return Parsed.valid("image/jpeg");
        }
        return Parsed.invalid(Problem.error("logo.type", path, "?"));
    }
}
