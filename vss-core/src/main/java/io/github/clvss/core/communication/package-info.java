/** The communication plan of a contract: campaigns, actions, key dates. */
@NullMarked
package io.github.clvss.core.communication;

import org.jspecify.annotations.NullMarked;
