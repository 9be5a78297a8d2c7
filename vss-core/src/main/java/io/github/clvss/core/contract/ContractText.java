package io.github.clvss.core.contract;

import io.github.clvss.core.shared.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The words of a contract: its preamble, the texts it cites, its axes and their commitments,
 * its annexes. A form fills it in progressively, so any text can be held; {@link #problems}
 * says what is wrong with it, and a text with errors is neither stored nor approved.
 *
 * @param preamble the preamble (may be empty)
 * @param references the texts the contract cites, in its order
 * @param axes its axes, in its order
 * @param annexes its annexes, in its order
 */
public record ContractText(String preamble, List<LegalReference> references, List<Axis> axes, List<Annex> annexes) {

    /** Longest accepted preamble or annex text. */
    public static final int LONG_TEXT_MAX = 20_000;
    /** Longest accepted title of a reference, an axis or an annex. */
    public static final int TITLE_MAX = 1000;
    /** Most references, axes, annexes, or commitments under one axis. */
    public static final int ITEMS_MAX = 100;

    /** A text with nothing in it yet: a new contract's. */
    public static final ContractText EMPTY = new ContractText("", List.of(), List.of(), List.of());

    public ContractText {
        Objects.requireNonNull(preamble, "preamble");
        references = List.copyOf(references);
        axes = List.copyOf(axes);
        annexes = List.copyOf(annexes);
    }

    /** Every commitment, axis by axis, in the contract's order. */
    public List<Commitment> commitments() {
        return axes.stream().flatMap(axis -> axis.commitments().stream()).toList();
    }

    /** The commitment with this id. */
    public Optional<Commitment> commitment(String id) {
        return commitments().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** Whether nothing has been written yet: no preamble, reference, axis or annex. */
    public boolean isEmpty() {
        return preamble.isBlank() && references.isEmpty() && axes.isEmpty() && annexes.isEmpty();
    }

    /**
     * What is wrong with this text, each problem at {@code path} plus the place in the text
     * (e.g. {@code $.axes[0].commitments[1].id}): blank titles, texts too long, too many items,
     * commitment ids ill-formed or used twice, axis numbers below 1 or used twice.
     */
    public List<Problem> problems(String path) {
        List<Problem> problems = new ArrayList<>();
        atMost(problems, preamble, LONG_TEXT_MAX, path + ".preamble");
        count(problems, references.size(), path + ".references");
        for (int i = 0; i < references.size(); i++) {
            LegalReference reference = references.get(i);
            String at = path + ".references[" + i + "]";
            title(problems, reference.title(), at + ".title");
            reference.number().ifPresent(number -> {
                required(problems, number, at + ".number");
                atMost(problems, number, LegalReference.NUMBER_MAX, at + ".number");
            });
        }
        count(problems, axes.size(), path + ".axes");
        Set<Integer> numbers = new HashSet<>();
        Map<String, String> ids = new HashMap<>();
        for (int i = 0; i < axes.size(); i++) {
            Axis axis = axes.get(i);
            String at = path + ".axes[" + i + "]";
            axis.number().ifPresent(number -> {
                if (number < 1) {
                    problems.add(Problem.error("contract.axis.number.invalid", at + ".number", number));
                } else if (!numbers.add(number)) {
                    problems.add(Problem.error("contract.axis.number.duplicate", at + ".number", number));
                }
            });
            title(problems, axis.title(), at + ".title");
            count(problems, axis.commitments().size(), at + ".commitments");
            for (int j = 0; j < axis.commitments().size(); j++) {
                Commitment commitment = axis.commitments().get(j);
                String place = at + ".commitments[" + j + "]";
                if (!Commitment.wellFormed(commitment.id())) {
                    problems.add(Problem.error("contract.commitment.id.invalid", place + ".id", commitment.id(),
                            Commitment.ID_MAX));
                } else if (ids.putIfAbsent(commitment.id(), place) != null) {
                    problems.add(Problem.error("contract.commitment.id.duplicate", place + ".id", commitment.id(),
                            ids.get(commitment.id())));
                }
                required(problems, commitment.text(), place + ".text");
                atMost(problems, commitment.text(), Commitment.TEXT_MAX, place + ".text");
            }
        }
        count(problems, annexes.size(), path + ".annexes");
        for (int i = 0; i < annexes.size(); i++) {
            String at = path + ".annexes[" + i + "]";
            title(problems, annexes.get(i).title(), at + ".title");
            atMost(problems, annexes.get(i).text(), LONG_TEXT_MAX, at + ".text");
        }
        return problems;
    }

    private static void title(List<Problem> problems, String title, String path) {
        required(problems, title, path);
        atMost(problems, title, TITLE_MAX, path);
    }

    private static void required(List<Problem> problems, String value, String path) {
        if (value.isBlank()) {
            problems.add(Problem.error("contract.text.blank", path));
        }
    }

    private static void atMost(List<Problem> problems, String value, int max, String path) {
        if (value.length() > max) {
            problems.add(Problem.error("contract.text.too-long", path, max, value.length()));
        }
    }

    private static void count(List<Problem> problems, int size, String path) {
        if (size > ITEMS_MAX) {
            problems.add(Problem.error("contract.text.too-many", path, ITEMS_MAX, size));
        }
    }
}
