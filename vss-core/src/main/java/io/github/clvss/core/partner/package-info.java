/** A contract's partners and their référents (personal data). */
@NullMarked
package io.github.clvss.core.partner;

import org.jspecify.annotations.NullMarked;
