package io.github.clvss.core.contract;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One commitment of the contract (a bullet under an axis). Follow-up actions refer to it by
 * its id, which is unique in the contract and kept from one text version to the next.
 *
 * @param id a short stable id, such as {@code 1.2} or {@code obj-1}: letters, digits, dots,
 *     hyphens and underscores, beginning and ending with a letter or a digit
 * @param text what the signatories commit to, as the contract words it
 */
public record Commitment(String id, String text) {

    /** Longest accepted id. */
    public static final int ID_MAX = 20;
    /** Longest accepted text. */
    public static final int TEXT_MAX = 2000;

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?");

    public Commitment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }

    /** Whether {@code id} is a well-formed commitment id. */
    public static boolean wellFormed(String id) {
        return id.length() <= ID_MAX && ID.matcher(id).matches();
    }
}
