package io.github.clvss.admin.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.function.BooleanSupplier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Views tested without a browser, on the demo data, as a signed-in demo account. */
@SpringBootTest(properties = {"vss.data-dir=./target/view-test-data/${random.uuid}"})
@ActiveProfiles("demo")
abstract class ViewTest extends SpringBrowserlessTest {

    /** Waits (up to 10 s) for work pushed from another thread to reach the screen. */
    static void await(BooleanSupplier condition) {
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
