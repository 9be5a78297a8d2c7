package io.github.clvss.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PlainJavaTest {

    @Test
    void the_example_prints_the_demo_contract_as_its_coordinator_sees_it() {
        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            PlainJava.main(new String[0]);
        } finally {
            System.setOut(console);
        }

        assertThat(printed.toString(StandardCharsets.UTF_8).strip()).isEqualTo(
                "Boulogne-Billancourt : Contrat de mobilisation et de coordination locale sur les violences sexistes et sexuelles");
    }
}
