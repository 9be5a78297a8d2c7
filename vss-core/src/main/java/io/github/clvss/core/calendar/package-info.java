/** Adapter: calendar feeds (iCalendar, with biweekly) of vss's dated records and meeting invitations. */
@NullMarked
package io.github.clvss.core.calendar;

import org.jspecify.annotations.NullMarked;
