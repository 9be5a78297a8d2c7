package io.github.clvss.core.internal.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DatabaseRefusalTest {

    @Test
    void a_refused_duplicate_names_its_constraint_and_state_but_not_the_value() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID(), "sa", "");
                Statement statement = connection.createStatement()) {
            statement.execute("create table person (login varchar(50), constraint person_login_uk unique (login))");
            statement.execute("insert into person values ('jean.dupont')");

            SQLException refused = catchThrowableOfType(SQLException.class,
                    () -> statement.execute("insert into person values ('jean.dupont')"));

            assertThat(DatabaseRefusal.of(new RuntimeException("wrapped", refused)).getMessage())
                    .startsWith("SQL state 23505: ")
                    .containsIgnoringCase("PERSON_LOGIN_UK")
                    .doesNotContain("jean.dupont");
        }
    }

    @Test
    void a_refused_check_names_its_constraint() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID(), "sa", "");
                Statement statement = connection.createStatement()) {
            statement.execute("create table probe (outcome varchar(20), constraint probe_outcome_ck check (outcome in ('DONE')))");

            SQLException refused = catchThrowableOfType(SQLException.class,
                    () -> statement.execute("insert into probe values ('secret value')"));

            assertThat(DatabaseRefusal.of(refused).getMessage())
                    .startsWith("SQL state 23513: ")
                    .containsIgnoringCase("PROBE_OUTCOME_CK")
                    .doesNotContain("secret value");
        }
    }

    @Test
    void the_values_postgresql_gives_in_its_detail_line_are_dropped() {
        assertThat(DatabaseRefusal.withoutValues("""
                ERROR: duplicate key value violates unique constraint "vss_account_login_uk"
                  Detail: Key (login)=(jean.dupont) already exists."""))
                .isEqualTo("ERROR: duplicate key value violates unique constraint \"vss_account_login_uk\"");
    }
}
