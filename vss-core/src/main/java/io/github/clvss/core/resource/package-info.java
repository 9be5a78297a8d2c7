/** The registry of useful addresses for victims and professionals: national, departmental, local. */
@NullMarked
package io.github.clvss.core.resource;

import org.jspecify.annotations.NullMarked;
