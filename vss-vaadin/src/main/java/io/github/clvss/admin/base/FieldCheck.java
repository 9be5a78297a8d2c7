package io.github.clvss.admin.base;

import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import io.github.clvss.core.shared.Messages;
import io.github.clvss.core.shared.Parsed;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * A field's check made of the domain's own parse function ({@code PhoneNumber.parse},
 * {@code Siret.parse}, {@code EmailAddress.parse}…), so that a bad value is refused on its field,
 * in the words vss-core uses, before anything is saved.
 */
public final class FieldCheck {

    private FieldCheck() {
    }

    /**
     * A check of a typed text: valid when the domain parses it.
     *
     * @param parse the domain's parse function (raw text, path) → parsed value or problems
     * @param path the path vss-core names in its problems
     * @param optional whether an empty text is accepted (an optional field)
     */
    public static Validator<String> of(BiFunction<String, String, Parsed<?>> parse, String path, boolean optional) {
        return (value, context) -> {
            if (value == null || value.isBlank()) {
                return optional ? ValidationResult.ok() : check(parse, "", path, context.getLocale().orElse(Locale.FRENCH));
            }
            return check(parse, value, path, context.getLocale().orElse(Locale.FRENCH));
        };
    }

    private static ValidationResult check(BiFunction<String, String, Parsed<?>> parse, String value, String path,
            Locale locale) {
        Parsed<?> parsed = parse.apply(value, path);
        if (parsed.asOptional().isPresent()) {
            return ValidationResult.ok();
        }
        Messages messages = Messages.of(locale);
        return ValidationResult.error(parsed.problems().stream().map(messages::text).collect(Collectors.joining(" ")));
    }
}
