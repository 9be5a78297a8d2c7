package io.github.clvss.core.followup;

/**
 * How an invited partner attended a meeting.
 *
 * <p>An institution <em>attends</em> when it is {@link #PRESENT} or {@link #REPRESENTED}: the
 * contract has institutions meet, not persons, and an institution that sends a delegate in
 * place of its signatory (a deputy, a service head) takes part in the meeting. Excused and
 * absent institutions do not attend.
 */
public enum Attendance {
    /** Its signatory or its référent was there. */
    PRESENT,
    /** Someone else was there on its behalf. */
    REPRESENTED,
    /** It sent its apologies. */
    EXCUSED,
    /** It was not there and said nothing. */
    ABSENT;

    /** Whether the institution took part in the meeting: present or represented. */
    public boolean attended() {
        return this == PRESENT || this == REPRESENTED;
    }
}
