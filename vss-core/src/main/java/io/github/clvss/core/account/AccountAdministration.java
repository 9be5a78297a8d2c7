package io.github.clvss.core.account;

import io.github.clvss.core.access.AccessDecision;
import io.github.clvss.core.access.AccessPolicy;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.Grant;
import io.github.clvss.core.journal.Act;
import io.github.clvss.core.journal.Acts;
import io.github.clvss.core.shared.InvalidInputException;
import io.github.clvss.core.shared.NotFoundException;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Transactions;
import io.github.clvss.core.shared.Versions;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Accounts and their grants. Platform administrators manage them; a person changes their own
 * password; sign-in checks a login and password and journals the attempt.
 */
public final class AccountAdministration {

    static final String RECORD = "account";
    /** The kind of record of sign-in entries in the journal: their record id is the account's id. */
    public static final String SIGN_IN = "sign-in";
    /** Journal reason: the login and password did not match an enabled account. */
    public static final String FAILED = "account.sign-in.failed";
    /** Journal reason: the attempt came before the wait after earlier refusals had passed. */
    public static final String THROTTLED = "account.sign-in.throttled";
    /** Journal reason: the login or the address was locked out. */
    public static final String LOCKED = "account.sign-in.locked";
    /** Journal reason: the second factor's code was wrong, already used or too late. */
    public static final String WRONG_CODE = "account.sign-in.wrong-code";
    /** Journal reason: an identity provider's person linked to no account. */
    public static final String UNKNOWN_IDENTITY = "account.sign-in.unknown-identity";
    /**
     * Journal reason: the identity provider's answer about the person could not be trusted (a
     * signed answer whose signature, issuer or audience is wrong, or an answer that is unreadable).
     */
    public static final String UNTRUSTED_IDENTITY = "account.sign-in.untrusted-identity";
    /** How many one-time recovery codes an enrolment gives. */
    public static final int RECOVERY_CODES = 8;
    private static final Actor ANONYMOUS = new Actor("anonymous", Set.of());

    private final Accounts accounts;
    private final PasswordHashing passwords;
    private final Transactions transactions;
    private final Acts acts;
    private final SignInCounters counters;
    private final SignInLimits limits;
    private final Clock clock;
    private final SecondFactors secondFactors;
    private final IdentityLinks identities;
    private volatile @Nullable String dummyHash;

