package io.github.clvss.core.branding;

import static io.github.clvss.core.Fixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clvss.core.Fixtures;
import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.shared.AccessRefusedException;
import io.github.clvss.core.shared.ConflictException;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Provenance;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BrandingTest {

    /** A 1×1 PNG. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    @Test
    void a_brand_colour_must_be_readable_on_white() {
        assertThat(Colour.parse("#000091", "$").isValid()).isTrue();
        assertThat(Colour.parse("FFD700", "$.colour").problems())
                .extracting(Problem::code).containsExactly("colour.contrast");
        assertThat(new Colour("#595959").contrastWithWhite()).isGreaterThan(7.0);
        assertThat(Colour.parse("blue", "$").problems()).extracting(Problem::code).containsExactly("colour.format");
    }

    @Test
    void a_logo_is_recognised_by_its_bytes_and_svg_is_refused() {
        assertThat(Logo.parse(PNG, "$").orElseThrow().mediaType()).isEqualTo("image/png");
        assertThat(Logo.parse("<svg onload='alert(1)'/>".getBytes(), "$.logo").problems())
                .extracting(Problem::code).containsExactly("logo.type");
    }

    @Test
    void a_territorys_coordinator_sets_its_branding_and_everyone_on_the_territory_sees_it() {
        try (Vss vss = Vss.inMemory(CLOCK)) {
            TerritoryId boulogne = vss.territories().register(Actor.system(), Fixtures.boulogne(), Provenance.SEED).id();
            Actor coordinator = Fixtures.coordinatorOf(boulogne);

            Branding saved = vss.branding().save(coordinator, new Branding(boulogne, 0, Optional.empty(),
                    Optional.of(new Colour("#000091")), Optional.of(new Logo("image/png", PNG))));

            Branding shown = vss.branding().of(Fixtures.observerOf(boulogne), boulogne);
            assertThat(shown.applicationName()).isEmpty();
            assertThat(shown.colour()).contains(new Colour("#000091"));
            assertThat(shown.logo()).contains(new Logo("image/png", PNG));
            assertThat(saved.version()).isEqualTo(1);
            assertThatThrownBy(() -> vss.branding().save(coordinator, Branding.unset(boulogne)))
                    .isInstanceOf(ConflictException.class);
            assertThatThrownBy(() -> vss.branding().save(Fixtures.observerOf(boulogne), saved))
                    .isInstanceOf(AccessRefusedException.class);
        }
    }
}
