package io.github.clvss.admin.path;

import io.github.clvss.core.path.Handover;
import io.github.clvss.core.path.VictimPath;
import io.github.clvss.core.shared.Language;
import org.springframework.web.util.HtmlUtils;

/**
 * The path printed for the professional: the same words as its page (reference, who opened it,
 * the handovers and the timeline), as accessible XHTML that vss-core's document pipeline turns
 * into a tagged PDF. Every value is escaped; the page names nobody.
 */
final class PathPrint {

    private PathPrint() {
    }

    static String html(VictimPath path, PathWords words, PartnerNames.Directory names, String title, Language language) {
        PathWords.Texts t = words.t();
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"").append(language.locale().getLanguage()).append("\"><head><meta charset=\"UTF-8\"/>")
                .append("<title>").append(escape(title)).append("</title>")
                .append("<style>body{font-family:'Liberation Sans',sans-serif;font-size:11pt;line-height:1.4}"
                        + "h1{font-size:18pt}h2{font-size:13pt;margin-top:14pt}table{border-collapse:collapse;width:100%}"
                        + "th,td{border:1px solid #777;padding:3pt;text-align:left;vertical-align:top}</style></head><body>");
        out.append("<h1>").append(escape(title)).append("</h1>");
        out.append("<p>").append(escape(t.get("path.page.opened", names.name(path.opener()), words.when(path.openedAt()))))
                .append(" — ").append(escape(t.get(path.closed() ? "path.page.closed" : "path.page.open"))).append("</p>");
        out.append("<p>").append(escape(t.get("path.page.reference-help"))).append("</p>");
        path.note().ifPresent(n -> out.append("<p>").append(escape(t.get("path.page.note", n.text()))).append("</p>"));
        out.append("<h2>").append(escape(t.get("path.handovers"))).append("</h2>");
        if (path.handovers().isEmpty()) {
            out.append("<p>").append(escape(t.get("path.handovers.none"))).append("</p>");
        } else {
            out.append("<table><thead><tr><th scope=\"col\">").append(escape(t.get("path.print.to")))
                    .append("</th><th scope=\"col\">").append(escape(t.get("path.print.status")))
                    .append("</th><th scope=\"col\">").append(escape(t.get("path.print.sent")))
                    .append("</th><th scope=\"col\">").append(escape(t.get("path.print.deadline"))).append("</th></tr></thead><tbody>");
            for (Handover h : path.handovers()) {
                out.append("<tr><td>").append(escape(t.get("path.handover.heading", names.name(h.from()), names.name(h.to()))))
                        .append("</td><td>").append(escape(words.status(h)))
                        .append(h.override().map(o -> " — " + escape(t.get("path.handover.override", o.legalBasis()))
                                + " — " + escape(t.get("path.handover.override-reason", o.reason().text()))).orElse(""))
                        .append("</td><td>").append(escape(words.when(h.sentAt())))
                        .append("</td><td>").append(escape(words.when(h.deadline()))).append("</td></tr>");
            }
            out.append("</tbody></table>");
        }
        out.append("<h2>").append(escape(t.get("path.consents"))).append("</h2><ul>");
        path.consents().forEach(c -> out.append("<li>").append(escape(words.consent(c, names) + " · " + words.when(c.at())))
                .append("</li>"));
        if (path.consents().isEmpty()) {
            out.append("<li>").append(escape(t.get("path.consents.none"))).append("</li>");
        }
        out.append("</ul><h2>").append(escape(t.get("path.timeline"))).append("</h2><ol>");
        words.timeline(path, names).forEach(e -> out.append("<li>").append(escape(words.when(e.at()) + " — " + e.text()))
                .append("</li>"));
        out.append("</ol><p>").append(escape(t.get("path.print.footer", path.decision().ruleSetVersion()))).append("</p>");
        out.append("</body></html>");
        return out.toString();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
