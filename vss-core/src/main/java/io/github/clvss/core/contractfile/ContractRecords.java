package io.github.clvss.core.contractfile;

import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.contract.Annex;
import io.github.clvss.core.contract.Axis;
import io.github.clvss.core.contract.Commitment;
import io.github.clvss.core.contract.ContractAct;
import io.github.clvss.core.contract.ContractText;
import io.github.clvss.core.contract.LegalReference;
import io.github.clvss.core.contractfile.ContractData.ContractLife;
import io.github.clvss.core.contractfile.FileRecords.ActV1;
import io.github.clvss.core.contractfile.FileRecords.AnnexV1;
import io.github.clvss.core.contractfile.FileRecords.AxisV1;
import io.github.clvss.core.contractfile.FileRecords.CommitmentV1;
import io.github.clvss.core.contractfile.FileRecords.ReferenceV1;
import io.github.clvss.core.contractfile.FileRecords.TextV1;
import io.github.clvss.core.deliberation.DeliberationId;
import io.github.clvss.core.contractfile.FileRecords.CampaignV1;
import io.github.clvss.core.contractfile.FileRecords.ContractFileV1;
import io.github.clvss.core.contractfile.FileRecords.ContractV1;
import io.github.clvss.core.contractfile.FileRecords.PartnerV1;
import java.util.Map;
import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Provenance;
import io.github.clvss.core.shared.Texts;
import io.github.clvss.core.shared.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The contracts' section of the contract file: each contract, its text versions and its acts, read and written. */
final class ContractRecords {

    private ContractRecords() {
    }

    /** Which fields each kind of act has; the others are refused. */
    static final java.util.Map<String, List<String>> ACT_FIELDS = java.util.Map.of(
            "APPROVED", List.of("deliberationId"),
            "SIGNED", List.of("partnerId", "textVersion"),
            "TERMINATED", List.of("reason"),
            "AMENDED", List.of("deliberationId", "textVersion"),
            "RENEWED", List.of("successorId"));

    static Parsed<Contract> contract(ContractV1 c, TerritoryId territory, String path) {
        Validation check = new Validation();
        Optional<ContractId> id = check.take(ContractId.parse(c.id(), path + ".id"));
        Optional<String> title = check.take(Texts.required(c.title(), path + ".title", Contract.TITLE_MAX));
        Optional<Optional<LocalDate>> start = check.take(FileValues.optional(c.startDate(), raw -> FileValues.date(raw, path + ".startDate")));
        Optional<Optional<LocalDate>> end = check.take(FileValues.optional(c.endDate(), raw -> FileValues.date(raw, path + ".endDate")));
        if (title.isPresent() && start.isPresent() && end.isPresent()) {
            check.addAll(Contract.inconsistencies(title.get(), start.get(), end.get(), path));
        }
        return check.build(() -> new Contract(id.orElseThrow(), 0, territory, title.orElseThrow(),
                start.orElseThrow(), end.orElseThrow(), Provenance.valueOf(c.provenance())));
    }

    /** A contract's text versions (each one valid, numbered once) and its acts, as recorded. */
    static Parsed<ContractLife> life(ContractV1 contract, ContractId id, String path) {
        Validation check = new Validation();
        java.util.SortedMap<Integer, ContractText> texts = new java.util.TreeMap<>();
        List<TextV1> textRecords = Optional.ofNullable(contract.texts()).orElse(List.of());
        for (int k = 0; k < textRecords.size(); k++) {
            String textPath = path + ".texts[" + k + "]";
            TextV1 record = textRecords.get(k);
            Optional<ContractText> text = check.take(text(record, textPath));
            if (texts.containsKey(record.version())) {
                check.add(Problem.error("file.text.version.duplicate", textPath + ".version", record.version()));
            } else {
                text.ifPresent(t -> texts.put(record.version(), t));
            }
        }
        List<ContractAct> acts = new ArrayList<>();
        List<ActV1> actRecords = Optional.ofNullable(contract.acts()).orElse(List.of());
        for (int j = 0; j < actRecords.size(); j++) {
            check.take(act(actRecords.get(j), path + ".acts[" + j + "]")).ifPresent(acts::add);
        }
        // version 1 is the draft, then the text as approved; every later version is an amendment's
        Set<Integer> amended = new HashSet<>();
        for (int j = 0; j < actRecords.size(); j++) {
            ActV1 act = actRecords.get(j);
            if ("AMENDED".equals(act.kind()) && act.textVersion() != null) {
                amended.add(act.textVersion());
                if (textRecords.stream().noneMatch(t -> t.version() == act.textVersion())) {
                    check.add(Problem.error("file.act.text.missing", path + ".acts[" + j + "].textVersion", act.textVersion()));
                }
            }
        }
        for (int k = 0; k < textRecords.size(); k++) {
            int version = textRecords.get(k).version();
            if (version > 1 && !amended.contains(version)) {
                check.add(Problem.error("file.text.version.unamended", path + ".texts[" + k + "].version", version));
            }
        }
        return check.build(() -> new ContractLife(id, texts, acts));
    }

