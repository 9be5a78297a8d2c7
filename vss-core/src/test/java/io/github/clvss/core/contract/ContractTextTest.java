package io.github.clvss.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clvss.core.DemoContractText;
import io.github.clvss.core.shared.Problem;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContractTextTest {

    private final ContractText seed = DemoContractText.boulogne();

    @Test
    void the_seed_contracts_text_has_no_problem() {
        assertThat(seed.problems("$")).isEmpty();
    }

    @Test
    void the_seed_text_has_its_three_numbered_actions_then_its_broader_objectives_without_a_number() {
        assertThat(seed.axes()).extracting(Axis::number)
                .containsExactly(Optional.of(1), Optional.of(2), Optional.of(3), Optional.empty());
        assertThat(seed.axes().get(3).title()).startsWith("Plus largement");
        assertThat(seed.commitments()).extracting(Commitment::id)
                .containsExactly("1.1", "1.2", "1.3", "2.1", "2.2", "obj-1", "obj-2", "obj-3");
        assertThat(seed.commitment("1.1").orElseThrow().text()).startsWith("La rencontre, au moins une fois par an");
        assertThat(seed.commitment("4.1")).isEmpty();
    }

    @Test
    void the_seed_text_cites_the_three_laws_with_their_number_and_date_and_the_istanbul_convention() {
        assertThat(seed.references()).filteredOn(r -> r.kind() == LegalReference.Kind.LAW)
                .extracting(r -> r.number().orElseThrow() + " " + r.date().orElseThrow())
                .containsExactly("2010-769 2010-07-09", "2019-1480 2019-12-28", "2020-936 2020-07-30");
        assertThat(seed.references()).filteredOn(r -> r.kind() == LegalReference.Kind.CONVENTION).singleElement()
                .satisfies(c -> {
                    assertThat(c.title()).contains("Conseil de l’Europe", "1er août 2014");
                    assertThat(c.number()).isEmpty();
                });
        assertThat(seed.preamble()).contains("+38,4% de faits en 2022", "Cet engagement se décline par les actions suivantes");
    }

    @Test
    void a_commitment_id_used_twice_in_the_contract_is_reported_where_it_is_used_again() {
        ContractText text = withAxes(
                new Axis(Optional.of(1), "Échanges", List.of(new Commitment("1.1", "Se réunir"))),
                new Axis(Optional.of(2), "Rôles", List.of(new Commitment("1.1", "Un document unique"))));

        assertThat(text.problems("$")).extracting(p -> p.code() + "@" + p.path().orElseThrow() + p.arguments())
                .containsExactly("contract.commitment.id.duplicate@$.axes[1].commitments[0].id[1.1, $.axes[0].commitments[0]]");
    }

    @Test
    void a_commitment_id_must_be_short_letters_digits_dots_and_hyphens() {
        for (String good : List.of("1", "1.2", "obj-1", "A_3", "x".repeat(20))) {
            assertThat(Commitment.wellFormed(good)).as(good).isTrue();
        }
        for (String bad : List.of("", " 1.1", "1.", "-1", "1 2", "é1", "x".repeat(21))) {
            assertThat(Commitment.wellFormed(bad)).as(bad).isFalse();
        }
        ContractText text = withAxes(new Axis(Optional.empty(), "Objectifs", List.of(new Commitment("obj 1", "Connaître"))));
        assertThat(codes(text)).containsExactly("contract.commitment.id.invalid");
    }

    @Test
    void titles_and_commitments_must_not_be_blank_but_an_annex_may_have_no_text() {
        ContractText text = new ContractText("", List.of(new LegalReference(LegalReference.Kind.LAW, " ", Optional.of(""),
                Optional.empty())), List.of(new Axis(Optional.of(1), "", List.of(new Commitment("1.1", "  ")))),
                List.of(new Annex("", ""), new Annex("Annexe 2", "")));

        assertThat(text.problems("$.text")).extracting(p -> p.code() + "@" + p.path().orElseThrow()).containsExactly(
                "contract.text.blank@$.text.references[0].title",
                "contract.text.blank@$.text.references[0].number",
                "contract.text.blank@$.text.axes[0].title",
                "contract.text.blank@$.text.axes[0].commitments[0].text",
                "contract.text.blank@$.text.annexes[0].title");
        assertThat(text.problems("$")).allMatch(Problem::isError);
    }

    @Test
    void lengths_and_counts_are_bounded() {
        Commitment tooLong = new Commitment("1.1", "x".repeat(Commitment.TEXT_MAX + 1));
        ContractText text = new ContractText("p".repeat(ContractText.LONG_TEXT_MAX + 1), List.of(),
                List.of(new Axis(Optional.of(1), "t".repeat(ContractText.TITLE_MAX + 1), List.of(tooLong))),
                Collections.nCopies(ContractText.ITEMS_MAX + 1, new Annex("Annexe", "")));

        assertThat(text.problems("$")).extracting(p -> p.code() + "@" + p.path().orElseThrow()).containsExactly(
                "contract.text.too-long@$.preamble",
                "contract.text.too-long@$.axes[0].title",
                "contract.text.too-long@$.axes[0].commitments[0].text",
                "contract.text.too-many@$.annexes");
        ContractText atTheLimits = new ContractText("p".repeat(ContractText.LONG_TEXT_MAX), List.of(),
                List.of(new Axis(Optional.of(1), "t".repeat(ContractText.TITLE_MAX),
                        List.of(new Commitment("1.1", "x".repeat(Commitment.TEXT_MAX))))),
                Collections.nCopies(ContractText.ITEMS_MAX, new Annex("Annexe", "")));
        assertThat(atTheLimits.problems("$")).isEmpty();
    }

    @Test
    void axes_are_numbered_from_one_each_number_once_and_unnumbered_axes_are_many() {
        ContractText text = withAxes(new Axis(Optional.of(0), "Zéro", List.of()), new Axis(Optional.of(1), "Un", List.of()),
                new Axis(Optional.of(1), "Un encore", List.of()), new Axis(Optional.empty(), "Plus largement", List.of()),
                new Axis(Optional.empty(), "Et encore", List.of()));

        assertThat(text.problems("$")).extracting(p -> p.code() + "@" + p.path().orElseThrow()).containsExactly(
                "contract.axis.number.invalid@$.axes[0].number", "contract.axis.number.duplicate@$.axes[2].number");
    }

    @Test
    void an_empty_text_is_valid_and_empty_and_a_dated_reference_needs_no_number() {
        assertThat(ContractText.EMPTY.isEmpty()).isTrue();
        assertThat(ContractText.EMPTY.problems("$")).isEmpty();
        ContractText text = new ContractText("", List.of(new LegalReference(LegalReference.Kind.PLAN, "Plan 2023-2027",
                Optional.empty(), Optional.of(LocalDate.of(2023, 3, 8)))), List.of(), List.of());
        assertThat(text.isEmpty()).isFalse();
        assertThat(text.problems("$")).isEmpty();
    }

    private static ContractText withAxes(Axis... axes) {
        return new ContractText("Préambule", List.of(), List.of(axes), List.of());
    }

    private static List<String> codes(ContractText text) {
        return text.problems("$").stream().map(Problem::code).toList();
    }
}
