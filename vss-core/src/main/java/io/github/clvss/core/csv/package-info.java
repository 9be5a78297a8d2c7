/** Adapter: spreadsheets in and out (streaming CSV import with limits, and the one formula-safe CSV writer). */
@NullMarked
package io.github.clvss.core.csv;

import org.jspecify.annotations.NullMarked;
