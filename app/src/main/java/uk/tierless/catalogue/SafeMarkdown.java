package uk.tierless.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Markdown subset councils write service content in: paragraphs, {@code ## } headings, {@code - } lists,
 * {@code **bold**} and {@code [text](https://…)} links. Everything is HTML-escaped first, so no markup, script or
 * other link scheme can get through; the output uses GOV.UK Frontend classes.
 */
public final class SafeMarkdown {

    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\((https://[^\\s)\"<>]+)\\)");

    private SafeMarkdown() {
    }

    public static String toHtml(String markdown) {
        if (markdown == null) {
            return "";
        }
        StringBuilder html = new StringBuilder();
        List<String> paragraph = new ArrayList<>();
        List<String> list = new ArrayList<>();
        for (String raw : markdown.replace("\r", "").split("\n")) {
            String line = raw.strip();
            if (line.startsWith("- ")) {
                flushParagraph(html, paragraph);
                list.add(line.substring(2));
            } else if (line.startsWith("## ")) {
                flushParagraph(html, paragraph);
                flushList(html, list);
                html.append("<h2 class=\"govuk-heading-m\">").append(inline(line.substring(3))).append("</h2>\n");
            } else if (line.isEmpty()) {
                flushParagraph(html, paragraph);
                flushList(html, list);
            } else {
                flushList(html, list);
                paragraph.add(line);
            }
        }
        flushParagraph(html, paragraph);
        flushList(html, list);
        return html.toString();
    }

    private static void flushParagraph(StringBuilder html, List<String> lines) {
        if (!lines.isEmpty()) {
            html.append("<p class=\"govuk-body\">").append(inline(String.join(" ", lines))).append("</p>\n");
            lines.clear();
        }
    }

    private static void flushList(StringBuilder html, List<String> items) {
        if (!items.isEmpty()) {
            html.append("<ul class=\"govuk-list govuk-list--bullet\">\n");
            items.forEach(item -> html.append("<li>").append(inline(item)).append("</li>\n"));
            html.append("</ul>\n");
            items.clear();
        }
    }

    private static String inline(String text) {
        String escaped = escape(text);
        escaped = BOLD.matcher(escaped).replaceAll("<strong>$1</strong>");
        Matcher link = LINK.matcher(escaped);
        return link.replaceAll(match -> Matcher.quoteReplacement("<a class=\"govuk-link\" href=\"" + match.group(2)
                + "\">" + match.group(1) + "</a>"));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