    static Parsed<ContractText> text(TextV1 t, String path) {
        Validation check = new Validation();
        List<LegalReference> references = new ArrayList<>();
        for (int i = 0; i < t.references().size(); i++) {
            ReferenceV1 r = t.references().get(i);
            String at = path + ".references[" + i + "]";
            check.take(FileValues.optional(r.date(), raw -> FileValues.date(raw, at + ".date"))).ifPresent(date -> references.add(
                    new LegalReference(LegalReference.Kind.valueOf(r.kind()), r.title(), Optional.ofNullable(r.number()), date)));
        }
        ContractText text = new ContractText(t.preamble(), references,
                t.axes().stream().map(a -> new Axis(Optional.ofNullable(a.number()), a.title(),
                        a.commitments().stream().map(c -> new Commitment(c.id(), c.text())).toList())).toList(),
                t.annexes().stream().map(a -> new Annex(a.title(), a.text())).toList());
        check.addAll(text.problems(path).stream().filter(Problem::isError).toList());
        return check.build(() -> text);
    }

    static Parsed<ContractAct> act(ActV1 a, String path) {
        Validation check = new Validation();
        java.util.Map<String, @Nullable Object> fields = new java.util.LinkedHashMap<>();
        fields.put("deliberationId", a.deliberationId());
        fields.put("partnerId", a.partnerId());
        fields.put("textVersion", a.textVersion());
        fields.put("reason", a.reason());
        fields.put("successorId", a.successorId());
        List<String> expected = ACT_FIELDS.get(a.kind());
        fields.forEach((field, value) -> {
            if (value == null && expected.contains(field)) {
                check.add(Problem.error("file.schema.required", path + "." + field, field));
            } else if (value != null && !expected.contains(field)) {
                check.add(Problem.error("file.act.field.unexpected", path + "." + field, field, a.kind()));
            }
        });
        Optional<LocalDate> on = check.take(FileValues.date(a.date(), path + ".date"));
        if (check.hasErrors()) {
            return Parsed.invalid(check.problems());
        }
        if ("AMENDED".equals(a.kind()) && a.textVersion() < 2) {
            return Parsed.invalid(Problem.error("file.act.text-version", path + ".textVersion", a.textVersion(), 2));
        }
        return switch (a.kind()) {
            case "APPROVED" -> DeliberationId.parse(a.deliberationId(), path + ".deliberationId")
                    .map(d -> new ContractAct.Approved(d, on.orElseThrow()));
            case "SIGNED" -> PartnerId.parse(a.partnerId(), path + ".partnerId")
                    .map(p -> new ContractAct.Signed(p, on.orElseThrow(), a.textVersion()));
            case "TERMINATED" -> Parsed.valid(new ContractAct.Terminated(on.orElseThrow(), a.reason()));
            case "AMENDED" -> DeliberationId.parse(a.deliberationId(), path + ".deliberationId")
                    .map(d -> new ContractAct.Amended(d, on.orElseThrow(), a.textVersion()));
            case "RENEWED" -> ContractId.parse(a.successorId(), path + ".successorId")
                    .map(c -> new ContractAct.Renewed(c, on.orElseThrow()));
            default -> throw new IllegalStateException("the schema lets no other kind of act through: " + a.kind());
        };
    }

