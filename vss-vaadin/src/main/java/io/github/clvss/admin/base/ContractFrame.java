package io.github.clvss.admin.base;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.I18NProvider;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.contract.Axis;
import io.github.clvss.core.contract.Commitment;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.contract.ContractLifecycle;
import io.github.clvss.core.contract.ContractManagement;
import io.github.clvss.core.contract.ContractStatus;
import io.github.clvss.core.institution.InstitutionDirectory;
import io.github.clvss.core.partner.Partner;
import io.github.clvss.core.partner.PartnerRegister;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.territory.Territory;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * The frame the follow-up screens share (actions, meetings, indicators, communication): the
 * territory's contracts to pick from, and what a screen needs to know of the chosen one.
 */
@Component
public final class ContractFrame {

    /** The statuses, the one a coordinator works on first. */
    private static final List<ContractStatus> STANDING = List.of(ContractStatus.IN_FORCE, ContractStatus.SIGNED,
            ContractStatus.APPROVED, ContractStatus.DRAFT, ContractStatus.EXPIRED, ContractStatus.TERMINATED);

    private final ContractManagement contracts;
    private final ContractLifecycle lifecycle;
    private final PartnerRegister partners;
    private final InstitutionDirectory institutions;

    ContractFrame(ContractManagement contracts, ContractLifecycle lifecycle, PartnerRegister partners,
            InstitutionDirectory institutions) {
        this.contracts = contracts;
        this.lifecycle = lifecycle;
        this.partners = partners;
        this.institutions = institutions;
    }

    /** The contract's commitments and its partners' names, as the actor may read them. */
    public FollowUpContract of(Actor actor, Contract contract) {
        Map<String, Commitment> commitments = new LinkedHashMap<>();
        Map<String, String> numbers = new LinkedHashMap<>();
        for (Axis axis : lifecycle.text(actor, contract.id()).axes()) {
            int rank = 0;
            for (Commitment c : axis.commitments()) {
                commitments.put(c.id(), c);
                rank++;
                numbers.put(c.id(), axis.number().isPresent() ? c.id() : I18NProvider.translate("followup.objective", rank));
            }
        }
        return new FollowUpContract(contract, Collections.unmodifiableMap(commitments), Collections.unmodifiableMap(numbers),
                partnerNames(actor, contract));
    }

    /** The contract's partners, in their order, each with its institution's name, as the actor may read them. */
    public Map<PartnerId, String> partnerNames(Actor actor, Contract contract) {
        Map<PartnerId, String> names = new LinkedHashMap<>();
        for (Partner partner : PageRequest.readAll(page -> partners.list(actor, contract.id(), page), x -> x.id().value())) {
            names.put(partner.id(), institutions.find(actor, partner.institution()).name());
        }
        return Collections.unmodifiableMap(names);
    }

    /**
     * The contract of the territory the screens work on by default: the one in force; else the
     * one about to start, approved or being drafted (a renewal); else the last one that ended —
     * the newest when two stand alike. A renewal's draft thus never hides the partners, actions
     * and meetings of the contract still in force.
     */
    public Optional<Contract> working(Actor actor, TerritoryId territory) {
        return working(actor, PageRequest.readAll(page -> contracts.list(actor, territory, page), x -> x.id().value()));
    }

    private Optional<Contract> working(Actor actor, List<Contract> newestFirst) {
        return newestFirst.stream().min(Comparator.comparingInt(c -> STANDING.indexOf(lifecycle.status(actor, c.id()))));
    }

    /**
     * The territory's contracts; a picker when there are several, calling {@code show} with the
     * chosen one (first the one {@link #working} names); nothing shown when there is none.
     */
    public Select<Contract> picker(Actor actor, Territory territory, String label, Consumer<Contract> show) {
        List<Contract> list = PageRequest.readAll(page -> contracts.list(actor, territory.id(), page), x -> x.id().value());
        Select<Contract> picker = new Select<>();
        picker.setLabel(label);
        picker.setItems(list);
        picker.setItemLabelGenerator(c -> c == null ? "" : c.title());
        picker.setVisible(list.size() > 1);
        working(actor, list).ifPresent(first -> {
            picker.setValue(first);
            show.accept(first);
        });
        picker.addValueChangeListener(change -> {
            if (change.getValue() != null && change.isFromClient()) {
                show.accept(change.getValue());
            }
        });
        return picker;
    }

    /**
     * Lays out a follow-up screen: its heading, then — for the current territory — its
     * introduction, the contract picker and the content {@code show} fills for the chosen
     * contract; a plain sentence when there is no territory or no contract.
     *
     * @param page the screen
     * @param texts the prefix of its {@code .title} and {@code .intro} texts, e.g. {@code actions}
     */
    public void frame(Main page, Actor actor, Optional<Territory> current, String texts, Div content,
            BiConsumer<Territory, Contract> show) {
        page.addClassName("vss-page");
        page.add(new H1(page.getTranslation(texts + ".title")));
        if (current.isEmpty()) {
            page.add(new Paragraph(page.getTranslation("overview.no-territory")));
            return;
        }
        Territory territory = current.get();
        page.add(new Paragraph(page.getTranslation(texts + ".intro")));
        Select<Contract> picker = picker(actor, territory, page.getTranslation("followup.contract"),
                contract -> show.accept(territory, contract));
        page.add(picker, content);
        if (picker.isEmpty()) {
            content.add(new Paragraph(page.getTranslation("followup.no-contract")));
        }
    }
}
