/** Each territory's branding: its name as shown, colours checked for contrast, and logo. */
@NullMarked
package io.github.clvss.core.branding;

import org.jspecify.annotations.NullMarked;
