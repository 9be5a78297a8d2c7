package io.github.clvss.bench.bare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A bare Spring Boot web application: one page, the yardstick of the admin application's start-up. */
@SpringBootApplication
@RestController
public class BareApplication {

    /** Starts the application. */
    public static void main(String[] args) {
        SpringApplication.run(BareApplication.class, args);
    }

    /** The one page. */
    @GetMapping("/")
    String home() {
        return "bare";
    }
}
