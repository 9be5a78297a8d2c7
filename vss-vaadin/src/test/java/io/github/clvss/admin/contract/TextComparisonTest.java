package io.github.clvss.admin.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clvss.admin.contract.TextComparison.Change;
import io.github.clvss.admin.contract.TextComparison.Part;
import io.github.clvss.admin.contract.TextComparison.Row;
import io.github.clvss.core.contract.Axis;
import io.github.clvss.core.contract.Commitment;
import io.github.clvss.core.contract.ContractModel;
import io.github.clvss.core.contract.ContractText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextComparisonTest {

    private final ContractText model = ContractModel.clvss("Vézelay");

    private static Row commitment(List<Row> rows, String id) {
        return rows.stream().filter(r -> r.part() == Part.COMMITMENT && r.ref().equals(id)).findFirst().orElseThrow();
    }

    private static ContractText withAxes(ContractText text, List<Axis> axes) {
        return new ContractText(text.preamble(), text.references(), axes, text.annexes());
    }

    @Test
    void the_same_text_has_no_change() {
        List<Row> rows = TextComparison.compare(model, model, r -> r.title());
        assertThat(TextComparison.changed(rows)).isFalse();
        assertThat(rows).filteredOn(r -> r.part() == Part.COMMITMENT).hasSize(model.commitments().size());
    }

    @Test
    void a_reworded_commitment_is_changed_by_its_id_and_shows_both_wordings() {
        List<Axis> axes = new ArrayList<>(model.axes());
        Axis first = axes.getFirst();
        List<Commitment> commitments = new ArrayList<>(first.commitments());
        commitments.set(1, new Commitment("1.2", "Nouvelle rédaction."));
        axes.set(0, new Axis(first.number(), first.title(), commitments));

        List<Row> rows = TextComparison.compare(model, withAxes(model, axes), r -> r.title());

        Row row = commitment(rows, "1.2");
        assertThat(row.change()).isEqualTo(Change.CHANGED);
        assertThat(row.before()).isEqualTo(model.commitment("1.2").orElseThrow().text());
        assertThat(row.after()).isEqualTo("Nouvelle rédaction.");
        assertThat(rows).filteredOn(r -> r.change() != Change.SAME).hasSize(1);
    }

    @Test
    void a_commitment_moved_to_another_axis_is_moved_one_added_is_added_one_removed_is_removed() {
        List<Axis> axes = new ArrayList<>(model.axes());
        Axis first = axes.get(0);
        Axis second = axes.get(1);
        Commitment moved = first.commitments().get(2);
        axes.set(0, new Axis(first.number(), first.title(), first.commitments().subList(0, 2)));
        List<Commitment> secondCommitments = new ArrayList<>(second.commitments());
        secondCommitments.removeLast();
        secondCommitments.add(moved);
        secondCommitments.add(new Commitment("2.9", "Un engagement nouveau."));
        axes.set(1, new Axis(second.number(), second.title(), secondCommitments));

        List<Row> rows = TextComparison.compare(model, withAxes(model, axes), r -> r.title());

        assertThat(commitment(rows, "1.3").change()).isEqualTo(Change.MOVED);
        assertThat(commitment(rows, "2.9").change()).isEqualTo(Change.ADDED);
        assertThat(commitment(rows, "2.9").before()).isEmpty();
        assertThat(commitment(rows, "2.2").change()).isEqualTo(Change.REMOVED);
        assertThat(commitment(rows, "2.2").after()).isEmpty();
        assertThat(commitment(rows, "1.1").change()).isEqualTo(Change.SAME);
    }

    @Test
    void a_renamed_axis_is_changed_and_a_new_axis_is_added() {
        List<Axis> axes = new ArrayList<>(model.axes());
        Axis third = axes.get(2);
        axes.set(2, new Axis(third.number(), "Communication coordonnée", third.commitments()));
        axes.add(new Axis(Optional.of(4), "Formation des professionnels", List.of(new Commitment("4.1", "Former."))));

        List<Row> rows = TextComparison.compare(model, withAxes(model, axes), r -> r.title());

        assertThat(rows).filteredOn(r -> r.part() == Part.AXIS && r.ref().equals("3")).singleElement()
                .satisfies(r -> assertThat(r.change()).isEqualTo(Change.CHANGED));
        assertThat(rows).filteredOn(r -> r.part() == Part.AXIS && r.ref().equals("4")).singleElement()
                .satisfies(r -> assertThat(r.change()).isEqualTo(Change.ADDED));
        assertThat(commitment(rows, "3.1").change()).isEqualTo(Change.SAME);
    }
}
