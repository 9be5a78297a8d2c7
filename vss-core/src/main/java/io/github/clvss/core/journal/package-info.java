/** The append-only audit journal: who did (or was refused) what, when, on which record. */
@NullMarked
package io.github.clvss.core.journal;

import org.jspecify.annotations.NullMarked;