    /**
     * @param accounts where accounts are kept
     * @param passwords how passwords are hashed
     * @param transactions the transaction boundary
     * @param acts access checks and journal
     * @param counters where refused sign-ins are counted
     * @param limits when sign-ins slow down and lock
     * @param clock the time of attempts
     * @param secondFactors where second factors are kept
     * @param identities which identity providers' people open which account
     */
    public AccountAdministration(Accounts accounts, PasswordHashing passwords, Transactions transactions, Acts acts,
            SignInCounters counters, SignInLimits limits, Clock clock, SecondFactors secondFactors,
            IdentityLinks identities) {
        this.secondFactors = Objects.requireNonNull(secondFactors, "secondFactors");
        this.identities = Objects.requireNonNull(identities, "identities");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.passwords = Objects.requireNonNull(passwords, "passwords");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.acts = Objects.requireNonNull(acts, "acts");
        this.counters = Objects.requireNonNull(counters, "counters");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Opens an account made with {@link Account#open}, with a first password if given. */
    public Account open(Actor actor, Account account, Optional<char[]> password) {
        return openAll(actor, List.of(new Opening(account, password))).getFirst();
    }

    /** An account to open, with its first password if any. */
    public record Opening(Account account, Optional<char[]> password) {
    }

    /**
     * Opens several accounts at once, all or none: a login already used (stored, or twice in
     * the list) refuses the whole batch, with the position of each faulty entry as its path
     * ({@code [2].login}).
     */
    public List<Account> openAll(Actor actor, List<Opening> openings) {
        acts.refuseUnless(AccessPolicy.administerPlatform(actor), actor,
                Act.general("account.open", RECORD));
        return transactions.inTransaction(() -> {
            List<Problem> problems = new java.util.ArrayList<>();
            Set<Login> seen = new HashSet<>();
            for (int i = 0; i < openings.size(); i++) {
                Opening opening = openings.get(i);
                Login login = opening.account().login();
                if (!seen.add(login) || accounts.findByLogin(login).isPresent()) {
                    problems.add(Problem.error("account.login.taken", "[" + i + "].login", login));
                }
                int index = i;
                opening.password().flatMap(p -> Account.passwordProblem(p, "[" + index + "].password")).ifPresent(problems::add);
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            return openings.stream().map(opening -> {
                Account account = opening.password()
                        .map(p -> opening.account().withPasswordHash(hash(p)))
                        .orElse(opening.account());
                Account stored = accounts.add(account);
                acts.record(actor, Act.on("account.open", RECORD, stored.id()));
                return stored;
            }).toList();
        });
    }

    /** Stops an account from signing in. */
    public Account disable(Actor actor, AccountId id, long expectedVersion) {
        if (actor.id().equals(id.toString())) {
            throw new InvalidInputException(Problem.general("account.disable.self"));
        }
        return change(actor, id, expectedVersion, "account.disable", Account::disable);
    }

    /** Lets a disabled account sign in again. */
    public Account enable(Actor actor, AccountId id, long expectedVersion) {
        return change(actor, id, expectedVersion, "account.enable", Account::enable);
    }

    /** Adds a grant. */
    public Account grant(Actor actor, AccountId id, long expectedVersion, Grant grant) {
        return change(actor, id, expectedVersion, "account.grant", account -> account.grant(grant));
    }

    /** Removes a grant. */
    public Account revoke(Actor actor, AccountId id, long expectedVersion, Grant grant) {
        return change(actor, id, expectedVersion, "account.revoke", account -> account.revoke(grant));
    }

    /**
     * Sets a password: a platform administrator for anyone, a person for themself; against the
     * account's version the setter saw, like every other change of an account: when someone
     * changed the account meanwhile (another administrator's reset, a grant, a disabling), the
     * password is not replaced and a conflict ({@code record.changed}) is raised.
     */
    public Account setPassword(Actor actor, AccountId id, long expectedVersion, char[] password) {
        Act act = Act.on("account.password", RECORD, id);
        AccessDecision decision = actor.id().equals(id.toString())
                ? new AccessDecision.Allowed() : AccessPolicy.administerPlatform(actor);
        acts.refuseUnless(decision, actor, act);
        Account.passwordProblem(password, "password").ifPresent(p -> {
            throw new InvalidInputException(p);
        });
        String hash = hash(password);
        return transactions.inTransaction(() -> {
            Account current = accounts.find(id).orElseThrow(() -> notFound(id));
            Versions.expect(current.version(), expectedVersion, RECORD, id);
            Account stored = accounts.update(current.withPasswordHash(hash));
            acts.record(actor, act);
            return stored;
        });
    }

    /**
     * Checks a sign-in without a known source address (a command line, a host that throttles
     * by address itself): the login's budget still applies. See {@link #signIn(Login, char[], Optional)}.
     * An account with an active second factor is not signed in by its password alone: empty.
     */
    public Optional<Account> signIn(Login login, char[] password) {
        return signIn(login, password, Optional.empty()).account();
    }

    /**
     * Checks a sign-in and journals it. Accepted when the login and its budget, and the source
     * address and its budget, are not locked or waiting ({@link SignInLimits}), the account
     * exists, is enabled and the password matches. Every attempt that is not refused for its
     * budget costs exactly one password check — against a stand-in hash for an unknown login,
     * an account without a password or a disabled one — so the answer takes as long whether the
     * login exists or not. The journal names the account by id ({@link #SIGN_IN} entries), never
     * the login typed; the address is kept only as a digest in the counters.
     *
     * @param login what was typed as the login
     * @param password what was typed as the password (cleared once checked)
     * @param address where the attempt comes from (an IP address), when known
     */
    public SignInAnswer signIn(Login login, char[] password, Optional<String> address) {
        try {
            Instant now = clock.instant();
            Optional<Account> account = accounts.findByLogin(login);
            Optional<String> subject = account.map(a -> a.id().toString());
            List<Budgeted> budgets = budgets(login, address);
            Map<String, SignInCounter> counted = releaseEnded(counters.find(keys(budgets)), budgets, now, subject);
            Optional<String> early = early(budgets, counted, now);
            if (early.isPresent()) {
                refuse(budgets, now, subject, early.get());
                return new SignInAnswer.Refused(SignInAnswer.Reason.TOO_MANY_ATTEMPTS);
            }
            boolean matches = passwords.matches(password,
                    account.flatMap(Account::passwordHash).orElseGet(this::dummyHash));
            boolean ok = matches && account.filter(Account::enabled).flatMap(Account::passwordHash).isPresent();
            if (!ok) {
                boolean locked = refuse(budgets, now, subject, FAILED);
                return new SignInAnswer.Refused(locked
                        ? SignInAnswer.Reason.TOO_MANY_ATTEMPTS : SignInAnswer.Reason.WRONG_LOGIN_OR_PASSWORD);
            }
            return firstStepPassed(account.orElseThrow(), budgets, now);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /**
     * A sign-in whose first step (password or identity provider) passed: accepted, or waiting
     * for a code when the account has an active second factor — then its refusals are not
     * forgotten until the code is right, so that codes cannot be guessed between good passwords.
     */
    private SignInAnswer firstStepPassed(Account signedIn, List<Budgeted> budgets, Instant now) {
        Optional<String> subject = Optional.of(signedIn.id().toString());
        boolean second = secondFactors.find(signedIn.id()).filter(SecondFactor::active).isPresent();
        if (second) {
            transactions.runInTransaction(() -> acts.record(signedIn.actor(), act("account.second-factor.asked", subject)));
            return new SignInAnswer.SecondFactorNeeded(signedIn.id(), signedIn.login(),
                    now.plus(SignInAnswer.SecondFactorNeeded.LIFETIME));
        }
        transactions.runInTransaction(() -> {
            counters.forget(budgets.getFirst().key());
            acts.record(signedIn.actor(), act("account.sign-in", subject));
        });
        return new SignInAnswer.Accepted(signedIn);
    }

    /**
     * The second step of a sign-in: a six-digit code of the account's authenticator (RFC 6238,
     * the step before to the step after the current one, never a code already accepted), or one
     * of its unused recovery codes (then used up). A wrong code counts as a refused sign-in in
     * the same budgets as a wrong password ({@link SignInLimits}); a locked login or address is
     * refused without checking the code. Journaled like passwords, never with the code.
     *
     * @param first the answer of the first step
     * @param code what was typed
     * @param address where the attempt comes from, when known
     */
    public SignInAnswer confirmSignIn(SignInAnswer.SecondFactorNeeded first, String code, Optional<String> address) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(code, "code");
        Instant now = clock.instant();
        Optional<String> subject = Optional.of(first.pending().toString());
        List<Budgeted> budgets = budgets(first.login(), address);
        Map<String, SignInCounter> counted = releaseEnded(counters.find(keys(budgets)), budgets, now, subject);
        Optional<String> early = early(budgets, counted, now);
        if (early.isPresent()) {
            refuse(budgets, now, subject, early.get());
            return new SignInAnswer.Refused(SignInAnswer.Reason.TOO_MANY_ATTEMPTS);
        }
        Optional<Account> account = accounts.find(first.pending()).filter(Account::enabled)
                .filter(a -> a.login().equals(first.login()));
        if (!now.isBefore(first.expiresAt()) || account.isEmpty()) {
            acts.recordRefusal(ANONYMOUS, act("account.sign-in", subject), WRONG_CODE);
            return new SignInAnswer.Refused(SignInAnswer.Reason.EXPIRED);
        }
        boolean accepted = transactions.inTransaction(() -> {
            Optional<SecondFactor> factor = secondFactors.find(first.pending()).filter(SecondFactor::active);
            if (factor.isEmpty()) {
                return false;
            }
            java.util.OptionalLong step = Totp.matchingStep(factor.get().secretBytes(), code, now, factor.get().lastStep());
            if (step.isPresent()) {
                secondFactors.save(factor.get().usedAt(step.getAsLong()));
                return true;
            }
            return RecoveryCodes.shape(code)
                    .map(normalized -> secondFactors.useRecoveryCode(first.pending(), RecoveryCodes.digest(normalized)))
                    .orElse(false);
        });
        if (!accepted) {
            boolean locked = refuse(budgets, now, subject, WRONG_CODE);
            return new SignInAnswer.Refused(locked ? SignInAnswer.Reason.TOO_MANY_ATTEMPTS : SignInAnswer.Reason.WRONG_CODE);
        }
        Account signedIn = account.get();
        transactions.runInTransaction(() -> {
            counters.forget(budgets.getFirst().key());
            acts.record(signedIn.actor(), act("account.sign-in", subject));
        });
        return new SignInAnswer.Accepted(signedIn);
    }

    /**
     * Starts enrolling a second factor for one's own account (coordinators and platform
     * administrators): a new secret, not asked for at sign-in until {@link #confirmSecondFactor}
     * gets a valid code. Starting again replaces a factor still being enrolled; an active one
     * must be removed by an administrator first. Journaled, never with the secret.
     *
     * @param issuer the name authenticator applications show for this installation
     */
    public Enrolment startSecondFactor(Actor actor, AccountId id, String issuer) {
        Act act = new Act("account.second-factor.start", SIGN_IN, Optional.of(id.toString()), Optional.empty());
        return acts.perform(actor, act, mayEnrol(actor, id), () -> {
            Account account = accounts.find(id).orElseThrow(() -> notFound(id));
            if (secondFactors.find(id).filter(SecondFactor::active).isPresent()) {
                throw new InvalidInputException(Problem.general("account.second-factor.already-active"));
            }
            String secret = Totp.base32(Totp.newSecret());
            secondFactors.save(new SecondFactor(id, secret, false, 0, clock.instant()));
            return new Enrolment(secret, otpauth(issuer, account.login(), secret));
        });
    }

    /**
     * Confirms one's enrolment with a code of the new factor: from now on sign-in asks for one.
     * Returns the {@value #RECOVERY_CODES} one-time recovery codes, shown this once (only their
     * digests are kept). A wrong code changes nothing and is journaled as refused.
     */
    public List<String> confirmSecondFactor(Actor actor, AccountId id, String code) {
        Act act = new Act("account.second-factor.enrol", SIGN_IN, Optional.of(id.toString()), Optional.empty());
        acts.refuseUnless(mayEnrol(actor, id), actor, act);
        Instant now = clock.instant();
        Optional<List<String>> codes = transactions.inTransaction(() -> {
            SecondFactor factor = secondFactors.find(id).filter(f -> !f.active())
                    .orElseThrow(() -> new InvalidInputException(Problem.general("account.second-factor.not-started")));
            java.util.OptionalLong step = Totp.matchingStep(factor.secretBytes(), code, now, 0);
            if (step.isEmpty()) {
                return Optional.<List<String>>empty();
            }
            secondFactors.save(factor.activate(step.getAsLong()));
            List<String> recovery = RecoveryCodes.generate(RECOVERY_CODES);
            secondFactors.replaceRecoveryCodes(id, recovery.stream().map(RecoveryCodes::normalize)
                    .map(RecoveryCodes::digest).toList());
            acts.record(actor, act);
            return Optional.of(recovery);
        });
        return codes.orElseThrow(() -> {
            acts.recordRefusal(actor, act, "account.second-factor.code.wrong");
            return new InvalidInputException(Problem.error("account.second-factor.code.wrong", "code"));
        });
    }

    /**
     * Whether sign-in asks the account for a second factor (the account itself or a platform
     * administrator), and how many recovery codes it has left.
     */
    public SecondFactorState secondFactor(Actor actor, AccountId id) {
        boolean self = actor.id().equals(id.toString());
        AccessDecision decision = self ? new AccessDecision.Allowed() : AccessPolicy.administerPlatform(actor);
        Act act = new Act("account.second-factor.read", SIGN_IN, Optional.of(id.toString()), Optional.empty());
        acts.refuseUnless(decision, actor, act);
        return transactions.inTransaction(() -> {
            boolean active = secondFactors.find(id).filter(SecondFactor::active).isPresent();
            if (!self) {
                acts.record(actor, act);
            }
            return new SecondFactorState(active, active ? secondFactors.recoveryCodesLeft(id) : 0);
        });
    }

    /**
     * Whether an account signs in with a second factor.
     *
     * @param active whether sign-in asks for a code
     * @param recoveryCodesLeft unused recovery codes
     */
    public record SecondFactorState(boolean active, int recoveryCodesLeft) {
    }

    /**
     * Removes a person's second factor and recovery codes (platform administrators, e.g. for a
     * lost telephone); the person signs in with the password alone until they enrol again.
     */
    public void removeSecondFactor(Actor actor, AccountId id) {
        Act act = new Act("account.second-factor.remove", SIGN_IN, Optional.of(id.toString()), Optional.empty());
        acts.performRun(actor, act, AccessPolicy.administerPlatform(actor), () -> {
            accounts.find(id).orElseThrow(() -> notFound(id));
            secondFactors.remove(id);
        });
    }

    /** Only the person, and only a coordinator or a platform administrator, enrols a factor. */
    private static AccessDecision mayEnrol(Actor actor, AccountId id) {
        if (!actor.id().equals(id.toString())) {
            return new AccessDecision.Refused("account.second-factor.self-only");
        }
        return namesDecision(actor);
    }

    private static String otpauth(String issuer, Login login, String secret) {
        String label = encode(issuer) + ":" + encode(login.value());
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * Signs in a person an OpenID Connect provider (ProConnect…) authenticated. The identity opens
     * the account its issuer and subject are linked to. When there is no link yet and
     * {@code linkByEmail} is on (the installation's administrator chose it), it opens the one
     * account whose e-mail address is the identity's — only if the provider did not say the
     * address is unverified, that account is enabled and not yet linked to another subject of the
     * same issuer — and links it for good (journaled). Anything else is refused as an unknown
     * identity (journaled without any of the identity's data, counted in the address's budget).
     * A locked login or address is refused; an active second factor is still asked for.
     */
    public SignInAnswer signInWith(ExternalIdentity identity, Optional<String> address, boolean linkByEmail) {
        Instant now = clock.instant();
        Optional<Account> account = identities.find(identity.issuer(), identity.subject()).flatMap(accounts::find);
        boolean linking = false;
        if (account.isEmpty() && linkByEmail && identity.email().isPresent() && !identity.emailVerified().equals(Optional.of(false))) {
            List<AccountId> matching = identities.withEmail(identity.email().get());
            if (matching.size() == 1 && !identities.linked(matching.getFirst(), identity.issuer())) {
                account = accounts.find(matching.getFirst()).filter(Account::enabled);
                linking = account.isPresent();
            }
        }
        if (account.isEmpty()) {
            return refuseWithoutAccount(address, now, UNKNOWN_IDENTITY, SignInAnswer.Reason.UNKNOWN_IDENTITY);
        }
        Account found = account.get();
        Optional<String> subject = Optional.of(found.id().toString());
        List<Budgeted> budgets = budgets(found.login(), address);
        Map<String, SignInCounter> counted = releaseEnded(counters.find(keys(budgets)), budgets, now, subject);
        Optional<String> early = early(budgets, counted, now);
        if (early.isPresent()) {
            refuse(budgets, now, subject, early.get());
            return new SignInAnswer.Refused(SignInAnswer.Reason.TOO_MANY_ATTEMPTS);
        }
        if (!found.enabled()) {
            boolean locked = refuse(budgets, now, subject, FAILED);
            return new SignInAnswer.Refused(locked ? SignInAnswer.Reason.TOO_MANY_ATTEMPTS : SignInAnswer.Reason.UNKNOWN_IDENTITY);
        }
        if (linking) {
            transactions.runInTransaction(() -> {
                identities.link(found.id(), identity.issuer(), identity.subject(), now);
                acts.record(Actor.system(), act("account.identity.link", subject));
            });
        }
        return firstStepPassed(found, budgets, now);
    }

    /**
     * Refuses a sign-in through an identity provider whose answer about the person could not be
     * trusted (the application checked it and found a wrong signature, issuer or audience): journaled
     * with {@link #UNTRUSTED_IDENTITY} and nothing of the answer, counted in the address's budget like
     * an unknown identity.
     */
    public SignInAnswer refuseUntrustedIdentity(Optional<String> address) {
        return refuseWithoutAccount(address, clock.instant(), UNTRUSTED_IDENTITY, SignInAnswer.Reason.UNKNOWN_IDENTITY);
    }

    /** A refusal that names no account: journaled, counted in the address's budget when there is an address. */
    private SignInAnswer refuseWithoutAccount(Optional<String> address, Instant now, String reason, SignInAnswer.Reason answer) {
        List<Budgeted> byAddress = budgets(Optional.empty(), address);
        if (byAddress.isEmpty()) {
            acts.recordRefusal(ANONYMOUS, act("account.sign-in", Optional.empty()), reason);
            return new SignInAnswer.Refused(answer);
        }
        Map<String, SignInCounter> counted = releaseEnded(counters.find(keys(byAddress)), byAddress, now, Optional.empty());
        Optional<String> early = early(byAddress, counted, now);
        boolean locked = refuse(byAddress, now, Optional.empty(), early.orElse(reason));
        return early.isPresent() || locked
                ? new SignInAnswer.Refused(SignInAnswer.Reason.TOO_MANY_ATTEMPTS)
                : new SignInAnswer.Refused(answer);
    }

    /**
     * The identity providers' identities that open an account, oldest link first (platform
     * administrators; the read is journaled).
     */
    public List<LinkedIdentity> identities(Actor actor, AccountId id) {
        Act act = new Act("account.identity.read", SIGN_IN, Optional.of(id.toString()), Optional.empty());
        return acts.perform(actor, act, AccessPolicy.administerPlatform(actor), () -> {
            accounts.find(id).orElseThrow(() -> notFound(id));
            return identities.of(id);
        });
    }

    /**
     * Removes one identity's link to an account: that identity no longer opens it (platform
     * administrators; journaled without the subject). An identity not linked to the account is
     * refused as not found.
     */
    public void unlinkIdentity(Actor actor, AccountId id, String issuer, String subject) {
        Act act = new Act("account.identity.unlink", SIGN_IN, Optional.of(id.toString()), Optional.empty());
        acts.performRun(actor, act, AccessPolicy.administerPlatform(actor), () -> {
            accounts.find(id).orElseThrow(() -> notFound(id));
            if (!identities.unlink(id, issuer, subject)) {
                throw new NotFoundException(Problem.general("account.identity.not-found"));
            }
        });
    }

    /**
     * Links an identity provider's subject to an account, so that it signs in as that account
     * (platform administrators; journaled without the subject).
     */
    public void linkIdentity(Actor actor, AccountId id, String issuer, String subject) {
        Act act = new Act("account.identity.link", SIGN_IN, Optional.of(id.toString()), Optional.empty());
        acts.performRun(actor, act, AccessPolicy.administerPlatform(actor), () -> {
            List<Problem> problems = new java.util.ArrayList<>();
            identityPart(issuer, "issuer", ExternalIdentity.ISSUER_MAX).ifPresent(problems::add);
            identityPart(subject, "subject", ExternalIdentity.SUBJECT_MAX).ifPresent(problems::add);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            ExternalIdentity identity = new ExternalIdentity(issuer.strip(), subject.strip(), Optional.empty(), Optional.empty());
            accounts.find(id).orElseThrow(() -> notFound(id));
            if (identities.find(identity.issuer(), identity.subject()).isPresent()) {
                throw new InvalidInputException(Problem.general("account.identity.taken"));
            }
            identities.link(id, identity.issuer(), identity.subject(), clock.instant());
        });
    }

    private static Optional<Problem> identityPart(String value, String path, int max) {
        if (value.isBlank()) {
            return Optional.of(Problem.error("text.required", path));
        }
        int length = value.strip().length();
        return length > max ? Optional.of(Problem.error("text.too-long", path, length, max)) : Optional.empty();
    }

    /** Removes every identity-provider link of an account (platform administrators; journaled). */
    public void unlinkIdentities(Actor actor, AccountId id) {
        Act act = new Act("account.identity.unlink", SIGN_IN, Optional.of(id.toString()), Optional.empty());
        acts.performRun(actor, act, AccessPolicy.administerPlatform(actor), () -> identities.unlinkAll(id));
    }

    /**
     * When the account's sign-in is locked out after too many refused attempts, the end of the
     * lockout (platform administrators).
     */
    public Optional<Instant> lockedUntil(Actor actor, AccountId id) {
        Act act = Act.on("account.read", RECORD, id);
        return acts.perform(actor, act, AccessPolicy.administerPlatform(actor), () -> {
            Account account = accounts.find(id).orElseThrow(() -> notFound(id));
            String key = loginKey(account.login());
            Instant now = clock.instant();
            return Optional.ofNullable(counters.find(List.of(key)).get(key))
                    .filter(counter -> counter.lockedAt(now))
                    .flatMap(SignInCounter::lockedUntil);
        });
    }

    /**
     * Ends a lockout (and forgets the refused attempts) of the account's login, so the person
     * can sign in at once (platform administrators; journaled).
     */
    public void unlock(Actor actor, AccountId id) {
        Act act = new Act("account.unlock", SIGN_IN, Optional.of(id.toString()), Optional.empty());
        acts.performRun(actor, act, AccessPolicy.administerPlatform(actor), () -> {
            Account account = accounts.find(id).orElseThrow(() -> notFound(id));
            counters.forget(loginKey(account.login()));
        });
    }

    /** A budget of refusals and the key it is counted under. */
    private record Budgeted(String key, SignInLimits.Budget budget, String lockAction, boolean ofLogin) {
    }

    private List<Budgeted> budgets(Login login, Optional<String> address) {
        return budgets(Optional.of(login), address);
    }

    private List<Budgeted> budgets(Optional<Login> login, Optional<String> address) {
        List<Budgeted> budgets = new java.util.ArrayList<>();
        login.ifPresent(l -> budgets.add(new Budgeted(loginKey(l), limits.perLogin(), "account", true)));
        address.filter(a -> !a.isBlank())
                .ifPresent(a -> budgets.add(new Budgeted("address:" + digest(a.strip()), limits.perAddress(), "address", false)));
        return budgets;
    }

    private static List<String> keys(List<Budgeted> budgets) {
        return budgets.stream().map(Budgeted::key).toList();
    }

    /** Forgets the counters whose lockout has ended, journaling the end of the lockout. */
    private Map<String, SignInCounter> releaseEnded(Map<String, SignInCounter> found, List<Budgeted> budgets,
            Instant now, Optional<String> subject) {
        Map<String, SignInCounter> kept = new java.util.HashMap<>(found);
        for (Budgeted budgeted : budgets) {
            SignInCounter counter = found.get(budgeted.key());
            if (counter != null && counter.lockEndedAt(now)) {
                transactions.runInTransaction(() -> {
                    SignInCounter current = counters.findForUpdate(List.of(budgeted.key())).get(budgeted.key());
                    if (current != null && current.lockEndedAt(now)) {
                        counters.forget(budgeted.key());
                        acts.record(Actor.system(), act(budgeted.lockAction() + ".unlock",
                                budgeted.ofLogin() ? subject : Optional.empty()));
                    }
                });
                kept.remove(budgeted.key());
            }
        }
        return kept;
    }

    /** Why an attempt is refused before its password is checked, if it is. */
    private Optional<String> early(List<Budgeted> budgets, Map<String, SignInCounter> counted, Instant now) {
        Optional<String> reason = Optional.empty();
        for (Budgeted budgeted : budgets) {
            SignInCounter counter = counted.get(budgeted.key());
            if (counter == null || counter.forgottenAt(now, limits)) {
                continue;
            }
            if (counter.lockedAt(now)) {
                return Optional.of(LOCKED);
            }
            if (counter.waitingAt(now, limits, budgeted.budget())) {
                reason = Optional.of(THROTTLED);
            }
        }
        return reason;
    }

    /**
     * Counts a refusal under every budget and journals it (and a lockout it causes). Returns
     * whether the login or the address is locked now.
     */
    private boolean refuse(List<Budgeted> budgets, Instant now, Optional<String> subject, String reason) {
        boolean locked = transactions.inTransaction(() -> {
            Map<String, SignInCounter> current = counters.findForUpdate(keys(budgets));
            boolean any = false;
            for (Budgeted budgeted : budgets) {
                SignInCounter before = current.get(budgeted.key());
                SignInCounter after = before == null
                        ? SignInCounter.first(budgeted.key(), now, limits, budgeted.budget())
                        : before.refusedAt(now, limits, budgeted.budget());
                counters.save(after);
                if (after.lockedAt(now) && (before == null || !before.lockedAt(now))) {
                    acts.record(Actor.system(), act(budgeted.lockAction() + ".lock",
                            budgeted.ofLogin() ? subject : Optional.empty()));
                }
                any |= after.lockedAt(now);
            }
            counters.forgetOlderThan(now.minus(limits.forgetAfter()));
            return any;
        });
        acts.recordRefusal(ANONYMOUS, act("account.sign-in", subject), reason);
        return locked;
    }

    private static Act act(String action, Optional<String> subject) {
        return new Act(action, SIGN_IN, subject, Optional.empty());
    }

    /** A hash of a random password made like real ones, to check unknown logins against. */
    private String dummyHash() {
        String hash = dummyHash;
        if (hash == null) {
            synchronized (this) {
                hash = dummyHash;
                if (hash == null) {
                    char[] random = new char[24];
                    java.security.SecureRandom source = new java.security.SecureRandom();
                    for (int i = 0; i < random.length; i++) {
                        random[i] = (char) ('a' + source.nextInt(26));
                    }
                    hash = passwords.hash(random);
                    dummyHash = hash;
                }
            }
        }
        return hash;
    }

    static String loginKey(Login login) {
        return "login:" + digest(login.value());
    }

    private static String digest(String value) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /**
     * Opens the first platform administrator of an installation, from its configuration,
     * only when it has no account yet. Returns the account when one was opened.
     */
    public Optional<Account> openFirstAdministrator(Account administrator, char[] password) {
        if (!administrator.actor().isPlatformAdministrator()) {
            throw new InvalidInputException(Problem.general("account.first.not-administrator"));
        }
        return transactions.inTransaction(() -> {
            if (accounts.count(Optional.empty()) > 0) {
                return Optional.<Account>empty();
            }
            return Optional.of(open(Actor.system(), administrator, Optional.of(password)));
        });
    }

    /**
     * The account, for a platform administrator or the account itself. A read by anyone but the
     * account itself is journaled (a person reading their own account, as the application does at
     * each request, is not).
     */
    public Account find(Actor actor, AccountId id) {
        boolean self = actor.id().equals(id.toString());
        AccessDecision decision = self ? new AccessDecision.Allowed() : AccessPolicy.administerPlatform(actor);
        Act act = Act.on("account.read", RECORD, id);
        acts.refuseUnless(decision, actor, act);
        return transactions.inTransaction(() -> {
            Account account = accounts.find(id).orElseThrow(() -> notFound(id));
            if (!self) {
                acts.record(actor, act);
            }
            return account;
        });
    }

    /**
     * The display names of accounts, to say who did what in a journal: platform
     * administrators and coordinators may read them. Unknown ids are left out; each name read is
     * journaled.
     */
    public java.util.Map<AccountId, String> displayNames(Actor actor, java.util.Collection<AccountId> ids) {
        acts.refuseUnless(namesDecision(actor), actor, Act.general("account.names", RECORD));
        return transactions.inTransaction(() -> {
            java.util.Map<AccountId, String> names = new java.util.HashMap<>();
            ids.forEach(id -> accounts.find(id).ifPresent(account -> names.put(id, account.displayName())));
            names.keySet().forEach(id -> acts.record(actor, Act.on("account.names", RECORD, id)));
            return names;
        });
    }

    /**
     * The id of the account with this login, for platform administrators and coordinators; the
     * account found is journaled.
     */
    public Optional<AccountId> idOf(Actor actor, Login login) {
        acts.refuseUnless(namesDecision(actor), actor, Act.general("account.names", RECORD));
        return transactions.inTransaction(() -> {
            Optional<AccountId> id = accounts.findByLogin(login).map(Account::id);
            id.ifPresent(found -> acts.record(actor, Act.on("account.names", RECORD, found)));
            return id;
        });
    }

    /**
     * Who may appear in a territory's journal, to choose one by name or login: the accounts
     * holding a grant on {@code territory} (its coordinators and platform administrators), or
     * every account (platform administrators, without a territory). At most 500, by login.
     */
    public List<Person> people(Actor actor, Optional<io.github.clvss.core.access.TerritoryId> territory) {
        return people(actor, territory, Optional.empty(), new PageRequest(0, PEOPLE_MAX));
    }

    /**
     * A page of who may appear in a territory's journal (as {@link #people(Actor, Optional)}),
     * those whose login or name contains {@code search} (any case), by login, searched and paged
     * in the database.
     */
    public List<Person> people(Actor actor, Optional<io.github.clvss.core.access.TerritoryId> territory,
            Optional<String> search, PageRequest page) {
        AccessDecision decision = territory.map(t -> AccessPolicy.readJournal(actor, t))
                .orElseGet(() -> AccessPolicy.administerPlatform(actor));
        Act act = territory.map(t -> Act.onTerritory("account.names", RECORD, t))
                .orElseGet(() -> Act.general("account.names", RECORD));
        return acts.perform(actor, act, decision, () -> {
            List<Account> found = territory.map(t -> accounts.onTerritory(t, search, page))
                    .orElseGet(() -> accounts.list(search, page));
            return found.stream().map(a -> new Person(a.id(), a.login(), a.displayName())).toList();
        });
    }

    /**
     * An account as others see it in a journal: no grants, no password, no email.
     *
     * @param id the account's id (the actor id of its acts)
     * @param login its login
     * @param displayName its name
     */
    public record Person(AccountId id, Login login, String displayName) {

        public Person {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(login, "login");
            Objects.requireNonNull(displayName, "displayName");
        }
    }

    private static final int PEOPLE_MAX = 500;

    private static AccessDecision namesDecision(Actor actor) {
        boolean coordinator = actor.grants().stream().anyMatch(g -> g.role() == io.github.clvss.core.access.Role.COORDINATOR);
        return actor.isPlatformAdministrator() || coordinator
                ? new AccessDecision.Allowed() : new AccessDecision.Refused(AccessPolicy.COORDINATOR_ONLY);
    }

    /** A page of accounts (platform administrators); the read is journaled. */
    public List<Account> list(Actor actor, Optional<String> search, PageRequest page) {
        Act act = Act.general("account.list", RECORD);
        return acts.perform(actor, act, AccessPolicy.administerPlatform(actor), () -> accounts.list(search, page));
    }

    /** How many accounts match (platform administrators). */
    public long count(Actor actor, Optional<String> search) {
        acts.refuseUnless(AccessPolicy.administerPlatform(actor), actor,
                Act.general("account.list", RECORD));
        return accounts.count(search);
    }

    private Account change(Actor actor, AccountId id, long expectedVersion, String action, UnaryOperator<Account> change) {
        Act act = Act.on(action, RECORD, id);
        return acts.perform(actor, act, AccessPolicy.administerPlatform(actor), () -> {
            Account current = accounts.find(id).orElseThrow(() -> notFound(id));
            Versions.expect(current.version(), expectedVersion, RECORD, id);
            Account stored = accounts.update(change.apply(current));
            return stored;
        });
    }

    private String hash(char[] password) {
        try {
            return passwords.hash(password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static NotFoundException notFound(AccountId id) {
        return new NotFoundException(Problem.general("account.not-found", id));
    }
}
