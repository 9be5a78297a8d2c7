package io.github.clvss.examples.spring;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A Spring Boot application that embeds vss-core: its own table and Flyway migrations beside vss's
 * in one schema, and one {@code Vss} bean that vss-core's auto-configuration makes from the
 * application's data source. Run with {@code --spring.datasource.url=jdbc:h2:file:./host} or a
 * PostgreSQL URL (the Spring Boot modules are {@code provided} here: the vss command-line jar does
 * not carry them).
 */
@SpringBootApplication
public class HostApplication {

    /** Where the application's own migrations are; vss's are in vss-core's jar, under their own name. */
    static final String MIGRATIONS = "classpath:io/github/clvss/examples/spring/db";

    public static void main(String[] args) {
        start(args);
    }

    /** Starts the application; {@code args} as on the command line ({@code --spring.datasource.url=…}). */
    public static ConfigurableApplicationContext start(String... args) {
        SpringApplication application = new SpringApplication(HostApplication.class);
        application.setDefaultProperties(Map.of("spring.flyway.locations", MIGRATIONS,
                "spring.main.banner-mode", "off"));
        return application.run(args);
    }
}
