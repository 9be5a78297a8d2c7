package io.github.clvss.core.shared;

import java.util.Optional;

/** Parsers for free text fields: trimmed, bounded, without control characters. */
public final class Texts {

    private Texts() {
    }

    /** A required text of at most {@code maxLength} characters. */
    public static Parsed<String> required(String raw, String path, int maxLength) {
        String text = raw.strip();
        if (text.isEmpty()) {
            return Parsed.invalid(Problem.error("text.required", path));
        }
        return bounded(text, path, maxLength);
    }

    /** An optional text: blank means absent. */
    public static Parsed<Optional<String>> optional(Optional<String> raw, String path, int maxLength) {
        if (raw.isEmpty() || raw.get().isBlank()) {
            return Parsed.valid(Optional.empty());
        }
        return bounded(raw.get().strip(), path, maxLength).map(Optional::of);
    }

    private static Parsed<String> bounded(String text, String path, int maxLength) {
        if (text.length() > maxLength) {
            return Parsed.invalid(Problem.error("text.too-long", path, text.length(), maxLength));
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            return Parsed.invalid(Problem.error("text.control-character", path));
        }
        return Parsed.valid(text);
    }
}
