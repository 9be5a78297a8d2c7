package io.github.clvss.core.followup;

import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.shared.Provenance;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A plausible first year of follow-up of the demo contract (Boulogne-Billancourt, June 2023 to
 * June 2024), every record marked {@link Provenance#DEMO}: invented to show the product, not
 * facts. It refers to the ids of the demo contract file ({@code ContractFiles.demoFile()}):
 * its territory, contract and eight signatory partners; its own ids are fixed, so a contract
 * file can carry it.
 *
 * <p>What it holds:
 * <ul>
 * <li>the recurring obligation of commitment {@code 1.1} — "la rencontre, au moins une fois par
 *     an, de toutes les institutions signataires du contrat" — a meeting of all signatories every
 *     12 months, counted from the council's approval on 1 June 2023;</li>
 * <li>six actions under the seed's commitments: four done, one given up for a reason, one in
 *     progress whose deadline (30 April 2024) has passed — the late one — and one planned by the
 *     comité de pilotage, due 31 December 2024 (as of 1 July 2024, exactly one action is late;
 *     later on, the planned one is late too);</li>
 * <li>the comité de pilotage of 13 June 2024, 18:00–20:00, which all eight signatories attended
 *     (six present, two represented), with its minutes and two decisions, one of which created
 *     the planned action.</li>
 * </ul>
 */
public final class DemoFollowUp {

    /** Boulogne-Billancourt in the demo contract file. */
    public static final TerritoryId TERRITORY = new TerritoryId(UUID.fromString("018875f8-8000-7c83-88aa-5e38d6e1dbc4"));
    /** The demo contract. */
    public static final ContractId CONTRACT = new ContractId(UUID.fromString("018875f8-8001-7b4c-a55a-75eb92c7ad98"));
    /** The comité de pilotage of 13 June 2024. */
    public static final MeetingId STEERING_COMMITTEE_2024 = new MeetingId(id("8060"));
    /** The action in progress whose deadline has passed. */
    public static final ActionId LATE_ACTION = new ActionId(id("8043"));
    /** The action the comité de pilotage of 2024 created. */
    public static final ActionId DECIDED_ACTION = new ActionId(id("8046"));

    private static final PartnerId TOWN_HALL = partner("018875f8-801e-701e-a8b7-bd766a05068b");
    private static final PartnerId PREFECTURE = partner("018875f8-801f-701f-86ef-372fe94f82a0");
    private static final PartnerId PROSECUTOR = partner("018875f8-8020-7020-a526-b0e96899feb5");
    private static final PartnerId DEPARTMENT = partner("018875f8-8021-7021-835e-2aa2e7e47aca");
    private static final PartnerId POLICE = partner("018875f8-8022-7022-a195-a45c672ef6df");
    private static final PartnerId SCHOOLS = partner("018875f8-8023-7023-bfcd-1e15e67972f4");
    private static final PartnerId HOSPITAL = partner("018875f8-8024-7024-9e04-97cf65c3ef09");
    private static final PartnerId CIDFF = partner("018875f8-8025-7025-bc3c-1188e50e6b1e");

    /**
     * The day the demo file's follow-up describes: as of 1 July 2024, the first year is over.
     * After it, {@link #livingYears(LocalDate)} brings the follow-up up to today.
     */
    public static final LocalDate STORY_DAY = LocalDate.of(2024, 7, 1);

    /** The first action {@link #livingYears(LocalDate)} adds: once stored, the living years are there. */
    public static final ActionId LIVING_MARK = new ActionId(id("8047"));

    private DemoFollowUp() {
    }

    /**
     * When each signatory signed the contract the council approved on 1 June 2023: <b>invented
     * dates (demo data)</b> — the seed holds the deliberation, not the signatures — spread over the
     * weeks after the act reached the prefecture (6 June 2023), in the order of the signature page.
     */
    public static Map<PartnerId, LocalDate> signatures() {
        Map<PartnerId, LocalDate> dates = new LinkedHashMap<>();
        dates.put(TOWN_HALL, LocalDate.of(2023, 6, 19));
        dates.put(PREFECTURE, LocalDate.of(2023, 7, 11));
        dates.put(PROSECUTOR, LocalDate.of(2023, 7, 6));
        dates.put(DEPARTMENT, LocalDate.of(2023, 7, 4));
        dates.put(POLICE, LocalDate.of(2023, 6, 27));
        dates.put(SCHOOLS, LocalDate.of(2023, 6, 27));
        dates.put(HOSPITAL, LocalDate.of(2023, 6, 22));
        dates.put(CIDFF, LocalDate.of(2023, 6, 19));
        return dates;
    }

    /**
     * The demo contract's period: from its last signature (11 July 2023) to 31 December 2027.
     * <b>A demo assumption</b>: the contract's text sets no term; the end is that of the
     * interministerial plan 2023-2027 its deliberation cites.
     */
    public static final LocalDate IN_FORCE_FROM = LocalDate.of(2023, 7, 11);
    /** See {@link #IN_FORCE_FROM}. */
    public static final LocalDate IN_FORCE_UNTIL = LocalDate.of(2027, 12, 31);

    /**
     * What the years after the demo file's story add, so that on {@code today} (after
     * {@link #STORY_DAY}) the dashboard shows a living contract — every record
     * {@link Provenance#DEMO}, with dates counted from {@code today}:
     * <ul>
     * <li>{@code settled}: the first year's planned action, done since; its late action still in
     *     progress, its deadline moved to three weeks ago (the one late action);</li>
     * <li>{@code meetings}: a comité de pilotage every year on 13 June after 2024 up to today (all
     *     signatories present or represented), so the yearly obligation holds, and a working group
     *     in three weeks, nobody's attendance recorded yet;</li>
     * <li>{@code actions}: one done two months ago, one in progress due in three weeks and one
     *     planned in about two and a half months (the next deadlines).</li>
     * </ul>
     * Nothing when {@code today} is not after {@link #STORY_DAY}.
     */
    public static LivingYears livingYears(LocalDate today) {
        if (!today.isAfter(STORY_DAY)) {
            return new LivingYears(List.of(), List.of(), List.of());
        }
        List<Action> settled = actions().stream()
                .filter(a -> a.id().equals(LATE_ACTION) || a.id().equals(DECIDED_ACTION))
                .map(a -> a.id().equals(LATE_ACTION)
                        // still in progress: its deadline was moved, and has passed again three weeks ago
                        ? new Action(a.id(), a.version(), a.territory(), a.contract(), a.commitment(), a.title(), a.lead(),
                                a.contributors(), Optional.of(today.minusWeeks(3)), a.status(), a.abandonReason(),
                                a.progress(), a.evidence(), Provenance.DEMO)
                        : new Action(a.id(), a.version(), a.territory(), a.contract(), a.commitment(), a.title(), a.lead(),
                                a.contributors(), a.deadline(), ActionStatus.DONE, Optional.empty(), 100,
                                List.of(new Evidence.Note("Trois sessions de formation commune (donnée de démonstration).")),
                                Provenance.DEMO))
                .toList();
        List<Action> added = List.of(
                action("8047", "obj-2", "Sensibiliser les élèves de quatrième des collèges (nouvelle année scolaire)", SCHOOLS,
                        List.of(CIDFF), today.minusMonths(2), ActionStatus.DONE, Optional.empty(), 100,
                        List.of(new Evidence.Note("Dix classes sensibilisées (donnée de démonstration)."))),
                action("8048", "2.1", "Mettre à jour le document unique des initiatives et contacts", TOWN_HALL,
                        List.of(CIDFF), today.plusWeeks(3), ActionStatus.IN_PROGRESS, Optional.empty(), 50, List.of()),
                action("8049", "obj-1", "Recenser les places d’hébergement d’urgence pour les victimes", DEPARTMENT,
                        List.of(TOWN_HALL), today.plusWeeks(11), ActionStatus.PLANNED, Optional.empty(), 0, List.of()));
        List<Meeting> meetings = new ArrayList<>();
        for (int year = 2025; !LocalDate.of(year, 6, 13).isAfter(today); year++) {
            meetings.add(steeringCommittee(year));
        }
        LocalDate next = today.plusWeeks(3);
        meetings.add(new Meeting(new MeetingId(id("8070")), 0, TERRITORY, CONTRACT, MeetingKind.WORKING_GROUP,
                "Groupe de travail : circuit d’accueil aux urgences", next.atTime(14, 0), next.atTime(16, 0),
                Optional.of("Hôtel de ville de Boulogne-Billancourt (démonstration)"),
                List.of("Avis de la police sur la procédure", "Calendrier de signature"),
                List.of(new Invitee(TOWN_HALL, Optional.empty()), new Invitee(PROSECUTOR, Optional.empty()),
                        new Invitee(POLICE, Optional.empty()), new Invitee(HOSPITAL, Optional.empty())),
                List.of(), Optional.empty(), List.of(), Provenance.DEMO));
        return new LivingYears(settled, added, meetings);
    }

    /**
     * The years after the demo file's story (see {@link #livingYears(LocalDate)}).
     *
     * @param settled first-year actions with their new state, to update
     * @param actions actions to add
     * @param meetings meetings to record
     */
    public record LivingYears(List<Action> settled, List<Action> actions, List<Meeting> meetings) {
        public LivingYears {
            settled = List.copyOf(settled);
            actions = List.copyOf(actions);
            meetings = List.copyOf(meetings);
        }
    }

    private static Meeting steeringCommittee(int year) {
        List<Invitee> invitees = List.of(TOWN_HALL, PREFECTURE, PROSECUTOR, DEPARTMENT, POLICE, SCHOOLS, HOSPITAL, CIDFF)
                .stream().map(p -> new Invitee(p, Optional.of(p.equals(PREFECTURE) || p.equals(DEPARTMENT)
                        ? Attendance.REPRESENTED : Attendance.PRESENT)))
                .toList();
        LocalDate day = LocalDate.of(year, 6, 13);
        return new Meeting(new MeetingId(id("8" + String.format("%03d", year - 2025 + 61))), 0, TERRITORY, CONTRACT, MeetingKind.STEERING_COMMITTEE,
                "Comité de pilotage " + year, day.atTime(LocalTime.of(18, 0)), day.atTime(LocalTime.of(20, 0)),
                Optional.of("Hôtel de ville de Boulogne-Billancourt, salle du Conseil"),
                List.of("Bilan de l’année", "Actions de l’année suivante"), invitees, List.of(),
                Optional.of("Les huit institutions signataires étaient présentes ou représentées (donnée de démonstration)."),
                List.of(), Provenance.DEMO);
    }

    /** The commitment's recurring obligation: the signatories meet at least once a year (commitment 1.1). */
    public static List<Obligation> obligations() {
        return List.of(Obligation.yearlyMeetingOfSignatories(TERRITORY, CONTRACT, "1.1", LocalDate.of(2023, 6, 1),
                Provenance.DEMO));
    }

    /** The first year's actions, the one the comité de pilotage created included. */
    public static List<Action> actions() {
        return List.of(
                action("8041", "1.1", "Réunir le comité de pilotage annuel des signataires", TOWN_HALL, List.of(),
                        LocalDate.of(2024, 6, 30), ActionStatus.DONE, Optional.empty(), 100,
                        List.of(new Evidence.Document("Compte rendu du comité de pilotage du 13 juin 2024"))),
                action("8042", "2.1", "Rédiger et diffuser le document unique des initiatives et contacts", TOWN_HALL,
                        List.of(CIDFF), LocalDate.of(2024, 3, 31), ActionStatus.DONE, Optional.empty(), 100,
                        List.of(new Evidence.Note("Diffusé le 18 mars 2024 aux huit signataires et aux services municipaux."),
                                new Evidence.Document("Document unique, version de mars 2024"))),
                action("8043", "1.3", "Formaliser le circuit d’accueil des victimes aux urgences de l’hôpital", HOSPITAL,
                        List.of(PROSECUTOR, POLICE), LocalDate.of(2024, 4, 30), ActionStatus.IN_PROGRESS, Optional.empty(), 60,
                        List.of(new Evidence.Note("Projet de procédure relu par le parquet ; avis de la police attendu."))),
                action("8044", "obj-2", "Sensibiliser les élèves de quatrième des collèges de la ville", SCHOOLS,
                        List.of(CIDFF), LocalDate.of(2024, 5, 31), ActionStatus.DONE, Optional.empty(), 100,
                        List.of(new Evidence.Note("Douze classes sensibilisées entre janvier et mai 2024."))),
                action("8045", "obj-3", "Afficher les numéros d’aide dans les pharmacies de la ville", TOWN_HALL, List.of(),
                        LocalDate.of(2024, 2, 29), ActionStatus.ABANDONED,
                        Optional.of("Remplacée par la campagne d’affichage départementale de mars 2024."), 20, List.of()),
                action("8046", "1.2", "Former ensemble les agents d’accueil de la mairie, du commissariat et de l’hôpital au repérage",
                        CIDFF, List.of(TOWN_HALL, POLICE, HOSPITAL), LocalDate.of(2024, 12, 31), ActionStatus.PLANNED,
                        Optional.empty(), 0, List.of()));
    }

    /** The comité de pilotage of 13 June 2024, all signatories attending. */
    public static List<Meeting> meetings() {
        List<Invitee> invitees = List.of(
                new Invitee(TOWN_HALL, Optional.of(Attendance.PRESENT)),
                new Invitee(PREFECTURE, Optional.of(Attendance.REPRESENTED)),
                new Invitee(PROSECUTOR, Optional.of(Attendance.PRESENT)),
                new Invitee(DEPARTMENT, Optional.of(Attendance.REPRESENTED)),
                new Invitee(POLICE, Optional.of(Attendance.PRESENT)),
                new Invitee(SCHOOLS, Optional.of(Attendance.PRESENT)),
                new Invitee(HOSPITAL, Optional.of(Attendance.PRESENT)),
                new Invitee(CIDFF, Optional.of(Attendance.PRESENT)));
        return List.of(new Meeting(STEERING_COMMITTEE_2024, 0, TERRITORY, CONTRACT, MeetingKind.STEERING_COMMITTEE,
                "Comité de pilotage 2024", LocalDateTime.of(2024, 6, 13, 18, 0), LocalDateTime.of(2024, 6, 13, 20, 0),
                Optional.of("Hôtel de ville de Boulogne-Billancourt, salle du Conseil"),
                List.of("Bilan de la première année du contrat", "Circuit d’accueil des victimes à l’hôpital",
                        "Sensibilisation des collégiens : retour des classes", "Actions de la deuxième année"),
                invitees, List.of(),
                Optional.of("Les huit institutions signataires étaient présentes ou représentées. Le document unique "
                        + "est diffusé ; la sensibilisation des collégiens a touché douze classes. Le circuit d’accueil "
                        + "aux urgences reste à finaliser avec la police."),
                List.of(new MeetingDecision("Finaliser le circuit d’accueil aux urgences avant l’été.", Optional.empty()),
                        new MeetingDecision("Organiser une formation commune des agents d’accueil au repérage des victimes.",
                                Optional.of(DECIDED_ACTION))),
                Provenance.DEMO));
    }

    /**
     * Loads the first year into the demo contract, which must already be imported from the
     * demo contract file: the obligation, the actions, then the meeting. Each record's history
     * and journal entry is the {@code actor}'s.
     */
    public static void load(Actor actor, ObligationWatch obligations, ActionPlan actions, MeetingRegister meetings) {
        obligations().forEach(o -> obligations.carry(actor, o));
        actions().forEach(a -> actions.add(actor, a));
        meetings().forEach(m -> meetings.record(actor, m));
    }

    private static Action action(String suffix, String commitment, String title, PartnerId lead, List<PartnerId> contributors,
            LocalDate deadline, ActionStatus status, Optional<String> reason, int progress, List<Evidence> evidence) {
        return new Action(new ActionId(id(suffix)), 0, TERRITORY, CONTRACT, commitment, title, lead, contributors,
                Optional.of(deadline), status, reason, progress, evidence, Provenance.DEMO);
    }

    private static PartnerId partner(String id) {
        return new PartnerId(UUID.fromString(id));
    }

    /** A fixed id in the demo file's range: {@code 018875f8-XXXX-7XXX-8000-…}. */
    private static UUID id(String suffix) {
        return UUID.fromString("018875f8-" + suffix + "-7" + suffix.substring(1) + "-8000-00000000" + suffix);
    }
}
