package io.github.clvss.core.referral;

/** A plug-in found by ServiceLoader in these tests: a night taxi to the shelter, and 115 raised to immediate. */
public final class TaxiToShelter implements ReferralRule {

    @Override
    public String id() {
        return "test.taxi";
    }

    @Override
    public String version() {
        return "3";
    }

    @Override
    public String legalBasis() {
        return "convention de test";
    }

    @Override
    public boolean appliesTo(Situation situation) {
        return situation.needsShelter();
    }

    @Override
    public void apply(Situation situation, DecisionBuilder decision) {
        decision.refer("resource:taxi", Urgency.WITHIN_24_HOURS, "phone", "test.taxi.reason")
                .refer("tel:115", Urgency.IMMEDIATE, "phone", "test.taxi.now");
    }
}
