package io.github.clvss.core.shared;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one rule for every web address vss keeps (a partner's site, a resource's, a deliberation's
 * publication): {@code http://} or {@code https://}, then an address without spaces or control
 * characters. Anything else — {@code javascript:}, {@code data:}, {@code vbscript:}, a relative
 * path — is refused: these addresses become links in screens, documents and exports.
 */
public final class WebAddresses {

    /** The problem's code: {@code web.invalid}, with the value as its argument. */
    public static final String INVALID = "web.invalid";

    private static final Pattern WEB = Pattern.compile("(?i)https?://[^\\s\\p{Cntrl}]+");

    private WebAddresses() {
    }

    /** Whether {@code text} is an {@code http(s)://} address. */
    public static boolean isWeb(String text) {
        return WEB.matcher(text).matches();
    }

    /** The problem with {@code value} at {@code path}, if it is given and not a web address. */
    public static Optional<Problem> problem(Optional<String> value, String path) {
        return value.filter(text -> !isWeb(text)).map(text -> Problem.error(INVALID, path, text));
    }

    /**
     * {@code value} if it is empty or a web address; refuses it otherwise, at {@code path}.
     *
     * @throws InvalidInputException {@code web.invalid} at {@code path}
     */
    public static Optional<String> require(Optional<String> value, String path) {
        problem(value, path).ifPresent(p -> {
            throw new InvalidInputException(p);
        });
        return value;
    }
}
