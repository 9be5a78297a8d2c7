package io.github.clvss.admin.path;

import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.admin.base.ContractFrame;
import java.text.Collator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The partners of a territory's contract by name, as the path screens show them: who sends a
 * path to whom. Read once per screen.
 */
@Component
class PartnerNames {

    private final ContractFrame frame;

    PartnerNames(ContractFrame frame) {
        this.frame = frame;
    }

    /** The partners of the territory's working contract (the one in force), by their institution's name, in alphabetical order. */
    Directory of(Actor actor, TerritoryId territory) {
        Map<PartnerId, String> names = new LinkedHashMap<>();
        frame.working(actor, territory).ifPresent(contract ->
                frame.partnerNames(actor, contract).entrySet().stream()
                        .sorted(Map.Entry.comparingByValue(Collator.getInstance(Locale.FRENCH)))
                        .forEach(e -> names.put(e.getKey(), e.getValue())));
        return new Directory(names);
    }

    /** Names by partner id. */
    record Directory(Map<PartnerId, String> names) {

        /** A partner's name; one that left the contract is named by nothing personal. */
        String name(PartnerId partner) {
            return names.getOrDefault(partner, "—");
        }

        /** Every partner but {@code except}, in alphabetical order. */
        java.util.List<PartnerId> others(java.util.Collection<PartnerId> except) {
            return names.keySet().stream().filter(p -> !except.contains(p)).toList();
        }
    }

}
