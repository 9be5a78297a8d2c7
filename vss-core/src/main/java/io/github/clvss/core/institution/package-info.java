/** Institutions shared across territories: préfecture, parquet, hospital, association… */
@NullMarked
package io.github.clvss.core.institution;

import org.jspecify.annotations.NullMarked;
