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
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Accounts and their grants. Platform administrators manage them; a person changes their own
 * password; sign-in checks a login and password and journals the attempt.
 */
public final class AccountAdministration {

    static final String RECORD = "account";
    private static final Actor ANONYMOUS = new Actor("anonymous", Set.of());

    private final Accounts accounts;
    private final PasswordHashing passwords;
    private final Transactions transactions;
    private final Acts acts;

    /**
     * @param accounts where accounts are kept
     * @param passwords how passwords are hashed
     * @param transactions the transaction boundary
     * @param acts access checks and journal
     */
    public AccountAdministration(Accounts accounts, PasswordHashing passwords, Transactions transactions, Acts acts) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.passwords = Objects.requireNonNull(passwords, "passwords");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.acts = Objects.requireNonNull(acts, "acts");
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

    /** Sets a password: a platform administrator for anyone, a person for themself. */
    public Account setPassword(Actor actor, AccountId id, char[] password) {
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
            Account stored = accounts.update(current.withPasswordHash(hash));
            acts.record(actor, act);
            return stored;
        });
    }

    /**
     * Checks a sign-in. Returns the account when it exists, is enabled and the password
     * matches; journals the attempt (by account id, never by the login typed).
     */
    public Optional<Account> signIn(Login login, char[] password) {
        Optional<Account> account = accounts.findByLogin(login);
        boolean ok = account.filter(Account::enabled)
                .flatMap(Account::passwordHash)
                .filter(hash -> passwords.matches(password, hash))
                .isPresent();
        Act act = new Act("account.sign-in", RECORD, account.map(a -> a.id().toString()), Optional.empty());
        if (!ok) {
            acts.recordRefusal(ANONYMOUS, act, "account.sign-in.failed");
            return Optional.empty();
        }
        transactions.inTransaction(() -> {
            acts.record(account.orElseThrow().actor(), act);
            return null;
        });
        return account;
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

    private static AccessDecision namesDecision(Actor actor) {
        boolean coordinator = actor.grants().stream().anyMatch(g -> g.role() == io.github.clvss.core.access.Role.COORDINATOR);
        return actor.isPlatformAdministrator() || coordinator
                ? new AccessDecision.Allowed() : new AccessDecision.Refused(AccessPolicy.COORDINATOR_ONLY);
    }

    /** A page of accounts (platform administrators); the read is journaled. */
    public List<Account> list(Actor actor, Optional<String> search, PageRequest page) {
        Act act = Act.general("account.list", RECORD);
        acts.refuseUnless(AccessPolicy.administerPlatform(actor), actor, act);
        return transactions.inTransaction(() -> {
            List<Account> found = accounts.list(search, page);
            acts.record(actor, act);
            return found;
        });
    }

    /** How many accounts match (platform administrators). */
    public long count(Actor actor, Optional<String> search) {
        acts.refuseUnless(AccessPolicy.administerPlatform(actor), actor,
                Act.general("account.list", RECORD));
        return accounts.count(search);
    }

    private Account change(Actor actor, AccountId id, long expectedVersion, String action, UnaryOperator<Account> change) {
        Act act = Act.on(action, RECORD, id);
        acts.refuseUnless(AccessPolicy.administerPlatform(actor), actor, act);
        return transactions.inTransaction(() -> {
            Account current = accounts.find(id).orElseThrow(() -> notFound(id));
            Versions.expect(current.version(), expectedVersion, RECORD, id);
            Account stored = accounts.update(change.apply(current));
            acts.record(actor, act);
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