    /** A file of a version before 1.4 does not carry texts, acts nor deliberations. */
    static void newerFields(Validation check, ContractFileV1 file) {
        for (int i = 0; i < file.contracts().size(); i++) {
            ContractV1 contract = file.contracts().get(i);
            if (contract.texts() != null) {
                check.add(Problem.error("file.version.field-newer", "$.contracts[" + i + "].texts", "texts", "1.4",
                        file.formatVersion()));
            }
            if (contract.acts() != null) {
                check.add(Problem.error("file.version.field-newer", "$.contracts[" + i + "].acts", "acts", "1.4",
                        file.formatVersion()));
            }
        }
        if (file.deliberations() != null) {
            check.add(Problem.error("file.version.field-newer", "$.deliberations", "deliberations", "1.4", file.formatVersion()));
        }
    }

    /** A file of a version before 1.5 does not carry the follow-up. */
    static void newerFollowUp(Validation check, ContractFileV1 file) {
        for (int i = 0; i < file.contracts().size(); i++) {
            ContractV1 c = file.contracts().get(i);
            java.util.Map<String, @Nullable Object> fields = new java.util.LinkedHashMap<>();
            fields.put("obligations", c.obligations());
            fields.put("actions", c.actions());
            fields.put("meetings", c.meetings());
            fields.put("indicators", c.indicators());
            fields.put("diagnosticNotes", c.diagnosticNotes());
            int at = i;
            fields.forEach((field, value) -> {
                if (value != null) {
                    check.add(Problem.error("file.version.field-newer", "$.contracts[" + at + "]." + field, field, "1.5",
                            file.formatVersion()));
                }
            });
        }
    }

    static ContractV1 contract(Contract contract, List<PartnerV1> partners, List<CampaignV1> campaigns,
            Optional<ContractLife> life) {
        List<TextV1> texts = life.map(l -> l.texts().entrySet().stream().map(e -> text(e.getKey(), e.getValue())).toList())
                .orElse(List.of());
        List<ActV1> acts = life.map(l -> l.acts().stream().map(ContractRecords::act).toList()).orElse(List.of());
        return new ContractV1(
                contract.id().toString(),
                contract.title(),
                contract.startDate().map(LocalDate::toString).orElse(null),
                contract.endDate().map(LocalDate::toString).orElse(null),
                contract.provenance().name(),
                partners.isEmpty() ? null : partners,
                campaigns.isEmpty() ? null : campaigns,
                texts.isEmpty() ? null : texts,
                acts.isEmpty() ? null : acts,
                null, null, null, null, null);
    }

    static TextV1 text(int version, ContractText text) {
        return new TextV1(version, text.preamble(),
                text.references().stream().map(r -> new ReferenceV1(r.kind().name(), r.title(), r.number().orElse(null),
                        r.date().map(LocalDate::toString).orElse(null))).toList(),
                text.axes().stream().map(a -> new AxisV1(a.number().orElse(null), a.title(),
                        a.commitments().stream().map(c -> new CommitmentV1(c.id(), c.text())).toList())).toList(),
                text.annexes().stream().map(a -> new AnnexV1(a.title(), a.text())).toList());
    }

    static ActV1 act(ContractAct act) {
        String on = act.on().toString();
        return switch (act) {
            case ContractAct.Approved a -> new ActV1("APPROVED", on, a.deliberation().toString(), null, null, null, null);
            case ContractAct.Signed s -> new ActV1("SIGNED", on, null, s.partner().toString(), s.textVersion(), null, null);
            case ContractAct.Terminated t -> new ActV1("TERMINATED", on, null, null, null, t.reason(), null);
            case ContractAct.Amended a -> new ActV1("AMENDED", on, a.deliberation().toString(), null, a.textVersion(), null,
                    null);
            case ContractAct.Renewed r -> new ActV1("RENEWED", on, null, null, null, null, r.successor().toString());
        };
    }
}
