package io.github.clvss.core.account;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/** Port: where refused sign-ins are counted, shared by every instance using the database. */
public interface SignInCounters {

    /** The counters of these keys that exist, by key. */
    Map<String, SignInCounter> find(Collection<String> keys);

    /** The same, locking their rows until the caller's transaction ends (call it inside one). */
    Map<String, SignInCounter> findForUpdate(Collection<String> keys);

    /** Stores a counter, replacing the one of the same key. */
    void save(SignInCounter counter);

    /** Forgets the counter of {@code key}. */
    void forget(String key);

    /** Forgets every counter without a lockout whose last refusal is before {@code before}. */
    void forgetOlderThan(Instant before);
}
