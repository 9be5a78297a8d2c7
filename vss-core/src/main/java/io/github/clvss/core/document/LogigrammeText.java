package io.github.clvss.core.document;

import io.github.clvss.core.referral.Circuit;
import io.github.clvss.core.referral.Logigramme;
import io.github.clvss.core.referral.Modality;
import io.github.clvss.core.referral.Referral;
import io.github.clvss.core.shared.Messages;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A {@link Logigramme} in words, ready to draw or to read aloud: each question and answer in
 * the document's language, each leaf's reports, referrals and circuits as short lines. What
 * every leaf under a question shares is said once, on that question ("in every case
 * below"), so that leaves only say what differs.
 */
final class LogigrammeText {

    /** How a line is shown: duties stand out from powers, by a word and a colour. */
    enum Kind {
        DUTY, POWER, CLOSED, NO_REPORT, REFERRAL, CIRCUIT
    }

    /**
     * One line of a leaf or of what a question's cases share.
     *
     * @param kind how it is shown
     * @param mark the word that marks it (DOIT, PEUT…), empty for referrals and circuits
     * @param text what it says
     * @param notes what goes with it (duties of the reporter), for the outline
     */
    record Item(Kind kind, String mark, String text, List<String> notes) {
        Item {
            notes = List.copyOf(notes);
        }
    }

    /**
     * @param answers the answers in words, joined ("doctor or nurse")
     * @param next where they lead
     */
    record Branch(String answers, Node next) {
    }

    /**
     * @param question the question, empty for a leaf
     * @param branches the answers, empty for a leaf
     * @param items for a question, what all the cases below share (not said higher up); for a
     *     leaf, what is left to say
     * @param column the question's place in the order of topics; for a leaf, the number of topics
     */
    record Node(Optional<String> question, List<Branch> branches, List<Item> items, int column) {
        Node {
            branches = List.copyOf(branches);
            items = List.copyOf(items);
        }

        boolean leaf() {
            return question.isEmpty();
        }
    }

    private final Function<String, String> documentText;
    private final Messages messages;
    private final Function<String, String> targetLabel;

    /**
     * @param documentText a key of the documents bundle to its text
     * @param messages the rule set's texts (modalities, addressees)
     * @param targetLabel a referral target ({@code tel:3919}, {@code partner:<id>}) to a short label
     */
    LogigrammeText(Function<String, String> documentText, Messages messages, Function<String, String> targetLabel) {
        this.documentText = documentText;
        this.messages = messages;
        this.targetLabel = targetLabel;
    }

    Node of(Logigramme logigramme) {
        return node(logigramme.root(), Set.of());
    }

    String text(String key) {
        return documentText.apply(key);
    }

    private Node node(Logigramme.Node node, Set<Item> said) {
        return switch (node) {
            case Logigramme.Leaf leaf -> {
                List<Item> left = items(leaf).stream().filter(i -> !said.contains(i)).toList();
                yield new Node(Optional.empty(), List.of(), left.isEmpty()
                        ? List.of(new Item(Kind.NO_REPORT, "", text("logigramme.leaf.as-above"), List.of()))
                        : left, Logigramme.Topic.values().length);
            }
            case Logigramme.Question question -> {
                List<Item> shared = shared(question).stream().filter(i -> !said.contains(i)).toList();
                Set<Item> below = new LinkedHashSet<>(said);
                below.addAll(shared);
                List<Branch> branches = question.branches().stream()
                        .map(b -> new Branch(b.answers().stream().map(a -> text("logigramme.answer." + kebab(a.name())))
                                .collect(Collectors.joining(text("logigramme.answer.or"))), node(b.next(), below)))
                        .toList();
                yield new Node(Optional.of(text("logigramme.question." + kebab(question.topic().name()))), branches, shared,
                        question.topic().ordinal());
            }
        };
    }

    /** The items every leaf under a node holds, in the order of the first leaf. */
    private List<Item> shared(Logigramme.Node node) {
        return switch (node) {
            case Logigramme.Leaf leaf -> items(leaf);
            case Logigramme.Question question -> {
                List<Item> common = new ArrayList<>(shared(question.branches().getFirst().next()));
                question.branches().stream().skip(1).forEach(b -> common.retainAll(shared(b.next())));
                yield common;
            }
        };
    }

    /** A leaf's lines: reports, then referrals, then local circuits. */
    List<Item> items(Logigramme.Leaf leaf) {
        List<Item> items = new ArrayList<>();
        if (leaf.reports().isEmpty()) {
            items.add(new Item(Kind.NO_REPORT, "", text("logigramme.report.none"), List.of()));
        }
        for (Logigramme.Report report : leaf.reports()) {
            var outcome = report.outcome();
            String said = messages.text("referral.modality." + kebab(outcome.modality().name()), List.of()) + " "
                    + messages.text("referral.addressee." + kebab(outcome.addressee().name()), List.of());
            if (outcome.consentNeeded() && report.open()) {
                said += ", " + messages.text("referral.consent.needed", List.of());
            }
            said += " — " + outcome.legalBasis();
            List<String> notes = outcome.duties().stream().map(d -> messages.text(d, List.of())).toList();
            if (!report.open()) {
                items.add(new Item(Kind.CLOSED, text("logigramme.mark.closed"),
                        text("logigramme.report.closed") + " " + said, notes));
            } else if (outcome.modality() == Modality.POWER) {
                items.add(new Item(Kind.POWER, text("logigramme.mark.power"), said, notes));
            } else {
                items.add(new Item(Kind.DUTY, text("logigramme.mark.duty"), said, notes));
            }
        }
        Set<String> circuitRules = leaf.circuits().stream().map(Circuit::id).collect(Collectors.toSet());
        for (Referral referral : leaf.referrals()) {
            if (!circuitRules.contains(referral.rule())) {
                items.add(new Item(Kind.REFERRAL, "", targetLabel.apply(referral.target()), List.of()));
            }
        }
        for (Circuit circuit : leaf.circuits()) {
            items.add(new Item(Kind.CIRCUIT, text("logigramme.mark.circuit"), targetLabel.apply(circuit.target()),
                    List.of()));
        }
        return items;
    }

    static String kebab(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
