package io.github.clvss.core.indicator;

/** Which way an indicator should move. */
public enum Direction {
    /** More is better (e.g. people trained, meetings held). */
    HIGHER_IS_BETTER,
    /** Less is better (e.g. a waiting time). */
    LOWER_IS_BETTER,
    /**
     * Neither: a rise may be good or bad news (e.g. facts recorded by the police, which rise
     * when victims speak more as well as when violence grows).
     */
    NEUTRAL
}
