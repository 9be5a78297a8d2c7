package io.github.clvss.core.referral;

import java.util.Objects;

/**
 * Sending the person to a partner, a resource or a national number.
 *
 * @param target where: a national number ({@code tel:3919}, {@code sms:114}), a kind of service a
 *     town's circuits name locally ({@code service:forensic-unit}), {@code partner:<id>} or
 *     {@code resource:<id>}
 * @param urgency how soon
 * @param channel how: {@code phone}, {@code sms}, {@code visit}, {@code web}
 * @param reason the text code of why, e.g. {@code referral.couple.3919}
 * @param rule the id of the rule that made it
 */
public record Referral(String target, Urgency urgency, String channel, String reason, String rule) {

    public Referral {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(urgency, "urgency");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(rule, "rule");
    }
}
