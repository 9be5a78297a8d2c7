package io.github.clvss.core.followup;

import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.contract.Commitment;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.shared.InvalidInputException;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Provenance;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A follow-up action under one commitment of a contract: what is done, which partner leads it
 * and which contribute, by when, where it stands, how far it went and what shows it. "Late" is
 * never stored: {@link #state(LocalDate)} derives it from the deadline.
 *
 * @param id the action's id
 * @param version the stored version this value was read at (0 before it is first saved)
 * @param territory the contract's territory
 * @param contract the contract
 * @param commitment the id of the commitment it serves, in the contract's current text
 * @param title what is done, in a line
 * @param lead the partner that leads it: its users may change it
 * @param contributors the other partners taking part, in the order given; never the lead
 * @param deadline by when it is due, when it has a deadline
 * @param status where it stands, as its followers say
 * @param abandonReason why it was given up: present exactly when the status is abandoned
 * @param progress how far it went, in percent (0 to 100; 100 when done)
 * @param evidence what shows it was carried out, at most {@value #EVIDENCE_MAX} items
 * @param provenance where the facts come from
 */
public record Action(
        ActionId id,
        long version,
        TerritoryId territory,
        ContractId contract,
        String commitment,
        String title,
        PartnerId lead,
        List<PartnerId> contributors,
        Optional<LocalDate> deadline,
        ActionStatus status,
        Optional<String> abandonReason,
        int progress,
        List<Evidence> evidence,
        Provenance provenance) {

    /** Longest accepted title. */
    public static final int TITLE_MAX = 300;
    /** Longest accepted reason for abandoning. */
    public static final int REASON_MAX = 2000;
    /** Most evidence items. */
    public static final int EVIDENCE_MAX = 10;
    /** Most contributing partners. */
    public static final int CONTRIBUTORS_MAX = 50;

    /** The fields the history records, in this order. */
    public static final List<String> FIELDS = List.of("commitment", "title", "lead", "contributors", "deadline", "status",
            "abandonReason", "progress", "evidence");

    public Action {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(territory, "territory");
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(commitment, "commitment");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(lead, "lead");
        contributors = List.copyOf(contributors);
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(abandonReason, "abandonReason");
        evidence = List.copyOf(evidence);
        Objects.requireNonNull(provenance, "provenance");
        List<Problem> problems = inconsistencies(commitment, title, lead, contributors, status, abandonReason, progress,
                evidence, "action");
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** A new action, planned, at 0 %, without evidence. */
    public static Action plan(Clock clock, TerritoryId territory, ContractId contract, String commitment, String title,
            PartnerId lead, List<PartnerId> contributors, Optional<LocalDate> deadline, Provenance provenance) {
        return new Action(ActionId.next(clock), 0, territory, contract, commitment, title, lead, contributors, deadline,
                ActionStatus.PLANNED, Optional.empty(), 0, List.of(), provenance);
    }

    /**
     * The rules between the fields, each problem pointing at {@code path} plus the field's name:
     * what a form shows while the action is being filled in.
     */
    public static List<Problem> inconsistencies(String commitment, String title, PartnerId lead,
            List<PartnerId> contributors, ActionStatus status, Optional<String> abandonReason, int progress,
            List<Evidence> evidence, String path) {
        List<Problem> problems = new ArrayList<>();
        if (!Commitment.wellFormed(commitment)) {
            problems.add(Problem.error("action.commitment.invalid", path + ".commitment", commitment));
        }
        if (title.isBlank() || title.length() > TITLE_MAX || title.contains("\n")) {
            problems.add(Problem.error("action.title.invalid", path + ".title", TITLE_MAX));
        }
        if (contributors.contains(lead)) {
            problems.add(Problem.error("action.contributor.lead", path + ".contributors", lead));
        }
        Set<PartnerId> seen = new HashSet<>();
        for (int i = 0; i < contributors.size(); i++) {
            if (!seen.add(contributors.get(i))) {
                problems.add(Problem.error("action.contributor.twice", path + ".contributors[" + i + "]", contributors.get(i)));
            }
        }
        if (contributors.size() > CONTRIBUTORS_MAX) {
            problems.add(Problem.error("action.contributors.too-many", path + ".contributors", CONTRIBUTORS_MAX));
        }
        if (progress < 0 || progress > 100) {
            problems.add(Problem.error("action.progress.range", path + ".progress", progress));
        } else if (status == ActionStatus.DONE && progress != 100) {
            problems.add(Problem.error("action.done.progress", path + ".progress", progress));
        }
        if (status == ActionStatus.ABANDONED) {
            if (abandonReason.map(r -> r.isBlank() || r.length() > REASON_MAX).orElse(true)) {
                problems.add(Problem.error("action.abandon.reason-required", path + ".abandonReason", REASON_MAX));
            }
        } else if (abandonReason.isPresent()) {
            problems.add(Problem.error("action.abandon.reason-unexpected", path + ".abandonReason", status));
        }
        if (evidence.size() > EVIDENCE_MAX) {
            problems.add(Problem.error("action.evidence.too-many", path + ".evidence", EVIDENCE_MAX));
        }
        for (int i = 0; i < evidence.size(); i++) {
            Evidence item = evidence.get(i);
            boolean note = item instanceof Evidence.Note;
            int max = note ? Evidence.NOTE_MAX : Evidence.REFERENCE_MAX;
            if (item.text().isBlank() || item.text().length() > max || (!note && item.text().contains("\n"))) {
                problems.add(Problem.error(note ? "action.evidence.note.invalid" : "action.evidence.document.invalid",
                        path + ".evidence[" + i + "]", max));
            }
        }
        return problems;
    }

    /**
     * Where the action stands on {@code today}: {@link ActionState#LATE} when it is still
     * planned or in progress and its deadline is before today; otherwise its status.
     */
    public ActionState state(LocalDate today) {
        if (isLate(today)) {
            return ActionState.LATE;
        }
        return switch (status) {
            case PLANNED -> ActionState.PLANNED;
            case IN_PROGRESS -> ActionState.IN_PROGRESS;
            case DONE -> ActionState.DONE;
            case ABANDONED -> ActionState.ABANDONED;
        };
    }

    /** Whether the action is still open after its deadline on {@code today} (due on its deadline day itself). */
    public boolean isLate(LocalDate today) {
        return status.isOpen() && deadline.filter(today::isAfter).isPresent();
    }

    /**
     * The same action with another status: done brings the progress to 100 %; abandoned needs
     * a reason; any other status drops the reason.
     */
    public Action withStatus(ActionStatus newStatus, Optional<String> reason) {
        return new Action(id, version, territory, contract, commitment, title, lead, contributors, deadline, newStatus,
                newStatus == ActionStatus.ABANDONED ? reason : Optional.empty(),
                newStatus == ActionStatus.DONE ? 100 : progress, evidence, provenance);
    }

    /** Each field of {@link #FIELDS} in its canonical text form; empty when it has no value. */
    public Map<String, Optional<String>> fields() {
        Map<String, Optional<String>> fields = new LinkedHashMap<>();
        fields.put("commitment", Optional.of(commitment));
        fields.put("title", Optional.of(title));
        fields.put("lead", Optional.of(lead.toString()));
        fields.put("contributors", contributors.isEmpty() ? Optional.empty()
                : Optional.of(contributors.stream().map(PartnerId::toString).collect(Collectors.joining(","))));
        fields.put("deadline", deadline.map(LocalDate::toString));
        fields.put("status", Optional.of(status.name()));
        fields.put("abandonReason", abandonReason);
        fields.put("progress", Optional.of(Integer.toString(progress)));
        fields.put("evidence", evidence.isEmpty() ? Optional.empty() : Optional.of(evidence.stream()
                .map(e -> (e instanceof Evidence.Note ? "NOTE " : "DOCUMENT ") + e.text().replace("\n", " "))
                .collect(Collectors.joining("\n"))));
        return fields;
    }

    /**
     * What changed from {@code before} to this action, field by field; every field that has a
     * value when there is no {@code before} (the action was just added).
     */
    public List<FieldChange> changesSince(Optional<Action> before) {
        Map<String, Optional<String>> was = before.map(Action::fields).orElseGet(Map::of);
        List<FieldChange> changes = new ArrayList<>();
        fields().forEach((field, now) -> {
            Optional<String> then = was.getOrDefault(field, Optional.empty());
            if (!then.equals(now)) {
                changes.add(new FieldChange(field, then, now));
            }
        });
        return changes;
    }
}
