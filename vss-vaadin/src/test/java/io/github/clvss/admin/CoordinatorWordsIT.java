package io.github.clvss.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The coordinator reads only words on every screen, in French and in English, and each passes axe. */
class CoordinatorWordsIT extends OnlyWords {

    @Test
    void the_coordinator_reads_only_words_on_every_screen_in_french_and_english_and_each_passes_axe() {
        walk("coordination", "demo-coordination");
    }

    @Test
    void the_public_help_page_of_an_unknown_town_says_so_in_words_with_a_title() {
        browser = new Browser(port);
        browser.open("/aide/99999");
        String text = text();
        assertThat(browser.driver().getTitle()).isNotBlank();
        assertThat(text).contains("Page introuvable");
        browser.open("/aide/99999?lang=en");
        assertThat(browser.driver().getTitle()).isNotBlank();
        assertThat(text()).contains("Page not found");
    }
}
