package io.github.clvss.admin;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The vss admin application: Spring Boot and Vaadin over vss-core. */
@SpringBootApplication
@org.springframework.scheduling.annotation.EnableScheduling
@ConfigurationPropertiesScan
public class VssAdminApplication {

    /** Starts the application. */
    public static void main(String[] args) {
        SpringApplication.run(VssAdminApplication.class, args);
    }
}
