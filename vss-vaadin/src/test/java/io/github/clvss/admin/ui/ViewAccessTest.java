package io.github.clvss.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clvss.admin.security.SignedInAs;
import org.junit.jupiter.api.Test;

class ViewAccessTest extends ViewTest {

    @Test
    @SignedInAs("observation")
    void an_observer_opens_neither_the_journal_nor_the_accounts() {
        navigate(ContractOverviewView.class);
        assertThat(getCurrentView()).isInstanceOf(ContractOverviewView.class);

        assertThat(tryToOpen("journal")).isNotInstanceOf(JournalView.class);
        assertThat(tryToOpen("comptes")).isNotInstanceOf(AccountsView.class);
    }

    @Test
    @SignedInAs("coordination")
    void a_coordinator_opens_the_journal_but_not_the_accounts() {
        assertThat(tryToOpen("journal")).isInstanceOf(JournalView.class);
        assertThat(tryToOpen("comptes")).isNotInstanceOf(AccountsView.class);
    }

    private Object tryToOpen(String route) {
        try {
            navigate(route, com.vaadin.flow.component.Component.class);
        } catch (RuntimeException | AssertionError refused) {
            // a refused navigation may throw or show an error view: either way, not the view
        }
        return getCurrentView();
    }
}
