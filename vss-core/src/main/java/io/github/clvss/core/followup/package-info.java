/**
 * The follow-up of a contract's commitments: actions under each commitment (lead partner,
 * deadline, status, progress, evidence and the history of every change), the recurring
 * obligations a commitment carries ("at least once a year, all signatory institutions meet")
 * and their compliance, and the meetings — the yearly comité de pilotage and others — with
 * their attendance, minutes, decisions and invitation.
 */
@NullMarked
package io.github.clvss.core.followup;

import org.jspecify.annotations.NullMarked;
