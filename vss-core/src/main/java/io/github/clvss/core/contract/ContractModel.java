package io.github.clvss.core.contract;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The model text of a contrat local sur les violences sexistes et sexuelles, in French, for a
 * town that starts its own: a generic preamble, the texts such a contract cites, the three
 * numbered commitments and the broader objectives of the CLVSS model, the signatories' page and
 * the annex of référents. Written for vss after the structure of the founding contract
 * (Boulogne-Billancourt, 1 June 2023), with no figure or name of that town; the coordinator
 * rewords it in the app. Commitment ids follow the founding contract's ({@code 1.1} …
 * {@code obj-3}), so follow-up written against one reads the same against the other.
 */
public final class ContractModel {

    private ContractModel() {
    }

    /** The usual title of such a contract. */
    public static final String TITLE =
            "Contrat de mobilisation et de coordination locale sur les violences sexistes et sexuelles";

    /**
     * The model text for the town {@code territoryName}, valid as it stands
     * ({@link ContractText#problems} finds nothing).
     *
     * @param territoryName the town's official name, written into the preamble and the annexes
     */
    public static ContractText clvss(String territoryName) {
        Objects.requireNonNull(territoryName, "territoryName");
        String town = territoryName.strip();
        String preamble = String.join("\n\n",
                "La gravité et la multiplicité des violences sexistes et sexuelles, dont les femmes sont les "
                        + "principales victimes, constituent un phénomène d’ampleur, dans la sphère privée comme "
                        + "dans l’espace public. Elles touchent les victimes et leur entourage, notamment les enfants "
                        + "qui y sont exposés, et favorisent des vulnérabilités durables.",
                "La lutte contre ces violences appelle une action publique interministérielle et partenariale, "
                        + "en liaison étroite avec les acteurs locaux. La commune de " + town + " se saisit du "
                        + "contrat local sur les violences sexistes et sexuelles (CLVSS) pour renforcer son "
                        + "engagement et celui de ses partenaires.",
                "Il s’agit de favoriser le partage d’information entre les acteurs locaux engagés dans la lutte "
                        + "contre ces violences, de recenser et mettre en lumière les initiatives existantes, de "
                        + "renforcer la lisibilité des dispositifs d’aide afin de garantir l’efficacité de leurs "
                        + "actions auprès des victimes, et de poursuivre le développement d’un maillage territorial "
                        + "opérationnel au plus près des victimes.",
                "Les signataires s’engagent collectivement, par la signature et la mise en œuvre du présent "
                        + "contrat, à rechercher une plus grande efficacité dans les réponses apportées aux violences "
                        + "sexistes et sexuelles, dont celles commises au sein du couple, dans les domaines de la "
                        + "prévention, de la prise en charge, de la répression et de la réparation. Ils mettent en "
                        + "place, au sein du conseil local de sécurité et de prévention de la délinquance (CLSPD), "
                        + "une organisation en réseau favorisant le repérage en amont des victimes et leur "
                        + "accompagnement.");
        List<LegalReference> references = List.of(
                new LegalReference(LegalReference.Kind.CONVENTION, "Convention du Conseil de l’Europe sur la "
                        + "prévention et la lutte contre la violence à l’égard des femmes et la violence domestique "
                        + "(convention d’Istanbul)", Optional.empty(), Optional.of(LocalDate.of(2011, 5, 11))),
                new LegalReference(LegalReference.Kind.LAW, "Loi relative aux violences faites spécifiquement aux "
                        + "femmes, aux violences au sein des couples et aux incidences de ces dernières sur les enfants",
                        Optional.of("2010-769"), Optional.of(LocalDate.of(2010, 7, 9))),
                new LegalReference(LegalReference.Kind.LAW, "Loi visant à agir contre les violences au sein de la "
                        + "famille", Optional.of("2019-1480"), Optional.of(LocalDate.of(2019, 12, 28))),
                new LegalReference(LegalReference.Kind.LAW, "Loi visant à protéger les victimes de violences "
                        + "conjugales", Optional.of("2020-936"), Optional.of(LocalDate.of(2020, 7, 30))),
                new LegalReference(LegalReference.Kind.PLAN, "Stratégie nationale de prévention de la délinquance "
                        + "et plan départemental de prévention de la délinquance qui en découle",
                        Optional.empty(), Optional.empty()));
        List<Axis> axes = List.of(
                new Axis(Optional.of(1), "Amélioration des échanges d’informations entre les institutions", List.of(
                        new Commitment("1.1", "La rencontre, au moins une fois par an, de toutes les institutions "
                                + "signataires du contrat pour échanger sur la thématique, les problématiques "
                                + "rencontrées et les actions mises en œuvre."),
                        new Commitment("1.2", "L’engagement de tous les acteurs concernés à améliorer le repérage des "
                                + "victimes, à les orienter et, sous réserve de leur accord et des exigences légales "
                                + "relatives à la levée du secret professionnel, à signaler leur situation, en vue "
                                + "d’assurer un suivi de leur parcours."),
                        new Commitment("1.3", "La définition de procédures et de circuits entre les acteurs des champs "
                                + "sanitaire, judiciaire et social pour améliorer l’accueil et le parcours des "
                                + "victimes."))),
                new Axis(Optional.of(2), "Définition du rôle de chaque partenaire afin de renforcer la coordination "
                        + "des acteurs et professionnels concernés", List.of(
                        new Commitment("2.1", "La création d’un document unique rassemblant les initiatives existantes "
                                + "et les contacts de tous les acteurs concernés."),
                        new Commitment("2.2", "L’utilisation et la diffusion des outils de communication existants (ou "
                                + "à créer) qui recensent les adresses utiles et les démarches à suivre sur le "
                                + "territoire et dans le département, actualisés en continu."))),
                new Axis(Optional.of(3), "Élaboration d’outils permettant une communication coordonnée sur les "
                        + "actions réalisées et les dispositifs d’aide aux victimes auprès des habitants", List.of(
                        new Commitment("3.1", "Un plan de communication commun aux signataires, tenu à jour chaque "
                                + "année, à destination du grand public, des scolaires et des professionnels."))),
                new Axis(Optional.empty(), "Plus largement, les signataires se donnent collectivement pour "
                        + "objectifs, selon leurs domaines", List.of(
                        new Commitment("obj-1", "D’améliorer la connaissance du phénomène des violences sur le "
                                + "territoire, par un diagnostic qualitatif et quantitatif partagé au sein du CLSPD."),
                        new Commitment("obj-2", "De développer la sensibilisation et la communication auprès du grand "
                                + "public, notamment auprès des scolaires afin de prévenir les violences le plus tôt "
                                + "possible."),
                        new Commitment("obj-3", "De faire connaître les dispositifs d’information et de prise en charge "
                                + "des victimes, aux niveaux national et départemental."))));
        List<Annex> annexes = List.of(
                new Annex("Les signataires du présent contrat", "Le maire de " + town + " ; le préfet du "
                        + "département ; le procureur de la République ; le président du conseil départemental ; "
                        + "les services de police ou de gendarmerie ; les services départementaux de l’Éducation "
                        + "nationale ; l’établissement de santé de référence ; l’association d’aide aux victimes "
                        + "ou le centre d’information sur les droits des femmes et des familles."),
                new Annex("ANNEXE 1 — Liste des référents « violences faites aux femmes » des institutions "
                        + "signataires", "Chaque institution signataire désigne un référent ; la liste tenue à jour "
                        + "figure dans le document unique de " + town + "."));
        return new ContractText(preamble, references, axes, annexes);
    }
}
