package io.github.clvss.admin;

import org.junit.jupiter.api.Test;

/** The partner's user reads only words on every screen, in French and in English, and each passes axe. */
class PartnerWordsIT extends OnlyWords {

    @Test
    void a_partner_reads_only_words_on_every_screen_in_french_and_english_and_each_passes_axe() {
        walk("hopital", "demo-hopital-vss");
    }
}
