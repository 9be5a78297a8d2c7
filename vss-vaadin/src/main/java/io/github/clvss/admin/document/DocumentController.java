package io.github.clvss.admin.document;

import io.github.clvss.admin.security.CurrentUser;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.csv.DeliberationsCsv;
import io.github.clvss.core.csv.DiagnosticCsv;
import io.github.clvss.core.document.Documents;
import io.github.clvss.core.document.RenderedDocument;
import io.github.clvss.core.followup.MeetingRegister;
import io.github.clvss.core.shared.AccessRefusedException;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.shared.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves documents at stable addresses for signed-in people, in HTML or tagged PDF, with
 * the rights vss-core checks: {@code /documents/contracts/{id}/summary.pdf?lang=fr}.
 */
@RestController
class DocumentController {

    /** Documents are plain HTML: no script, no outside resource. */
    private static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'";

    private final Documents documents;
    private final DiagnosticCsv diagnosticCsv;
    private final DeliberationsCsv deliberationsCsv;
    private final MeetingRegister meetings;
    private final CurrentUser user;

    DocumentController(Documents documents, DiagnosticCsv diagnosticCsv, DeliberationsCsv deliberationsCsv,
            MeetingRegister meetings, CurrentUser user) {
        this.documents = documents;
        this.diagnosticCsv = diagnosticCsv;
        this.deliberationsCsv = deliberationsCsv;
        this.meetings = meetings;
        this.user = user;
    }

    @GetMapping("/documents/contracts/{id}/summary.pdf")
    ResponseEntity<byte[]> summaryPdf(@PathVariable String id, @RequestParam(defaultValue = "") String lang) {
        return pdf(summary(id, lang));
    }

    @GetMapping("/documents/contracts/{id}/summary.html")
    ResponseEntity<String> summaryHtml(@PathVariable String id, @RequestParam(defaultValue = "") String lang) {
        return html(summary(id, lang));
    }

    @GetMapping("/documents/contracts/{id}/directory.pdf")
    ResponseEntity<byte[]> directoryPdf(@PathVariable String id, @RequestParam(defaultValue = "") String lang) {
        return pdf(documents.directory(user.actor(), contract(id), language(lang)));
    }

    @GetMapping("/documents/contracts/{id}/directory.html")
    ResponseEntity<String> directoryHtml(@PathVariable String id, @RequestParam(defaultValue = "") String lang) {
        return html(documents.directory(user.actor(), contract(id), language(lang)));
    }

    @GetMapping("/documents/contracts/{id}/signatures.pdf")
    ResponseEntity<byte[]> signaturesPdf(@PathVariable String id, @RequestParam(defaultValue = "") String lang) {
        return pdf(documents.signatureSheet(user.actor(), contract(id), language(lang)));
    }

    @GetMapping("/documents/contracts/{id}/signatures.html")
    ResponseEntity<String> signaturesHtml(@PathVariable String id, @RequestParam(defaultValue = "") String lang) {
        return html(documents.signatureSheet(user.actor(), contract(id), language(lang)));
    }

    @GetMapping("/documents/contracts/{id}/diagnostic-{year}.pdf")
    ResponseEntity<byte[]> diagnosticPdf(@PathVariable String id, @PathVariable int year,
            @RequestParam(defaultValue = "") String lang) {
        return pdf(documents.diagnostic(user.actor(), contract(id), year, language(lang)));
    }

    @GetMapping("/documents/contracts/{id}/diagnostic-{year}.html")
    ResponseEntity<String> diagnosticHtml(@PathVariable String id, @PathVariable int year,
            @RequestParam(defaultValue = "") String lang) {
        return html(documents.diagnostic(user.actor(), contract(id), year, language(lang)));
    }

    @GetMapping("/documents/contracts/{id}/diagnostic-{year}.csv")
    ResponseEntity<byte[]> diagnosticCsv(@PathVariable String id, @PathVariable int year,
            @RequestParam(defaultValue = "") String lang) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("diagnostic-" + year + ".csv", StandardCharsets.UTF_8).build().toString())
                .body(diagnosticCsv.export(user.actor(), contract(id), year, language(lang)));
    }

    /** A meeting's invitation as an iCalendar file, in the territory's time zone. */
    @GetMapping("/documents/meetings/{id}/invitation.ics")
    ResponseEntity<String> invitation(@PathVariable String id, @RequestParam(defaultValue = "") String lang) {
        var meeting = io.github.clvss.core.followup.MeetingId.parse(id, "id").orElseThrow();
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("invitation.ics", StandardCharsets.UTF_8).build().toString())
                .body(meetings.invitation(user.actor(), meeting, language(lang).locale()).ics());
    }

    /** The territory's deliberations as SCDL "Délibérations" open data: UTF-8, comma-separated. */
    @GetMapping("/documents/territories/{id}/deliberations.csv")
    ResponseEntity<byte[]> deliberationsCsv(@PathVariable String id) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("deliberations.csv", StandardCharsets.UTF_8).build().toString())
                .body(deliberationsCsv.export(user.actor(), territory(id)));
    }

    private ResponseEntity<byte[]> pdf(RenderedDocument document) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.fileName() + ".pdf", StandardCharsets.UTF_8).build().toString())
                .body(documents.renderer().pdf(document));
    }

    private ResponseEntity<String> html(RenderedDocument document) {
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Content-Security-Policy", POLICY)
                .body(document.html());
    }

    @GetMapping("/documents/territories/{id}/logigramme.pdf")
    ResponseEntity<byte[]> logigrammePdf(@PathVariable String id, @RequestParam(defaultValue = "") String lang) {
        return pdf(documents.logigramme(user.actor(), territory(id), language(lang)));
    }

    @GetMapping("/documents/territories/{id}/logigramme.html")
    ResponseEntity<String> logigrammeHtml(@PathVariable String id, @RequestParam(defaultValue = "") String lang) {
        return html(documents.logigramme(user.actor(), territory(id), language(lang)));
    }

    @GetMapping("/documents/territories/{id}/logigramme.svg")
    ResponseEntity<String> logigrammeSvg(@PathVariable String id, @RequestParam(defaultValue = "") String lang) {
        return ResponseEntity.ok()
                .contentType(new MediaType("image", "svg+xml", StandardCharsets.UTF_8))
                .header("Content-Security-Policy", POLICY)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("logigramme.svg", StandardCharsets.UTF_8).build().toString())
                .body(documents.logigrammeSvg(user.actor(), territory(id), language(lang)));
    }

    private static io.github.clvss.core.access.TerritoryId territory(String id) {
        return io.github.clvss.core.access.TerritoryId.parse(id, "id").orElseThrow();
    }

    private static ContractId contract(String id) {
        return ContractId.parse(id, "id").orElseThrow();
    }

    private Language language(String lang) {
        return lang.isBlank() ? user.account().language() : Language.of(Locale.forLanguageTag(lang));
    }

    private RenderedDocument summary(String id, String lang) {
        ContractId contract = ContractId.parse(id, "id").orElseThrow();
        Language language = lang.isBlank() ? user.account().language() : Language.of(Locale.forLanguageTag(lang));
        return documents.contractSummary(user.actor(), contract, language);
    }

    @ExceptionHandler(AccessRefusedException.class)
    ResponseEntity<String> refused() {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body("refused");
    }

    @ExceptionHandler({NotFoundException.class, io.github.clvss.core.shared.InvalidInputException.class})
    ResponseEntity<String> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body("not found");
    }
}
