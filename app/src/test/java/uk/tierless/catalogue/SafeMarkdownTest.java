package uk.tierless.catalogue;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SafeMarkdownTest {

    @Test
    void theSubsetBecomesGovukHtml() {
        String html = SafeMarkdown.toHtml("""
                ## Term dates
                Schools set **some** of their own days.
                See [the dates](https://www.staffordshire.gov.uk/terms).

                - Autumn term
                - Spring term
                """);
        assertThat(html).contains("<h2 class=\"govuk-heading-m\">Term dates</h2>")
                .contains("<p class=\"govuk-body\">Schools set <strong>some</strong> of their own days. See "
                        + "<a class=\"govuk-link\" href=\"https://www.staffordshire.gov.uk/terms\">the dates</a>.</p>")
                .contains("<ul class=\"govuk-list govuk-list--bullet\">\n<li>Autumn term</li>\n<li>Spring term</li>\n</ul>");
    }

    @Test
    void markupScriptsAndOtherLinkSchemesCannotGetThrough() {
        String html = SafeMarkdown.toHtml("<script>alert(1)</script> [click](javascript:alert(1)) "
                + "[x](https://a.example/\"onmouseover=\"alert(1))");
        assertThat(html).doesNotContain("<script").doesNotContain("href=\"javascript")
                .doesNotContain("onmouseover=\"").contains("&lt;script&gt;");
    }
}
