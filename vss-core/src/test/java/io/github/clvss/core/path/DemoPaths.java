package io.github.clvss.core.path;

import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.Grant;
import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.partner.Partner;
import io.github.clvss.core.referral.Asked;
import io.github.clvss.core.shared.PageRequest;
import java.util.List;
import java.util.Optional;

/** Paths between the demo contract's partners, for the documents that count them. */
public final class DemoPaths {

    private DemoPaths() {
    }

    /**
     * The contract's first partner opens six paths with consent and hands each over to the second,
     * which accepts them at once; two of them also go to the third, which declines them for want of room.
     */
    public static void sixAcceptedTwoDeclined(Vss vss, Contract contract) {
        List<PartnerId> partners = vss.partners().list(Actor.system(), contract.id(), PageRequest.first(3)).stream()
                .map(Partner::id).toList();
        PartnerId opener = partners.get(0);
        PartnerId accepting = partners.get(1);
        PartnerId declining = partners.get(2);
        Actor openerUser = Actor.user("opener", Grant.partner(contract.territory(), opener));
        for (int i = 0; i < 6; i++) {
            VictimPath path = vss.paths().open(openerUser, contract.territory(), opener,
                    Asked.aDoctorAboutViolenceWithinTheCouple().situation(), Optional.empty());
            vss.paths().recordConsent(openerUser, path.id(), ConsentStatus.GIVEN, ConsentScope.anyHandover());
            Handover sent = vss.paths().handOver(openerUser, path.id(), accepting, Optional.empty());
            vss.paths().accept(Actor.user("accepting", Grant.partner(contract.territory(), accepting)), sent.id());
            if (i < 2) {
                Handover refused = vss.paths().handOver(openerUser, path.id(), declining, Optional.empty());
                vss.paths().decline(Actor.user("declining", Grant.partner(contract.territory(), declining)), refused.id(),
                        DeclineReason.NO_CAPACITY);
            }
        }
    }
}
