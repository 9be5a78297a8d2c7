package io.github.clvss.admin.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNav;
import io.github.clvss.admin.security.SignedInAs;
import org.junit.jupiter.api.Test;

/** "Page introuvable" and "Accès refusé" inside the usual frame for a signed-in person. */
class ErrorPagesTest extends ViewTest {

    @Test
    @SignedInAs("coordination")
    void an_unknown_address_says_page_introuvable_with_the_menu_and_the_header_around_it() {
        assertThat(open("nulle-part")).isInstanceOf(PageNotFound.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Page introuvable");
        assertThat(find(MainLayout.class).exists()).isTrue();
        assertThat(find(SideNav.class).exists()).as("the side menu").isTrue();
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Page introuvable");
    }

    @Test
    @SignedInAs("coordination")
    void a_page_the_coordinator_may_not_open_says_acces_refuse_with_the_menu_and_the_header_around_it() {
        assertThat(open("comptes")).isInstanceOf(PageRefused.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Accès refusé");
        assertThat(find(MainLayout.class).exists()).isTrue();
        assertThat(find(SideNav.class).exists()).as("the side menu").isTrue();
    }
}
