package io.github.clvss.core.followup;

import java.util.Objects;

/**
 * What shows that an action was carried out: a note, or a reference to a document kept
 * elsewhere (a file name, a register number, an address on the town's intranet).
 */
public sealed interface Evidence {

    /** Longest accepted note. */
    int NOTE_MAX = 2000;
    /** Longest accepted document reference. */
    int REFERENCE_MAX = 500;

    /** The evidence's text: the note, or the document's reference. */
    String text();

    /**
     * A note written by whoever follows the action.
     *
     * @param text the note, up to {@value Evidence#NOTE_MAX} characters
     */
    record Note(String text) implements Evidence {
        public Note {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A reference to a document kept elsewhere: vss does not store the document itself.
     *
     * @param text the reference, on one line, up to {@value Evidence#REFERENCE_MAX} characters
     */
    record Document(String text) implements Evidence {
        public Document {
            Objects.requireNonNull(text, "text");
        }
    }
}
