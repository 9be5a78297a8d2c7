package io.github.clvss.core;

import io.github.clvss.core.contract.Annex;
import io.github.clvss.core.contract.Axis;
import io.github.clvss.core.contract.Commitment;
import io.github.clvss.core.contract.ContractText;
import io.github.clvss.core.contract.LegalReference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The seed contract's text, as shipped in the demo resource, read with Jackson (tests only). */
public final class DemoContractText {

    /** Where the demo text is. */
    public static final String RESOURCE = "/io/github/clvss/core/demo/boulogne-contract-text-2023.json";

    private DemoContractText() {
    }

    /** The Boulogne-Billancourt contract's text of 2023. */
    public static ContractText boulogne() {
        JsonNode root = JsonMapper.builder().build().readTree(Fixtures.resource(RESOURCE));
        List<LegalReference> references = new ArrayList<>();
        for (JsonNode r : root.get("references")) {
            references.add(new LegalReference(LegalReference.Kind.valueOf(r.get("kind").asString()), r.get("title").asString(),
                    optional(r, "number"), optional(r, "date").map(LocalDate::parse)));
        }
        List<Axis> axes = new ArrayList<>();
        for (JsonNode a : root.get("axes")) {
            List<Commitment> commitments = new ArrayList<>();
            for (JsonNode c : a.get("commitments")) {
                commitments.add(new Commitment(c.get("id").asString(), c.get("text").asString()));
            }
            axes.add(new Axis(a.has("number") ? Optional.of(a.get("number").asInt()) : Optional.empty(),
                    a.get("title").asString(), commitments));
        }
        List<Annex> annexes = new ArrayList<>();
        for (JsonNode a : root.get("annexes")) {
            annexes.add(new Annex(a.get("title").asString(), a.get("text").asString()));
        }
        return new ContractText(root.get("preamble").asString(), references, axes, annexes);
    }

    private static Optional<String> optional(JsonNode node, String field) {
        return node.has(field) ? Optional.of(node.get(field).asString()) : Optional.empty();
    }
}
