/**
 * Indicators of a contract's commitments and their measurements per period, the change
 * between periods, statistical disclosure control (small counts masked, with secondary
 * suppression) and the yearly diagnostic for the CLSPD built from them.
 */
@NullMarked
package io.github.clvss.core.indicator;

import org.jspecify.annotations.NullMarked;
