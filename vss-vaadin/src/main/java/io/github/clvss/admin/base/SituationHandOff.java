package io.github.clvss.admin.base;

import com.vaadin.flow.server.VaadinSession;
import io.github.clvss.core.referral.Situation;
import java.util.Optional;

/**
 * Carries the situation a professional just described in the simulator to the screen that opens
 * a victim's path from it, in their own session (features do not import each other, and facts
 * about a person never travel in an address). Forgotten once the path is opened.
 */
public final class SituationHandOff {

    private static final String KEY = SituationHandOff.class.getName();

    private SituationHandOff() {
    }

    /** Keeps the situation for the next screen of this session. */
    public static void give(Situation situation) {
        VaadinSession.getCurrent().setAttribute(KEY, situation);
    }

    /** The situation given, if any. */
    public static Optional<Situation> find() {
        VaadinSession session = VaadinSession.getCurrent();
        Object kept = session == null ? null : session.getAttribute(KEY);
        return kept instanceof Situation situation ? Optional.of(situation) : Optional.empty();
    }

    /** Forgets the situation given (once a path is opened from it). */
    public static void forget() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(KEY, null);
        }
    }
}
