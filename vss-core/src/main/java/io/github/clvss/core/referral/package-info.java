/**
 * Referral: from the facts of a {@link io.github.clvss.core.referral.Situation} to a
 * {@link io.github.clvss.core.referral.Decision} — where to send the person, how urgently,
 * and what the law permits or requires about reporting, with the trace of every rule that
 * said so. Start with {@link io.github.clvss.core.referral.RuleSet#french()}; add plug-ins
 * through {@link io.github.clvss.core.referral.ReferralRule}.
 */
@NullMarked
package io.github.clvss.core.referral;

import org.jspecify.annotations.NullMarked;
