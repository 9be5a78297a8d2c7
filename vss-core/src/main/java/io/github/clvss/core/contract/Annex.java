package io.github.clvss.core.contract;

import java.util.Objects;

/**
 * An annex of the contract, such as the seed's list of référents.
 *
 * @param title its heading
 * @param text its text; may be empty when what it lists is kept elsewhere in vss
 */
public record Annex(String title, String text) {

    public Annex {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
    }
}
