package io.github.clvss.core.path;

import io.github.clvss.core.shared.InvalidInputException;
import io.github.clvss.core.shared.Problem;
import java.util.Objects;

/**
 * A short free-text note on a path or a step of it, for the professionals. It must carry
 * <b>no identifying details</b> — no name, address, phone number, date of birth, nor anything
 * that would let a reader recognise the person; the screens say so beside the field. At most
 * {@value #MAX} characters, not blank.
 *
 * @param text the note
 */
public record PathNote(String text) {

    /** The longest note. */
    public static final int MAX = 500;

    public PathNote {
        Objects.requireNonNull(text, "text");
        text = text.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException(Problem.error("path.note.blank", "note"));
        }
        if (text.length() > MAX) {
            throw new InvalidInputException(Problem.error("path.note.too-long", "note", MAX));
        }
    }
}
