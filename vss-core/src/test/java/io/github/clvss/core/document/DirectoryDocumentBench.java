package io.github.clvss.core.document;

import io.github.clvss.core.DemoTerritory;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.partner.Partner;
import io.github.clvss.core.partner.Referent;
import io.github.clvss.core.partner.ReferentDetails;
import io.github.clvss.core.shared.EmailAddress;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.PhoneNumber;
import io.github.clvss.core.shared.Provenance;
import java.util.List;
import java.util.Optional;

/**
 * An informal timing of the document unique's PDF (not a test, never run by {@code verify}):
 * the demo territory with {@code n} référents spread over its partners, rendered a few times.
 * Run: {@code java -cp <test classpath> io.github.clvss.core.document.DirectoryDocumentBench 100 1000}.
 */
final class DirectoryDocumentBench {

    private DirectoryDocumentBench() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("rounds", 4);
        for (String arg : args.length == 0 ? new String[] {"100", "1000"} : args) {
            int n = Integer.parseInt(arg);
            try (DemoTerritory demo = withReferents(n)) {
                var documents = demo.vss().documents();
                for (int round = 1; round <= rounds; round++) {
                    long start = System.nanoTime();
                    RenderedDocument html = documents.directory(Actor.system(), demo.contract().id(), Language.FR);
                    long rendered = System.nanoTime();
                    byte[] pdf = documents.renderer().pdf(html);
                    long done = System.nanoTime();
                    System.out.printf("referents=%d round=%d html=%d ms pdf=%d ms total=%d ms size=%d KB%n", n, round,
                            (rendered - start) / 1_000_000, (done - rendered) / 1_000_000, (done - start) / 1_000_000,
                            pdf.length / 1024);
                    if (System.getProperty("out") != null) {
                        java.nio.file.Files.write(java.nio.file.Path.of(System.getProperty("out") + "-" + n + ".pdf"), pdf);
                    }
                }
            }
        }
    }

    /** The demo territory with {@code n} more référents, round robin over the contract's partners. */
    static DemoTerritory withReferents(int n) {
        DemoTerritory demo = DemoTerritory.load();
        appointReferents(demo, n);
        return demo;
    }

    /**
     * Appoints {@code n} demo référents, round robin over the contract's partners: référent
     * {@code i} is named {@code Référente i (démo)}, reached at {@link #phone(int)} and
     * {@code referente.i@example.org}.
     */
    static void appointReferents(DemoTerritory demo, int n) {
        List<Partner> all = demo.vss().partners().list(Actor.system(), demo.contract().id(), PageRequest.first(500));
        // -Dpartners=1 puts every référent under one partner (one section many pages long)
        List<Partner> partners = all.subList(0, Math.min(all.size(), Integer.getInteger("partners", all.size())));
        for (int i = 0; i < n; i++) {
            Partner partner = partners.get(i % partners.size());
            demo.vss().referents().appoint(Actor.system(), Referent.appoint(demo.vss().clock(), partner.id(), partner.territory(),
                    new ReferentDetails("Référente " + i + " (démo)", "Chargée de mission, cellule " + (i % 17),
                            Optional.of(phone(i)), Optional.of(new EmailAddress("referente." + i + "@example.org")),
                            Optional.of("Du lundi au vendredi, 9 h – 17 h")),
                    Optional.empty(), false, Provenance.DEMO));
        }
    }

    static PhoneNumber phone(int i) {
        return new PhoneNumber("+3314" + String.format("%07d", i));
    }
}
