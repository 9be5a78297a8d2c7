package io.github.clvss.core.account;

import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.Grant;
import io.github.clvss.core.shared.EmailAddress;
import io.github.clvss.core.shared.InvalidInputException;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.shared.Problem;
import java.time.Clock;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A person who signs in to an installation: coordinator, partner référent, observer or
 * platform administrator. Personal data: only administrators see accounts, and the audit
 * journal names them by id.
 *
 * @param id the account's id, which is also the id of the actor it acts as
 * @param version the stored version this value was read at (0 before it is first saved)
 * @param login what the person types to sign in
 * @param displayName how the person is shown to others
 * @param email where notifications are sent, when known
 * @param language the language the person reads vss in
 * @param enabled whether the account may sign in
 * @param grants what the account may do
 * @param passwordHash the password's one-way hash; empty until a password is set
 */
public record Account(
        AccountId id,
        long version,
        Login login,
        String displayName,
        Optional<EmailAddress> email,
        Language language,
        boolean enabled,
        Set<Grant> grants,
        Optional<String> passwordHash) {

    /** Longest accepted display name. */
    public static final int NAME_MAX = 120;
    /** Shortest accepted password. */
    public static final int PASSWORD_MIN = 12;

    public Account {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(language, "language");
        grants = Set.copyOf(grants);
        Objects.requireNonNull(passwordHash, "passwordHash");
        if (displayName.isBlank() || displayName.length() > NAME_MAX || !displayName.strip().equals(displayName)) {
            throw new InvalidInputException(Problem.general("account.name.invalid", NAME_MAX));
        }
    }

    /** A new, enabled account without a password. */
    public static Account open(Clock clock, Login login, String displayName, Optional<EmailAddress> email,
            Language language, Set<Grant> grants) {
        return new Account(AccountId.next(clock), 0, login, displayName, email, language, true, grants, Optional.empty());
    }

    /** The actor this account acts as once signed in. */
    public Actor actor() {
        return new Actor(id.toString(), enabled ? grants : Set.of());
    }

    /** The account, unable to sign in. */
    public Account disable() {
        return new Account(id, version, login, displayName, email, language, false, grants, passwordHash);
    }

    /** The account, able to sign in again. */
    public Account enable() {
        return new Account(id, version, login, displayName, email, language, true, grants, passwordHash);
    }

    /** The account with one more grant. */
    public Account grant(Grant grant) {
        Set<Grant> more = new HashSet<>(grants);
        more.add(grant);
        return new Account(id, version, login, displayName, email, language, enabled, more, passwordHash);
    }

    /** The account without {@code grant}. */
    public Account revoke(Grant grant) {
        Set<Grant> fewer = new HashSet<>(grants);
        fewer.remove(grant);
        return new Account(id, version, login, displayName, email, language, enabled, fewer, passwordHash);
    }

    /** The account with a new password hash. */
    public Account withPasswordHash(String hash) {
        return new Account(id, version, login, displayName, email, language, enabled, grants, Optional.of(hash));
    }

    /** The account with corrected personal details. */
    public Account describe(String newDisplayName, Optional<EmailAddress> newEmail, Language newLanguage) {
        return new Account(id, version, login, newDisplayName, newEmail, newLanguage, enabled, grants, passwordHash);
    }

    /** Checks a new password against the policy: at least {@value #PASSWORD_MIN} characters. */
    public static Optional<Problem> passwordProblem(char[] password, String path) {
        if (password.length < PASSWORD_MIN) {
            return Optional.of(Problem.error("password.too-short", path, PASSWORD_MIN));
        }
        return Optional.empty();
    }
}
