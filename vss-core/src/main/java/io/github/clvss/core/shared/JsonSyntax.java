package io.github.clvss.core.shared;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A JSON syntax error said to a person: where (line and column, both from 1) and what was
 * found there — never the parsing library's own message.
 */
public final class JsonSyntax {

    private JsonSyntax() {
    }

    /**
     * The problem for a syntax error at a place of {@code content}.
     *
     * @param content the file's bytes (UTF-8)
     * @param line the line, from 1, when the parser knows it
     * @param column the column, from 1, when the parser knows it
     */
    public static Problem at(byte[] content, Optional<Integer> line, Optional<Integer> column) {
        if (line.isEmpty() || line.get() < 1) {
            return Problem.error("file.json.syntax.somewhere", "$");
        }
        String where = "line " + line.get() + column.map(c -> ", column " + c).orElse("");
        String[] lines = new String(content, StandardCharsets.UTF_8).split("\r?\n|\r", -1);
        if (line.get() > lines.length) {
            return Problem.error("file.json.syntax.end", where);
        }
        String text = lines[line.get() - 1];
        int index = column.orElse(1) - 1;
        // the parser points just after the character it could not take, or at the end of the file
        boolean atEnd = line.get() == lines.length && index >= text.strip().length() && text.substring(Math.min(index,
                text.length())).isBlank() || new String(content, StandardCharsets.UTF_8).isBlank();
        if (atEnd) {
            return Problem.error("file.json.syntax.end", where);
        }
        // the parser's column points at the character, or just after it
        String found = "";
        for (int at : new int[] {index, index - 1}) {
            if (at >= 0 && at < text.length() && !Character.isWhitespace(text.charAt(at))) {
                found = text.substring(at, at + 1);
                break;
            }
        }
        if (found.isBlank()) {
            return Problem.error("file.json.syntax", where, text.strip());
        }
        return Problem.error("file.json.syntax.character", where, found);
    }
}
