/** Measured scripts: how fast and how light vss-core is, printed as a report. */
@NullMarked
package io.github.clvss.examples.bench;

import org.jspecify.annotations.NullMarked;
