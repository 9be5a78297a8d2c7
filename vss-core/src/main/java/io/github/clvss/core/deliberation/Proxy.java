package io.github.clvss.core.deliberation;

import java.util.Objects;

/**
 * A written proxy (pouvoir) for one deliberation: an absent member (mandant) gives another
 * member (mandataire) the power to vote in their name (CGCT L2121-20). Names are as the act
 * writes them, without the civility ({@code Monsieur}, {@code Mme}).
 *
 * @param giver the member who gave the proxy
 * @param holder the member who holds it
 */
public record Proxy(String giver, String holder) {

    public Proxy {
        Objects.requireNonNull(giver, "giver");
        Objects.requireNonNull(holder, "holder");
    }
}
