/**
 * The victim's path: a pseudonymous follow-up that carries a simulator decision to the partners,
 * with the person's consent recorded per disclosure, handovers between partners followed from
 * sent to closed, who-sees-what rules, retention and anonymous statistics.
 *
 * <p>A path never holds a name, an address, a phone number or a date of birth: a random
 * reference the professional gives the person, the facts of the {@link io.github.clvss.core.referral.Situation}
 * and the {@link io.github.clvss.core.referral.Decision} they produced. A handover to a partner
 * needs consent covering that partner, unless the professional names a legal exception the
 * decision itself gives (an override, journaled with its ground).
 */
@NullMarked
package io.github.clvss.core.path;

import org.jspecify.annotations.NullMarked;
