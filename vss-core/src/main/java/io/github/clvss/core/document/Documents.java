package io.github.clvss.core.document;

import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.contract.ContractLifecycle;
import io.github.clvss.core.contract.ContractManagement;
import io.github.clvss.core.indicator.IndicatorBoard;
import io.github.clvss.core.institution.InstitutionDirectory;
import io.github.clvss.core.journal.Acts;
import io.github.clvss.core.partner.PartnerRegister;
import io.github.clvss.core.partner.ReferentRegister;
import io.github.clvss.core.referral.Explanation;
import io.github.clvss.core.referral.LocalCircuits;
import io.github.clvss.core.resource.ResourceRegistry;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.territory.TerritoryAdministration;
import io.github.clvss.core.path.PathRegister;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The documents vss prints, each a view of the data through the {@link DocumentRenderer}.
 * Reading a document takes the same rights as reading its data. Each document is its own
 * class in this package; this is their one door.
 */
public final class Documents {

    private final DocumentRenderer renderer;
    private final ContractSummary summary;
    private final SignatureSheet signatures;
    private final DiagnosticDocument diagnostic;
    private final DirectoryDocument directoryDocument;
    private final HelpPage help;
    private final OrientationDocument orientation;
    private final LogigrammeDocument logigramme;

    /**
     * @param renderer the document pipeline
     * @param contracts to read contracts (access checked there)
     * @param territories to read territories (access checked there)
     * @param directory partners, référents, institutions and resources (access checked there)
     * @param circuits each territory's rule set, for the logigramme
     * @param lifecycle each contract's approval and signatures (access checked there)
     * @param indicators each contract's diagnostic, masked (access checked there)
     * @param clock the generation date
     */
    public Documents(DocumentRenderer renderer, ContractManagement contracts, TerritoryAdministration territories,
            Directory directory, LocalCircuits circuits, ContractLifecycle lifecycle, IndicatorBoard indicators,
            Clock clock) {
        this(renderer, contracts, territories, directory, circuits, lifecycle, indicators, clock, Optional.empty());
    }

