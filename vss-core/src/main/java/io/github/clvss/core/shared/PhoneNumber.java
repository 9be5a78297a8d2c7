package io.github.clvss.core.shared;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.ShortNumberInfo;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A telephone number a person can dial: a full number kept in E.164 form ({@code +33123456789})
 * or a French short number ({@code 15}, {@code 3919}, {@code 116006}). Usual French spellings
 * are accepted: {@code 01 23 45 67 89}, {@code 01.23.45.67.89}, {@code +33 (0)1 23 45 67 89},
 * {@code 0033 1 23 45 67 89}; overseas numbers too.
 *
 * @param value the E.164 form, or the short number's digits
 */
public record PhoneNumber(String value) {

    private static final PhoneNumberUtil NUMBERS = PhoneNumberUtil.getInstance();
    private static final ShortNumberInfo SHORT_NUMBERS = ShortNumberInfo.getInstance();
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    private static final Pattern SHORT = Pattern.compile("[0-9]{2,6}");
    private static final Pattern EUROPEAN_SHORT = Pattern.compile("116[0-9]{3}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-/]");

    public PhoneNumber {
        if (!(E164.matcher(value).matches() || SHORT.matcher(value).matches())) {
            throw new InvalidInputException(Problem.general("phone.invalid", value));
        }
    }

    /** Parses a French or international number, or a French short number. */
    public static Parsed<PhoneNumber> parse(String raw, String path) {
        String text = raw.strip().replace("(0)", "");
        String digits = SEPARATORS.matcher(text).replaceAll("");
        if (SHORT.matcher(digits).matches()) {
            boolean european = EUROPEAN_SHORT.matcher(digits).matches();
            return european || SHORT_NUMBERS.isValidShortNumberForRegion(shortNumber(digits), "FR")
                    ? Parsed.valid(new PhoneNumber(digits))
                    : Parsed.invalid(Problem.error("phone.invalid", path, raw.strip()));
        }
        if (digits.startsWith("00")) {
            digits = "+" + digits.substring(2);
        }
        for (String region : REGIONS) {
            try {
                var number = NUMBERS.parse(digits, region);
                if (NUMBERS.isValidNumber(number)) {
                    return Parsed.valid(new PhoneNumber(NUMBERS.format(number, PhoneNumberUtil.PhoneNumberFormat.E164)));
                }
            } catch (NumberParseException e) {
                // tried in the next region, else refused below
            }
        }
        return Parsed.invalid(Problem.error("phone.invalid", path, raw.strip()));
    }

    /**
     * Where a number written the French way (0…) may belong: metropolitan France, then the
     * overseas départements and collectivities, which share that way of writing.
     */
    private static final java.util.List<String> REGIONS =
            java.util.List.of("FR", "RE", "GP", "MQ", "GF", "YT", "PM", "BL", "MF", "NC", "PF", "WF");

    /** An optional number: blank means none. */
    public static Parsed<Optional<PhoneNumber>> parseOptional(Optional<String> raw, String path) {
        return raw.filter(r -> !r.isBlank()).map(r -> parse(r, path).map(Optional::of)).orElse(Parsed.valid(Optional.empty()));
    }

    /** Whether this is a short number (15, 3919…). */
    public boolean isShort() {
        return !value.startsWith("+");
    }

    /** How a French reader writes it: {@code 01 23 45 67 89}, {@code 39 19}, {@code +262 262 12 34 56}. */
    public String display() {
        if (isShort()) {
            return value.length() == 6 ? value.substring(0, 3) + " " + value.substring(3) : value;
        }
        try {
            var number = NUMBERS.parse(value, "FR");
            return number.getCountryCode() == 33
                    ? NUMBERS.format(number, PhoneNumberUtil.PhoneNumberFormat.NATIONAL)
                    : NUMBERS.format(number, PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException e) {
            return value;
        }
    }

    /** The address to dial it from a web page: {@code tel:+33123456789}. */
    public String telUri() {
        return "tel:" + value;
    }

    private static com.google.i18n.phonenumbers.Phonenumber.PhoneNumber shortNumber(String digits) {
        return new com.google.i18n.phonenumbers.Phonenumber.PhoneNumber().setCountryCode(33)
                .setNationalNumber(Long.parseLong(digits));
    }

    @Override
    public String toString() {
        return value;
    }
}
