package io.github.clvss.core.partner;

import io.github.clvss.core.shared.EmailAddress;
import io.github.clvss.core.shared.PhoneNumber;
import io.github.clvss.core.shared.WebAddresses;
import java.util.Objects;
import java.util.Optional;

/**
 * How the public or other professionals reach a partner as an institution (not a person).
 *
 * @param phone a switchboard or service number
 * @param email a service address
 * @param web a web address, {@code http(s)://} only ({@link WebAddresses})
 * @param address a postal address
 */
public record PublicContact(Optional<PhoneNumber> phone, Optional<EmailAddress> email, Optional<String> web,
        Optional<String> address) {

    /** No contact given. */
    public static final PublicContact NONE = new PublicContact(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public PublicContact {
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(email, "email");
        WebAddresses.require(Objects.requireNonNull(web, "web"), "web");
        Objects.requireNonNull(address, "address");
    }
}
