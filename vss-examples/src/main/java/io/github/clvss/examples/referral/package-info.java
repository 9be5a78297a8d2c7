/**
 * An example referral plug-in: a town's own rule, found by {@link java.util.ServiceLoader}
 * through {@code META-INF/services/io.github.clvss.core.referral.ReferralRule}, with its own
 * texts in {@code rules.properties}.
 */
@NullMarked
package io.github.clvss.examples.referral;

import org.jspecify.annotations.NullMarked;
