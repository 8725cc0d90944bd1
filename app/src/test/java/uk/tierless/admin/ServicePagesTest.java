package uk.tierless.admin;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.identity.StaffSignIn;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.publishing.ServiceConfiguration;
import uk.tierless.publishing.ServiceConfigurations;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** The tenant administrator's service pages, signed in through the browser's code flow. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class ServicePagesTest {

    static final String COUNCIL = "malvern-hills";

    @Inject
    ServiceConfigurations configurations;

    @Test
    void theListShowsEachServiceInItsGroupWithItsState() {
        Map<String, String> admin = StaffSignIn.as("malvern-hills.admin");
        String page = given().cookies(admin).when().get("/admin/services").then().statusCode(200).extract().asString();
        assertThat(page).contains("Malvern Hills District Council")
                .contains("href=\"/admin/services\" aria-current=\"page\">Services<")
                .contains("href=\"/admin/service?service=leisure\"")
                .contains("Published version 1")
                .contains("as a link");
        given().cookies(admin).redirects().follow(false).when().get("/admin")
                .then().statusCode(303).header("Location", containsString("/admin/services"));
    }

    @Test
    void aCaseworkerGetsAPageSayingTheyCannotAndTheSignedOutAreSentToSignIn() {
        Map<String, String> caseworker = StaffSignIn.as("tamworth.caseworker");
        given().cookies(caseworker).when().get("/admin/services").then().statusCode(403)
                .body(containsString("You cannot see this page"))
                .body(containsString("Only your council&#39;s administrators can do this."));
        given().cookies(caseworker).when().get("/staff/account").then().statusCode(200)
                .body(not(containsString("href=\"/admin/services\"")));
        given().redirects().follow(false).when().get("/admin/services").then().statusCode(302)
                .header("Location", containsString("/auth/realms/quarkus"));
    }

    @Test
    void savingMakesADraftThatNamesWhoSavedItAndLeavesResidentsOnThePublishedVersion() {
        Session admin = new Session("malvern-hills.admin");
        Response page = admin.page("local-events");
        Map<String, String> fields = admin.fieldsOf(page.asString());
        fields.put("summary", "Markets, festivals and fairs near you.");
        admin.post(page, "/admin/service?service=local-events", fields).then().statusCode(303)
                .header("Location", containsString("/admin/service?service=local-events&saved=1"));

        given().cookies(admin.cookies).queryParam("service", "local-events").queryParam("saved", "1")
                .when().get("/admin/service").then().statusCode(200).body(containsString("Your draft is saved"))
                .body(containsString("You are editing the draft saved by malvern-hills.admin on "))
                .body(containsString("value=\"Markets, festivals and fairs near you.\""));
        ServiceConfiguration saved = configurations.of(COUNCIL, "local-events");
        assertThat(saved.draft().settings().summary()).isEqualTo("Markets, festivals and fairs near you.");
        assertThat(saved.settings().summary()).isEqualTo("See what is on near you, from markets to festivals.");
        assertThat(given().cookies(admin.cookies).when().get("/admin/services").asString())
                .contains("Published version 1. Draft saved by malvern-hills.admin on ");

        Response withDraft = admin.page("local-events");
        admin.post(withDraft, "/admin/service/discard?service=local-events", Map.of()).then().statusCode(303);
        assertThat(configurations.of(COUNCIL, "local-events").draft()).isNull();
        given().cookies(admin.cookies).queryParam("service", "local-events").queryParam("discarded", "1")
                .when().get("/admin/service").then().body(containsString("The draft is discarded"))
                .body(containsString("value=\"See what is on near you, from markets to festivals.\""));
    }

    @Test
    void aStaleSaveNamesWhoChangedItAndKeepsTheInputOnThePage() {
        Session first = new Session("malvern-hills.admin");
        Session second = new Session("malvern-hills.webteam");
        Response firstPage = first.page("moving-home");
        Response secondPage = second.page("moving-home");

        Map<String, String> firstFields = first.fieldsOf(firstPage.asString());
        firstFields.put("summary", "Moving? Tell us, so your bill is right.");
        first.post(firstPage, "/admin/service?service=moving-home", firstFields).then().statusCode(303);

        Map<String, String> secondFields = second.fieldsOf(secondPage.asString());
        secondFields.put("summary", "Tell us your moving date.");
        String refused = second.post(secondPage, "/admin/service?service=moving-home", secondFields)
                .then().statusCode(409).extract().asString();
        assertThat(refused).contains("govuk-error-summary")
                .contains("<a href=\"#actions\">moving-home was changed by malvern-hills.admin on ")
                .contains("since you opened it: nothing was saved")
                .contains("value=\"Tell us your moving date.\"");
        assertThat(configurations.of(COUNCIL, "moving-home").draft().settings().summary())
                .isEqualTo("Moving? Tell us, so your bill is right.");
        first.post(first.page("moving-home"), "/admin/service/discard?service=moving-home", Map.of()).then().statusCode(303);
    }

    @Test
    void wrongFieldsAreListedWithLinksAndShownByTheFieldAndNothingIsSaved() {
        Session admin = new Session("malvern-hills.admin");
        Response page = admin.page("leisure");
        Map<String, String> fields = admin.fieldsOf(page.asString());
        fields.put("link", "http://www.malvernhills.gov.uk/leisure");
        fields.put("summary", "Swimming & gyms <near you>");
        String refused = admin.post(page, "/admin/service?service=leisure", fields)
                .then().statusCode(400).extract().asString();
        assertThat(refused).contains("<title>Error: ")
                .contains("<a href=\"#link\">Link: ")
                .contains("<p id=\"link-error\" class=\"govuk-error-message\">")
                .contains("value=\"http://www.malvernhills.gov.uk/leisure\"")
                .contains("value=\"Swimming &amp; gyms &lt;near you&gt;\"");

        fields.put("link", "https://www.malvernhills.gov.uk/leisure");
        fields.put("targetDays", "ten");
        admin.post(page, "/admin/service?service=leisure", fields).then().statusCode(400)
                .body(containsString("<a href=\"#targetDays\">Target: Enter the target as a whole number"))
                .body(containsString("value=\"ten\""));

        fields.put("targetDays", "");
        fields.put("replies-0-name", "Thanks");
        fields.put("replies-0-text", "Thanks for {reference}.");
        admin.post(page, "/admin/service?service=leisure", fields).then().statusCode(400)
                .body(containsString("<a href=\"#replies\">Standard replies: only a form service has responses"))
                .body(containsString(">Thanks for {reference}.</textarea>"));
        assertThat(configurations.of(COUNCIL, "leisure").draft()).isNull();
    }

    @Test
    void repliesAreAddedAndRemovedWithoutScriptAndTheirPlaceholdersAreChecked() {
        Session admin = new Session("tamworth.admin");
        Response page = admin.page("moving-home");
        Map<String, String> fields = admin.fieldsOf(page.asString());
        int existing = replyRows(page.asString());
        assertThat(page.asString()).contains("The form has ").contains("href=\"/admin/services/moving-home/form\"");

        String more = admin.post(page, "/admin/service?service=moving-home", with(fields, "action", "add-reply"))
                .then().statusCode(200).extract().asString();
        assertThat(replyRows(more)).isEqualTo(existing + 1);

        // Two blank rows now: fill both, then remove the first of them.
        Map<String, String> typed = admin.fieldsOf(more);
        int first = existing - 1;
        typed.put("replies-" + first + "-name", "Noted");
        typed.put("replies-" + first + "-text", "Noted.");
        typed.put("replies-" + existing + "-name", "Moved");
        typed.put("replies-" + existing + "-text", "We have noted your move, {name}.");
        typed.put("replies-" + existing + "-status", "closed");
        admin.post(page, "/admin/service?service=moving-home", typed).then().statusCode(400)
                .body(containsString("<a href=\"#replies-" + existing + "-text\">Reply " + (existing + 1)
                        + ", text: {name} is not a field"))
                .body(containsString("We have noted your move, {name}.</textarea>"));

        typed.put("replies-" + existing + "-text", "We have noted your move ({reference}).");
        typed.put("replies-" + first + "-remove", "yes");
        admin.post(page, "/admin/service?service=moving-home", typed).then().statusCode(303);
        ServiceConfiguration saved = configurations.of("tamworth", "moving-home");
        assertThat(saved.draft().settings().responses()).hasSize(existing)
                .last().satisfies(reply -> {
                    assertThat(reply.name()).isEqualTo("Moved");
                    assertThat(reply.status()).isEqualTo("closed");
                });
        assertThat(saved.draft().settings().form().questions()).isEqualTo(saved.settings().form().questions());
        admin.post(admin.page("moving-home"), "/admin/service/discard?service=moving-home", Map.of()).then().statusCode(303);
    }

    @Test
    void previewShowsTheInformationRenderedSafelyAndSavesNothing() {
        Session admin = new Session("malvern-hills.admin");
        Response page = admin.page("council-tax-payment");
        Map<String, String> fields = admin.fieldsOf(page.asString());
        fields.put("mode", "info");
        fields.put("info", "## Ways to pay\n\n- **Direct Debit**\n- [Online](https://www.malvernhills.gov.uk/pay)\n\n<script>alert(1)</script>");
        fields.put("action", "preview");
        String preview = admin.post(page, "/admin/service?service=council-tax-payment", fields)
                .then().statusCode(200).extract().asString();
        assertThat(preview).contains("id=\"info-preview\"")
                .contains("<h2 class=\"govuk-heading-m\">Ways to pay</h2>")
                .contains("<li><strong>Direct Debit</strong></li>")
                .contains("href=\"https://www.malvernhills.gov.uk/pay\"")
                .doesNotContain("<script>alert(1)</script>")
                .contains("id=\"mode-info\" name=\"mode\" type=\"radio\" value=\"info\" checked");
        assertThat(configurations.of(COUNCIL, "council-tax-payment").draft()).isNull();
    }

    @Test
    void aLinkTurnedIntoAFormLeadsToTheFormBuilder() {
        Session admin = new Session("malvern-hills.admin");
        Response page = admin.page("assisted-collection");
        assertThat(page.asString()).doesNotContain("/admin/services/assisted-collection/form");
        Map<String, String> fields = admin.fieldsOf(page.asString());
        fields.put("mode", "form");
        fields.put("action", "preview");
        admin.post(page, "/admin/service?service=assisted-collection", fields).then().statusCode(200)
                .body(containsString("The form has no questions yet"))
                .body(containsString("href=\"/admin/services/assisted-collection/form\""));
    }

    private static int replyRows(String html) {
        Matcher rows = Pattern.compile("id=\"replies-\\d+-name\"").matcher(html);
        int count = 0;
        while (rows.find()) {
            count++;
        }
        return count;
    }

    private static Map<String, String> with(Map<String, String> fields, String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(fields);
        copy.put(name, value);
        return copy;
    }

    /** One administrator's browser: the session cookies, and the CSRF cookie of the last page read. */
    static final class Session {
        final Map<String, String> cookies;

        Session(String username) {
            cookies = new HashMap<>(StaffSignIn.as(username));
        }

        Response page(String service) {
            Response page = given().cookies(cookies).queryParam("service", service).when().get("/admin/service");
            cookies.putAll(page.getCookies());
            return page;
        }

        /** The edit form's fields as the page filled them in (text inputs, the checked radios, the textareas). */
        Map<String, String> fieldsOf(String html) {
            Map<String, String> fields = new LinkedHashMap<>();
            Matcher input = Pattern.compile("<input class=\"govuk-input[^\"]*\" id=\"[^\"]+\" name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"")
                    .matcher(html);
            while (input.find()) {
                fields.put(input.group(1), unescape(input.group(2)));
            }
            Matcher radio = Pattern.compile("name=\"([^\"]+)\" type=\"radio\" value=\"([^\"]*)\" checked").matcher(html);
            while (radio.find()) {
                fields.put(radio.group(1), radio.group(2));
            }
            Matcher area = Pattern.compile("name=\"([^\"]+)\" rows=\"\\d+\"[^>]*>([^<]*)</textarea>").matcher(html);
            while (area.find()) {
                fields.put(area.group(1), unescape(area.group(2)));
            }
            Matcher select = Pattern.compile("<select [^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>", Pattern.DOTALL).matcher(html);
            while (select.find()) {
                Matcher chosen = Pattern.compile("<option value=\"([^\"]*)\" selected").matcher(select.group(2));
                fields.put(select.group(1), chosen.find() ? chosen.group(1) : "");
            }
            fields.put("revision", hidden(html, "revision"));
            return fields;
        }

        Response post(Response page, String path, Map<String, String> fields) {
            return given().cookies(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                    .formParam("csrf-token", hidden(page.asString(), "csrf-token")).formParams(fields)
                    .when().post(path);
        }

        private static String hidden(String html, String name) {
            Matcher matcher = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
            assertThat(matcher.find()).as("a %s field in the page", name).isTrue();
            return matcher.group(1);
        }

        private static String unescape(String value) {
            return value.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&amp;", "&");
        }
    }
}
