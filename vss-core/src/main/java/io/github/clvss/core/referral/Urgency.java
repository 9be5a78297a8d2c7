package io.github.clvss.core.referral;

/** How soon a referral must happen, most urgent first. */
public enum Urgency {
    /** Now. */
    IMMEDIATE,
    /** Within 24 hours. */
    WITHIN_24_HOURS,
    /** Within days. */
    WITHIN_DAYS,
    /** When the person wishes. */
    WHEN_THE_PERSON_WISHES
}
