package io.github.clvss.core.contractfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FileFormatTest {

    private final FileFormat format = new FileFormat();

    @Test
    void the_file_written_partner_by_partner_is_byte_for_byte_the_file_jackson_writes_as_one_value() {
        ContractData demo = format.read(ContractFiles.demoFile()).orElseThrow();

        String written = new String(format.write(demo), StandardCharsets.UTF_8);

        assertThat(demo.referents()).hasSizeGreaterThan(1);
        assertThat(written).isEqualTo(format.asOneValue(demo));
        assertThat(written).isEqualTo(new String(ContractFiles.demoFile(), StandardCharsets.UTF_8));
    }

    @Test
    void each_partners_referents_are_asked_for_once_while_the_file_is_written_and_land_under_their_partner() {
        ContractData demo = format.read(ContractFiles.demoFile()).orElseThrow();
        List<String> asked = new ArrayList<>();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

        format.write(demo, (partner, each) -> {
            asked.add(partner.toString());
            demo.referents().stream().filter(r -> r.partner().equals(partner))
                    .sorted(java.util.Comparator.comparing(r -> r.id().toString())).forEach(each);
        }, out);

        assertThat(asked).doesNotHaveDuplicates().hasSameSizeAs(demo.partners());
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(format.asOneValue(demo));
    }
}
