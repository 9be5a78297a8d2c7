package io.github.clvss.admin.base;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.function.BooleanSupplier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Views tested without a browser, on the demo data, as a signed-in demo account. */
@SpringBootTest(properties = {"vss.data-dir=./target/view-test-data/${random.uuid}"})
@ActiveProfiles("demo")
public abstract class ViewTest extends SpringBrowserlessTest {

    /**
     * Opens a screen by its address, as a link from another feature would, and returns the view
     * shown (an error view where the person may not open it).
     */
    protected com.vaadin.flow.component.HasElement open(String route) {
        try {
            navigate(route, com.vaadin.flow.component.Component.class);
        } catch (RuntimeException | AssertionError refused) {
            // a refused navigation may throw or show an error view: either way, not the view
        }
        return getCurrentView();
    }

    /** The name of the class of the screen shown: a test of one feature cannot see another's views. */
    protected String screen() {
        return getCurrentView().getClass().getSimpleName();
    }

    /** Waits (up to 10 s) for work pushed from another thread to reach the screen. */
    public static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the screen did not change in time");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            com.vaadin.flow.server.VaadinSession session = com.vaadin.flow.server.VaadinSession.getCurrent();
            session.getService().runPendingAccessTasks(session);
            roundTrip();
        }
    }
}
