package io.github.clvss.admin;

import org.junit.jupiter.api.Test;

/** The administrator reads only words on every screen, in French and in English, and each passes axe. */
class AdministratorWordsIT extends OnlyWords {

    @Test
    void the_administrator_reads_only_words_on_every_screen_in_french_and_english_and_each_passes_axe() {
        walk("admin", "demo-admin-vss");
    }
}