    /**
     * The documents, the diagnostic with its "victims' paths" section when {@code paths} is given.
     *
     * @param paths each territory's path statistics, masked (access checked there)
     */
    public Documents(DocumentRenderer renderer, ContractManagement contracts, TerritoryAdministration territories,
            Directory directory, LocalCircuits circuits, ContractLifecycle lifecycle, IndicatorBoard indicators,
            Clock clock, Optional<PathRegister> paths) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        Objects.requireNonNull(contracts, "contracts");
        Objects.requireNonNull(territories, "territories");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(clock, "clock");
        this.summary = new ContractSummary(renderer, contracts, territories, clock);
        this.signatures = new SignatureSheet(renderer, contracts, territories, Objects.requireNonNull(lifecycle, "lifecycle"),
                directory.acts(), clock);
        this.diagnostic = new DiagnosticDocument(renderer, contracts, territories,
                Objects.requireNonNull(indicators, "indicators"), clock, paths, Optional.of(directory));
        this.directoryDocument = new DirectoryDocument(renderer, contracts, territories, directory, lifecycle, clock);
        this.help = new HelpPage(renderer, territories, directory.resources(), clock);
        this.orientation = new OrientationDocument(renderer, territories, clock);
        this.logigramme = new LogigrammeDocument(renderer, territories, Objects.requireNonNull(circuits, "circuits"), clock);
    }

    /**
     * What the document unique gathers, through the services that guard it.
     *
     * @param partners the contract's partners
     * @param referents the current référents of a territory
     * @param institutions the shared directory of institutions
     * @param resources the registry of useful addresses
     * @param acts to journal the document as an export of personal data
     */
    public record Directory(PartnerRegister partners, ReferentRegister referents, InstitutionDirectory institutions,
            ResourceRegistry resources, Acts acts) {
    }

    /** The pipeline, to turn a rendered document into a PDF. */
    public DocumentRenderer renderer() {
        return renderer;
    }

    /** A one-page summary of a contract: its territory, title, period and where its facts come from. */
    public RenderedDocument contractSummary(Actor actor, ContractId id, Language language) {
        return summary.render(actor, id, language);
    }

    /**
     * The signature sheet of a contract's current text: its title and territory, the date of
     * the deliberation that approved that text (if it is approved), then one row per required
     * signatory — institution, representative's office and name, date of signature (empty
     * until it signs) and an empty box to sign in.
     */
    public RenderedDocument signatureSheet(Actor actor, ContractId id, Language language) {
        return signatures.render(actor, id, language);
    }

    /**
     * The yearly diagnostic of a contract for the CLSPD (qualitative and quantitative): the
     * general note, then for each commitment with indicators or a note, its note, a table of its
     * indicators — the year before, the year, the change — and a small bar chart of each over
     * {@value io.github.clvss.core.indicator.IndicatorBoard#SERIES_YEARS} years, then the state
     * of the follow-up actions when it is plugged in. Every figure is masked by the disclosure
     * policy ({@link io.github.clvss.core.indicator.Disclosure}): the document may leave vss.
     */
    public RenderedDocument diagnostic(Actor actor, ContractId id, int year, Language language) {
        return diagnostic.render(actor, id, year, language);
    }

    /**
     * The small chart of each of a contract's indicators over the years up to {@code year}, as
     * the diagnostic draws them (small counts masked), with the year's figure and change: for
     * the coordinator's home page.
     */
    public List<IndicatorSummary> indicatorSummaries(Actor actor, ContractId id, int year, Language language) {
        return diagnostic.summaries(actor, id, year, language);
    }

    /**
     * One indicator at a glance.
     *
     * @param commitment the commitment it measures
     * @param title its name and unit
     * @param figure the year's figure, masked when small
     * @param change the change from the year before, in words
     * @param svg its small bar chart, an SVG element to inline
     */
    public record IndicatorSummary(String commitment, String title, String figure, String change, String svg) {
    }

    /**
     * The document unique (axis 2 of the founding contract): every partner with its role,
     * initiatives, representative, public contact and current référents, then the useful
     * addresses — national, departmental, local — with the generation date and the contract's
     * reference. It holds personal data: producing it is journaled.
     */
    public RenderedDocument directory(Actor actor, ContractId id, Language language) {
        return directoryDocument.render(actor, id, language);
    }

    /**
     * The residents' help page of a territory: urgent numbers first, then listening and
     * orientation, then the département's and the territory's own addresses; phone-first,
     * plain HTML without scripts of its own but the quick exit, readable without JavaScript.
     * Public: it holds no personal data.
     *
     * @param territory the territory
     * @param language the page's language
     * @param exitUrl where the quick exit goes (a neutral website)
     */
    public RenderedDocument helpPage(TerritoryId territory, Language language, String exitUrl) {
        return help.render(territory, language, exitUrl);
    }

    /**
     * A referral decision to print: whom to contact, whether and how to report, what the law
     * asks, the situation as described (facts, never a name) and the rules applied, under the
     * rule set's version. Reading it takes the right to read the territory.
     *
     * @param actor who prints it
     * @param territory the territory whose rules made the decision
     * @param explanation the decision in words, in {@code language}
     * @param language the document's language
     */
    public RenderedDocument orientation(Actor actor, TerritoryId territory, Explanation explanation, Language language) {
        return orientation.render(actor, territory, explanation, language);
    }

    /**
     * The territory's logigramme: its rule set — vss's French rules, its local circuits, the
     * plug-ins — drawn as the question tree (danger, minor, who asks, consent, emprise) with
     * the reports, referrals and circuits at the leaves, to print on an A3 landscape page and
     * pin on a wall; then the same tree as a text outline, for screen readers and for a reader
     * without the picture. It names partner institutions and resources, never a person.
     */
    public RenderedDocument logigramme(Actor actor, TerritoryId territory, Language language) {
        return logigramme.render(actor, territory, language);
    }

    /**
     * The territory's logigramme as a standalone SVG picture, for a screen: the same tree as
     * {@link #logigramme(Actor, TerritoryId, Language)}, with its title and description.
     */
    public String logigrammeSvg(Actor actor, TerritoryId territory, Language language) {
        return logigramme.svg(actor, territory, language);
    }

    /**
     * The same picture drawn for a narrower screen (a phone's): its text keeps its size and
     * wraps onto more lines, the tree steps in less, so that nothing scrolls sideways.
     *
     * @param width the drawing's width in CSS pixels; below 300 it is drawn 300 wide
     */
    public String logigrammeSvg(Actor actor, TerritoryId territory, Language language, int width) {
        return logigramme.svg(actor, territory, language, width);
    }
}
