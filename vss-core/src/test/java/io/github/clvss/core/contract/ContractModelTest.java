package io.github.clvss.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContractModelTest {

    @Test
    void the_model_text_is_valid_as_it_stands_and_names_the_town() {
        ContractText text = ContractModel.clvss("Vézelay");
        assertThat(text.problems("$")).isEmpty();
        assertThat(text.preamble()).contains("Vézelay").doesNotContain("Boulogne");
        assertThat(text.annexes()).anySatisfy(annex -> assertThat(annex.text()).contains("Vézelay"));
    }

    @Test
    void the_model_has_the_three_numbered_commitments_then_the_broader_objectives() {
        ContractText text = ContractModel.clvss("Vézelay");
        assertThat(text.axes()).extracting(Axis::number)
                .containsExactly(Optional.of(1), Optional.of(2), Optional.of(3), Optional.empty());
        assertThat(text.commitments()).extracting(Commitment::id)
                .containsExactly("1.1", "1.2", "1.3", "2.1", "2.2", "3.1", "obj-1", "obj-2", "obj-3");
        assertThat(text.references()).isNotEmpty();
    }
}
