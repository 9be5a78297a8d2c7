package io.github.clvss.admin.ui;

import com.vaadin.flow.component.select.Select;
import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.contract.Commitment;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.partner.Partner;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.territory.Territory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What the follow-up screens need to know about one contract of the current territory: its
 * text's commitments and its partners' names (tens, not a whole table).
 */
record FollowUpContract(Contract contract, Map<String, Commitment> commitments, Map<PartnerId, String> partners) {

    static FollowUpContract of(Vss vss, Actor actor, Contract contract) {
        Map<String, Commitment> commitments = new LinkedHashMap<>();
        vss.contractLifecycle().text(actor, contract.id()).axes()
                .forEach(axis -> axis.commitments().forEach(c -> commitments.put(c.id(), c)));
        Map<PartnerId, String> partners = new LinkedHashMap<>();
        for (Partner partner : PageRequest.readAll(page -> vss.partners().list(actor, contract.id(), page))) {
            partners.put(partner.id(), vss.institutions().find(actor, partner.institution()).name());
        }
        return new FollowUpContract(contract, java.util.Collections.unmodifiableMap(commitments),
                java.util.Collections.unmodifiableMap(partners));
    }

    String partner(PartnerId id) {
        return partners.getOrDefault(id, id.toString());
    }

    List<String> commitmentIds() {
        return List.copyOf(commitments.keySet());
    }

    String commitment(String id) {
        Commitment found = commitments.get(id);
        return found == null ? id : id + " — " + shorten(found.text());
    }

    private static String shorten(String text) {
        return text.length() > 90 ? text.substring(0, 89) + "…" : text;
    }

    /**
     * The territory's contracts; a picker when there are several, calling {@code show} with the
     * chosen one (first the first); nothing shown when there is none.
     */
    static Select<Contract> picker(Vss vss, Actor actor, Territory territory, String label, Consumer<Contract> show) {
        List<Contract> contracts = PageRequest.readAll(page -> vss.contracts().list(actor, territory.id(), page));
        Select<Contract> picker = new Select<>();
        picker.setLabel(label);
        picker.setItems(contracts);
        picker.setItemLabelGenerator(c -> c == null ? "" : c.title());
        picker.setVisible(contracts.size() > 1);
        if (!contracts.isEmpty()) {
            picker.setValue(contracts.getFirst());
            show.accept(contracts.getFirst());
        }
        picker.addValueChangeListener(change -> {
            if (change.getValue() != null && change.isFromClient()) {
                show.accept(change.getValue());
            }
        });
        return picker;
    }

    /**
     * The frame every follow-up screen shares: its heading, then — for the current territory —
     * its introduction, the contract picker and the content {@code show} fills for the chosen
     * contract; a plain sentence when there is no territory or no contract.
     *
     * @param page the screen
     * @param texts the prefix of its {@code .title} and {@code .intro} texts, e.g. {@code actions}
     */
    static void frame(com.vaadin.flow.component.html.Main page, Vss vss, Actor actor,
            java.util.Optional<Territory> current, String texts, com.vaadin.flow.component.html.Div content,
            java.util.function.BiConsumer<Territory, Contract> show) {
        page.addClassName("vss-page");
        page.add(new com.vaadin.flow.component.html.H1(page.getTranslation(texts + ".title")));
        if (current.isEmpty()) {
            page.add(new com.vaadin.flow.component.html.Paragraph(page.getTranslation("overview.no-territory")));
            return;
        }
        Territory territory = current.get();
        page.add(new com.vaadin.flow.component.html.Paragraph(page.getTranslation(texts + ".intro")));
        Select<Contract> picker = picker(vss, actor, territory, page.getTranslation("followup.contract"),
                contract -> show.accept(territory, contract));
        page.add(picker, content);
        if (picker.isEmpty()) {
            content.add(new com.vaadin.flow.component.html.Paragraph(page.getTranslation("followup.no-contract")));
        }
    }
}
