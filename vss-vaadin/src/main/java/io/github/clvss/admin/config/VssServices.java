package io.github.clvss.admin.config;

import io.github.clvss.core.Vss;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Each of vss-core's services as a bean of its own, so that a screen receives the one or two
 * services it uses and never the whole {@link Vss} catalogue. The catalogue owns their life: no
 * bean here has a destroy method.
 */
@Configuration(proxyBeanMethods = false)
class VssServices {

    @Bean(destroyMethod = "")
    io.github.clvss.core.territory.TerritoryAdministration territories(Vss vss) {
        return vss.territories();
    }

    @Bean(destroyMethod = "")
    io.github.clvss.core.institution.InstitutionDirectory institutions(Vss vss) {
        return vss.institutions();
    }

    @Bean(destroyMethod = "")
    io.github.clvss.core.contract.ContractManagement contracts(Vss vss) {
        return vss.contracts();
    }

    @Bean(destroyMethod = "")
    io.github.clvss.core.contract.ContractLifecycle contractLifecycle(Vss vss) {
        return vss.contractLifecycle();
    }

    @Bean(destroyMethod = "")
    io.github.clvss.core.journal.AuditTrail auditTrail(Vss vss) {
        return vss.auditTrail();
    }

    @Bean(destroyMethod = "")
    io.github.clvss.core.contractfile.ContractFiles contractFiles(Vss vss) {
        return vss.contractFiles();
    }

    @Bean(destroyMethod = "")
    io.github.clvss.core.account.AccountAdministration accounts(Vss vss) {
        return vss.accounts();
    }

    @Bean(destroyMethod = "")
    io.github.clvss.core.csv.AccountsCsv accountsCsv(Vss vss) {
        return vss.accountsCsv();
    }

    @Bean(destroyMethod = "")
    io.github.clvss.core.notification.Notifier notifier(Vss vss) {
        return vss.notifier();
    }

    @Bean(destroyMethod = "")
    io.github.clvss.core.branding.BrandingAdministration branding(Vss vss) {
        return vss.branding();
    }

    @Bean(destroyMethod = "")
    io.github.clvss.core.partner.PartnerRegister partners(Vss vss) {
        return vss.partners();
    }

    @Bean(destroyMethod = "")
    io.github.clvss.core.partner.ReferentRegister referents(Vss vss) {
        return vss.referents();
    }

    @Bean(destroyMethod = "")
    io.github.clvss.core.resource.ResourceRegistry resources(Vss vss) {
        return vss.resources();
    }

    @Bean(destroyMethod = "")
    io.github.clvss.core.referral.LocalCircuits circuits(Vss vss) {
        return vss.circuits();
    }

    @Bean(destroyMethod = "")
    io.github.clvss.core.deliberation.DeliberationRegister deliberations(Vss vss) {
        return vss.deliberations();
    }

    @Bean(destroyMethod = "")
    io.github.clvss.core.csv.DeliberationsCsv deliberationsCsv(Vss vss) {
        return vss.deliberationsCsv();
    }

    @Bean(destroyMethod = "")
    io.github.clvss.core.followup.ActionPlan actions(Vss vss) {
        return vss.actions();
    }

    @Bean(destroyMethod = "")
    io.github.clvss.core.followup.MeetingRegister meetings(Vss vss) {
        return vss.meetings();
    }

    @Bean(destroyMethod = "")
    io.github.clvss.core.followup.ObligationWatch obligations(Vss vss) {
        return vss.obligations();
    }

    @Bean(destroyMethod = "")
    io.github.clvss.core.indicator.IndicatorBoard indicators(Vss vss) {
        return vss.indicators();
    }

    @Bean(destroyMethod = "")
    io.github.clvss.core.csv.MeasurementsCsv measurementsCsv(Vss vss) {
        return vss.measurementsCsv();
    }

    @Bean(destroyMethod = "")
    io.github.clvss.core.csv.DiagnosticCsv diagnosticCsv(Vss vss) {
        return vss.diagnosticCsv();
    }

    @Bean(destroyMethod = "")
    io.github.clvss.core.csv.JournalCsv journalCsv(Vss vss) {
        return vss.journalCsv();
    }

    @Bean(destroyMethod = "")
    io.github.clvss.core.csv.CsvImport.Limits csvLimits(Vss vss) {
        return vss.csvLimits();
    }

    @Bean(destroyMethod = "")
    io.github.clvss.core.communication.CommunicationPlan communication(Vss vss) {
        return vss.communication();
    }

    @Bean(destroyMethod = "")
    io.github.clvss.core.csv.ReferentsCsv referentsCsv(Vss vss) {
        return vss.referentsCsv();
    }

    @Bean(destroyMethod = "")
    io.github.clvss.core.csv.ResourcesCsv resourcesCsv(Vss vss) {
        return vss.resourcesCsv();
    }

    @Bean(destroyMethod = "")
    io.github.clvss.core.document.Documents documents(Vss vss) {
        return vss.documents();
    }

    @Bean(destroyMethod = "")
    io.github.clvss.core.shared.ScheduledWork scheduledWork(Vss vss) {
        return vss.scheduledWork();
    }

    @Bean(destroyMethod = "")
    io.github.clvss.core.path.PathRegister paths(Vss vss) {
        return vss.paths();
    }
}
