package io.github.clvss.admin.base;

import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.contract.Commitment;
import io.github.clvss.core.contract.Contract;
import java.util.List;
import java.util.Map;

/**
 * What the follow-up screens need to know about one contract of the current territory: its
 * text's commitments and its partners' names (tens, not a whole table). {@link ContractFrame}
 * gathers it.
 *
 * @param contract the contract
 * @param commitments its text's commitments by number
 * @param numbers each commitment's number as people read it: the text's own ("1.2"), or, in a
 *        part the text does not number, "objectif 2" (its rank there), never an internal key
 * @param partners its partners' names
 */
public record FollowUpContract(Contract contract, Map<String, Commitment> commitments, Map<String, String> numbers,
        Map<PartnerId, String> partners) {

    /** The partner's name, its identifier where the partner is not one of the contract's. */
    public String partner(PartnerId id) {
        return partners.getOrDefault(id, id.toString());
    }

    /** The commitments' numbers, in the text's order. */
    public List<String> commitmentIds() {
        return List.copyOf(commitments.keySet());
    }

    /** The commitment's number as people read it; the key itself for a commitment the text no longer has. */
    public String number(String id) {
        return numbers.getOrDefault(id, id);
    }

    /** The commitment's number and the start of its text. */
    public String commitment(String id) {
        Commitment found = commitments.get(id);
        return found == null ? number(id) : number(id) + " — " + shorten(found.text());
    }

    private static String shorten(String text) {
        return text.length() > 90 ? text.substring(0, 89) + "…" : text;
    }
}
