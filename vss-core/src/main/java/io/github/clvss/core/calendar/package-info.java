/** Calendar feeds (iCalendar) of vss's dated records. */
@NullMarked
package io.github.clvss.core.calendar;

import org.jspecify.annotations.NullMarked;
