package io.github.clvss.admin.residents;

import io.github.clvss.admin.base.ContractFrame;
import io.github.clvss.admin.base.VssProperties;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.calendar.CalendarFeed;
import io.github.clvss.core.communication.CommunicationPlan;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.csv.ResourcesCsv;
import io.github.clvss.core.document.Documents;
import io.github.clvss.core.document.RenderedDocument;
import io.github.clvss.core.resource.Resource;
import io.github.clvss.core.resource.ResourceRegistry;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.territory.InseeCode;
import io.github.clvss.core.territory.Territory;
import io.github.clvss.core.territory.TerritoryAdministration;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * What residents and re-users reach without signing in, at stable addresses per territory
 * (its INSEE code): the help page {@code /aide/92012}, the open data
 * {@code /public/92012/ressources.json|.csv} and the communication plan's calendar
 * {@code /public/92012/communication.ics}. Plain HTTP answers: no Vaadin, no session, no
 * cookie, no third-party request; the help page has a strict Content-Security-Policy.
 */
@RestController
class PublicPages {

    private static final Pattern STYLE = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL);
    private static final String EXIT_SCRIPT = """
            (function () {
              var exit = document.getElementById('quick-exit');
              if (!exit) { return; }
              function leave(event) {
                if (event) { event.preventDefault(); }
                document.body.innerHTML = '';
                document.title = '';
                window.location.replace(exit.href);
              }
              exit.addEventListener('click', leave);
              document.addEventListener('keydown', function (event) {
                if (event.key === 'Escape') { leave(event); }
              });
            })();
            """;

    private final TerritoryAdministration territories;
    private final ResourceRegistry resources;
    private final CommunicationPlan communication;
    private final Documents documents;
    private final VssProperties properties;
    private final ContractFrame contracts;

    PublicPages(TerritoryAdministration territories, ResourceRegistry resources, CommunicationPlan communication,
            Documents documents, VssProperties properties, ContractFrame contracts) {
        this.territories = territories;
        this.resources = resources;
        this.communication = communication;
        this.documents = documents;
        this.contracts = contracts;
        this.properties = properties;
    }

    @GetMapping("/aide/{insee}")
    ResponseEntity<String> help(@PathVariable String insee, @RequestParam(defaultValue = "fr") String lang) {
        Optional<Territory> territory = territory(insee);
        if (territory.isEmpty()) {
            return unknownTown(lang);
        }
        RenderedDocument page = documents.helpPage(territory.get().id(), Language.of(Locale.forLanguageTag(lang)),
                properties.help().exitUrl());
        List<String> styles = new ArrayList<>();
        Matcher style = STYLE.matcher(page.html());
        while (style.find()) {
            styles.add("'sha256-" + sha256(style.group(1)) + "'");
        }
        String policy = "default-src 'none'; script-src 'self'; style-src " + String.join(" ", styles)
                + "; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .header("Content-Security-Policy", policy)
                .header("Referrer-Policy", "no-referrer")
                .header("X-Content-Type-Options", "nosniff")
                .body(page.html());
    }

    /** A help page for a town vss does not serve: a page in words, with a title, in the asked language. */
    private static ResponseEntity<String> unknownTown(String lang) {
        boolean english = "en".equals(Locale.forLanguageTag(lang).getLanguage());
        String title = english ? "Page not found" : "Page introuvable";
        String text = english
                ? "No help page is published at this address. Check the town’s code in the address, or ask your town hall."
                : "Aucune page d’aide n’est publiée à cette adresse. Vérifiez le code de la commune dans l’adresse, ou renseignez-vous auprès de votre mairie.";
        String html = "<!DOCTYPE html><html lang=\"" + (english ? "en" : "fr") + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title + "</title></head>"
                + "<body><main><h1>" + title + "</h1><p>" + text + "</p></main></body></html>";
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .header("Content-Security-Policy", "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
                .header("X-Content-Type-Options", "nosniff")
                .body(html);
    }

    @GetMapping("/aide/sortie.js")
    ResponseEntity<String> quickExit() {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "javascript", StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .header("X-Content-Type-Options", "nosniff")
                .body(EXIT_SCRIPT);
    }

    @GetMapping("/public/{insee}/ressources.json")
    ResponseEntity<String> resourcesJson(@PathVariable String insee) {
        Optional<Territory> territory = territory(insee);
        if (territory.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN).body("not found");
        }
        List<Map<String, Object>> rows = resources(territory.get()).stream().map(ResourcesCsv::openData).toList();
        Map<String, Object> document = new java.util.LinkedHashMap<>();
        document.put("territory", territory.get().name());
        document.put("inseeCode", insee);
        document.put("resources", rows);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).cacheControl(CacheControl.noCache())
                .body(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(document));
    }

    @GetMapping("/public/{insee}/ressources.csv")
    ResponseEntity<String> resourcesCsv(@PathVariable String insee) {
        Optional<Territory> territory = territory(insee);
        if (territory.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN).body("not found");
        }
        StringWriter out = new StringWriter();
        ResourcesCsv.openData(resources(territory.get()), out);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noCache()).body(out.toString());
    }

    @GetMapping("/public/{insee}/communication.ics")
    ResponseEntity<String> calendar(@PathVariable String insee) {
        Optional<Territory> territory = territory(insee);
        Optional<Contract> contract = territory.flatMap(t -> contracts.working(Actor.system(), t.id()));
        if (contract.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN).body("not found");
        }
        String ics = CalendarFeed.ics(territory.get().name() + " — plan de communication",
                communication.published(contract.get().id()), territory.get().facts().timeZone());
        return ResponseEntity.ok().contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noCache()).body(ics);
    }

    /** Resources are public data: read with the installation's own rights, never a person's. */
    private List<Resource> resources(Territory territory) {
        return PageRequest.readAll(page -> resources.serving(Actor.system(), territory.id(), page), x -> x.id().value());
    }

    private Optional<Territory> territory(String insee) {
        return InseeCode.parse(insee, "insee").asOptional()
                .flatMap(code -> territories.findByInseeCode(Actor.system(), code));
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
