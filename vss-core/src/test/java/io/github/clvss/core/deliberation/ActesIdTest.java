package io.github.clvss.core.deliberation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clvss.core.shared.InvalidInputException;
import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.territory.DepartmentCode;
import io.github.clvss.core.territory.Siren;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActesIdTest {

    @Test
    void the_seeds_identifier_reads_part_by_part_and_writes_back_the_same() {
        ActesId id = ActesId.parse("092-219200128-20230601-136597-DE-1-1", "$.actesId").orElseThrow();

        assertThat(id.department()).isEqualTo(new DepartmentCode("92"));
        assertThat(id.siren()).isEqualTo(new Siren("219200128"));
        assertThat(id.date()).isEqualTo(LocalDate.of(2023, 6, 1));
        assertThat(id.internalNumber()).isEqualTo("136597");
        assertThat(id.nature()).isEqualTo(ActesId.Nature.DE);
        assertThat(id.messageType()).contains("1-1");
        assertThat(id.value()).isEqualTo("092-219200128-20230601-136597-DE-1-1");
    }

    @Test
    void the_message_type_is_optional_and_corsica_and_overseas_departements_keep_their_three_characters() {
        assertThat(ActesId.parse(" 02A-219200128-20240115-D_2024_7-AR ", "$").orElseThrow().value())
                .isEqualTo("02A-219200128-20240115-D_2024_7-AR");
        ActesId reunion = ActesId.parse("974-219200128-20240229-12-DE", "$").orElseThrow();
        assertThat(reunion.department()).isEqualTo(new DepartmentCode("974"));
        assertThat(reunion.messageType()).isEmpty();
    }

    @Test
    void each_wrong_part_is_reported_with_its_own_code_and_the_whole_identifier_path() {
        Parsed<ActesId> parsed = ActesId.parse("92-219200127-20230631-136 597-XX-1-a", "$.transmission.actesId");

        assertThat(parsed.problems()).extracting(Problem::code)
                .containsExactly("actes.department", "actes.siren", "actes.date", "actes.internal", "actes.nature",
                        "actes.message-type");
        assertThat(parsed.problems()).allSatisfy(p -> assertThat(p.path()).contains("$.transmission.actesId"));
        assertThat(parsed.problems().getFirst().arguments()).containsExactly("92");
    }

    @Test
    void an_identifier_with_a_wrong_number_of_parts_is_refused_as_a_whole() {
        assertThat(ActesId.parse("092-219200128-20230601-DE", "$").problems()).extracting(Problem::code)
                .containsExactly("actes.format");
        assertThat(ActesId.parse("092-219200128-20230601-1-DE-1", "$").problems()).extracting(Problem::code)
                .containsExactly("actes.format");
    }

    @Test
    void lower_case_letters_and_an_unknown_departement_are_refused() {
        assertThat(ActesId.parse("092-219200128-20230601-abc-de", "$").problems()).extracting(Problem::code)
                .containsExactly("actes.internal", "actes.nature");
        assertThat(ActesId.parse("020-219200128-20230601-1-DE", "$").problems()).extracting(Problem::code)
                .containsExactly("actes.department");
        assertThat(ActesId.parse("092-219200128-20230601-1234567890123456-DE", "$").problems()).extracting(Problem::code)
                .containsExactly("actes.internal");
    }

    @Test
    void an_identifier_with_an_impossible_internal_number_cannot_be_constructed() {
        assertThatThrownBy(() -> new ActesId(new DepartmentCode("92"), new Siren("219200128"), LocalDate.of(2023, 6, 1),
                "no-dash", ActesId.Nature.DE, Optional.empty()))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new ActesId(new DepartmentCode("92"), new Siren("219200128"), LocalDate.of(2023, 6, 1),
                "1", ActesId.Nature.DE, Optional.of("one")))
                .isInstanceOf(InvalidInputException.class);
    }
}
