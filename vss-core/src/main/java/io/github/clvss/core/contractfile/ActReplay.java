package io.github.clvss.core.contractfile;

import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.contract.ContractAct;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.contract.ContractText;
import io.github.clvss.core.contract.Lifecycle;
import io.github.clvss.core.contract.LifecycleDecision;
import io.github.clvss.core.contract.LifecyclePolicy;
import io.github.clvss.core.contractfile.ContractData.ContractLife;
import io.github.clvss.core.deliberation.Deliberation;
import io.github.clvss.core.deliberation.DeliberationCheck;
import io.github.clvss.core.deliberation.DeliberationId;
import io.github.clvss.core.deliberation.Finding;
import io.github.clvss.core.partner.Partner;
import io.github.clvss.core.shared.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Replays the acts a contract file carries, contract by contract in their order, through the
 * rules of {@link LifecyclePolicy}, as if a coordinator recorded them one after the other on
 * the day of the import: the file's contract with the acts before, and its signatory partners as
 * the required signatories. Each act is checked as if the acts before it had been recorded
 * (refused ones too), so that one wrong act gives one problem, at its path.
 */
final class ActReplay {

    private ActReplay() {
    }

    /**
     * The problems of the file's acts; empty when every act would be allowed.
     *
     * @param data the file, read
     * @param stored the stored deliberation with an id, for acts approved by one the file does not carry
     * @param today the import's date, in the territory's time zone
     */
    static List<Problem> problems(ContractData data, Function<DeliberationId, Optional<Deliberation>> stored,
            LocalDate today) {
        if (data.lives().isEmpty()) {
            return List.of();
        }
        Map<DeliberationId, Deliberation> carried = new HashMap<>();
        data.deliberations().forEach(d -> carried.put(d.id(), d));
        Function<DeliberationId, Optional<Deliberation>> deliberation =
                id -> carried.containsKey(id) ? Optional.of(carried.get(id)) : stored.apply(id);
        Set<ContractId> contracts = data.contracts().stream().map(Contract::id).collect(Collectors.toSet());
        Map<ContractId, String> successors = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < data.contracts().size(); i++) {
            Contract contract = data.contracts().get(i);
            String path = "$.contracts[" + i + "]";
            ContractLife life = data.life(contract.id()).orElseThrow();
            List<Partner> partners = data.partners().stream().filter(p -> p.contract().equals(contract.id())).toList();
            Set<PartnerId> members = partners.stream().map(Partner::id).collect(Collectors.toSet());
            Set<PartnerId> signatories = partners.stream().filter(Partner::signatory).map(Partner::id)
                    .collect(Collectors.toSet());
            List<ContractAct> done = new ArrayList<>();
            for (int j = 0; j < life.acts().size(); j++) {
                ContractAct act = life.acts().get(j);
                String at = path + ".acts[" + j + "]";
                Lifecycle lifecycle = new Lifecycle(contract, done, signatories, Optional.empty());
                Optional<Problem> problem = switch (act) {
                    case ContractAct.Approved a -> refusal(at, LifecyclePolicy.approve(lifecycle,
                            life.texts().getOrDefault(1, ContractText.EMPTY), a.on(), today))
                            .or(() -> refusal(at, LifecyclePolicy.approvedBy(deliberation.apply(a.deliberation()),
                                    data.territory(), a.on())));
                    case ContractAct.Signed s -> members.contains(s.partner())
                            ? refusal(at, LifecyclePolicy.sign(lifecycle, s.partner(), s.on(), today))
                                    .or(() -> version(at, s.textVersion(), lifecycle.textVersion()))
                            : Optional.of(Problem.error("import.act.partner-unknown", at + ".partnerId", s.partner()));
                    case ContractAct.Terminated t -> refusal(at, LifecyclePolicy.terminate(lifecycle, t.on(), t.reason(), today));
                    case ContractAct.Amended a -> refusal(at, LifecyclePolicy.amend(lifecycle, a.deliberation(), a.on(), today))
                            .or(() -> version(at, a.textVersion(), lifecycle.textVersion() + 1))
                            .or(() -> refusal(at, LifecyclePolicy.approvedBy(deliberation.apply(a.deliberation()),
                                    data.territory(), a.on())));
                    case ContractAct.Renewed r -> renewal(at, r, contract, contracts, successors, today)
                            .or(() -> refusal(at, LifecyclePolicy.renew(lifecycle)));
                };
                problem.ifPresent(problems::add);
                // a deliberation refused for its CGCT errors: each finding, with its article, at its place in the file
                Optional<DeliberationId> approving = act instanceof ContractAct.Approved a ? Optional.of(a.deliberation())
                        : act instanceof ContractAct.Amended a ? Optional.of(a.deliberation()) : Optional.empty();
                if (problem.filter(p -> p.code().equals("contract.deliberation.invalid")).isPresent()) {
                    Deliberation refused = deliberation.apply(approving.orElseThrow()).orElseThrow();
                    problems.addAll(findings(refused, data, at));
                }
                done.add(act);
            }
        }
        return problems;
    }

    /**
     * Each error {@link DeliberationCheck} finds in a deliberation, with its article: at the
     * deliberation's place in the file when the file carries it, else under the act.
     */
    static List<Problem> findings(Deliberation deliberation, ContractData data, String act) {
        int index = data.deliberations().indexOf(deliberation);
        String base = index >= 0 ? "$.deliberations[" + index + "]" : act + ".deliberation";
        return DeliberationCheck.check(deliberation, data.territory().facts()).stream().filter(Finding::isError)
                .map(f -> new Problem(f.problem().code(), f.problem().arguments(),
                        Optional.of(base + f.problem().path().map(p -> p.startsWith("$") ? p.substring(1) : " " + p).orElse("")
                                + " (" + f.article() + ")"),
                        f.problem().severity()))
                .toList();
    }

    /** A renewal names another contract of the file, one that no other contract names, on a past day. */
    private static Optional<Problem> renewal(String at, ContractAct.Renewed renewed, Contract contract,
            Set<ContractId> contracts, Map<ContractId, String> successors, LocalDate today) {
        if (renewed.successor().equals(contract.id()) || !contracts.contains(renewed.successor())) {
            return Optional.of(Problem.error("import.act.successor-unknown", at + ".successorId", renewed.successor()));
        }
        String first = successors.putIfAbsent(renewed.successor(), at);
        if (first != null) {
            return Optional.of(Problem.error("import.act.successor-twice", at + ".successorId", renewed.successor(), first));
        }
        if (renewed.on().isAfter(today)) {
            return Optional.of(Problem.error("contract.act.in-future", at, renewed.on(), today));
        }
        return Optional.empty();
    }

    private static Optional<Problem> version(String at, int given, int expected) {
        return given == expected ? Optional.empty()
                : Optional.of(Problem.error("file.act.text-version", at + ".textVersion", given, expected));
    }

    private static Optional<Problem> refusal(String at, LifecycleDecision decision) {
        return decision instanceof LifecycleDecision.Refused refused
                ? Optional.of(Problem.error(refused.reason(), at, refused.arguments().toArray()))
                : Optional.empty();
    }
}
