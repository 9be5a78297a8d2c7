package io.github.clvss.core.territory;

/** The Luhn checksum used by SIREN and SIRET numbers. */
final class Luhn {

    private Luhn() {
    }

    /** Whether a string of digits passes the Luhn check. */
    static boolean valid(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }
}
