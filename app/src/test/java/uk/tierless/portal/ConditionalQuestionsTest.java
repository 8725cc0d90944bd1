package uk.tierless.portal;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.tierless.catalogue.PortalDefinition;
import uk.tierless.forms.Question;
import uk.tierless.forms.QuestionType;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.identity.TestTokens;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.publishing.ServiceConfigurations;
import uk.tierless.publishing.ServiceDrafts;
import uk.tierless.publishing.ServicePublisher;
import uk.tierless.publishing.SeededServices;
import uk.tierless.publishing.ServiceSettings;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static uk.tierless.portal.PagePosts.post;

/**
 * A conditional question on the resident's pages, on Check your answers, in the API and on the caseworker's view:
 * Malvern Hills' dog fouling becomes a form whose second page is asked only when it happens often, then is put back.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class ConditionalQuestionsTest {

    private static final String COUNCIL = "malvern-hills";
    private static final String SERVICE = "dog-fouling";
    private static final String WHERE = "service=" + SERVICE + "&postcode=DY13 0RD";
    private static final String WHEN = "When does it usually happen?";

    @Inject
    ServiceConfigurations configurations;

    @Inject
    ServiceDrafts drafts;

    @Inject
    ServicePublisher publisher;

    @BeforeEach
    void publishAFormWithAConditionalQuestion() {
        Question where = question("where", QuestionType.TEXT, "Where is the dog mess?", null, null);
        Question often = question("often", QuestionType.YES_NO, "Does it happen often?", null, null);
        Question when = question("when", QuestionType.RADIOS, WHEN, List.of(new Question.Option("morning", "In the morning"),
                new Question.Option("evening", "In the evening")), new Question.ShowIf("often", "yes"));
        ServiceSettings form = new ServiceSettings(true, "form", null, "Report dog mess left in a public place.", null,
                false, 5, List.of(new PortalDefinition.Response("Cleared", "We cleared it: {reference}.", "fixed")),
                new ServiceSettings.FormSettings(null, List.of(where, often, when)), null, null);
        drafts.save(COUNCIL, SERVICE, form, configurations.of(COUNCIL, SERVICE).revision(), "mh.admin");
        publisher.publish(COUNCIL, SERVICE, "mh.admin");
    }

    @AfterEach
    void putBackAsTheFilesHaveIt() {
        SeededServices.putBack(configurations, drafts, publisher, COUNCIL, SERVICE);
    }

    @Test
    void theConditionalPageIsSkippedUnlessTheEarlierAnswerAsksItAndItsStaleAnswerIsNeverStored() {
        Response first = given().when().get("/form?" + WHERE);
        first.then().statusCode(200).body(containsString("Does it happen often?")).body(not(containsString(WHEN)));
        String street = UUID.randomUUID().toString().substring(0, 8) + " Mill Lane";
        Map<String, String> firstPage = new HashMap<>(Map.of("where", "By the park gate", "often", "no",
                "address.line1", street, "address.town", "Bewdley"));

        // "No": the question about when is not asked; the contact page comes next, and Back skips the hidden page.
        Response contact = post(first, "/form/check?" + WHERE, firstPage);
        contact.then().statusCode(200).body(containsString("How we will keep you updated"));
        post(contact, "/form/edit?" + WHERE, Map.of("page", "2")).then().statusCode(200)
                .body(containsString("Does it happen often?")).body(not(containsString(WHEN)));

        // "Yes": it is asked, on a page of its own, and required.
        firstPage.put("often", "yes");
        Response second = post(first, "/form/check?" + WHERE, firstPage);
        second.then().statusCode(200).body(containsString(WHEN)).body(not(containsString("Where is the dog mess?")));
        post(second, "/form/check?" + WHERE, Map.of()).then().statusCode(400)
                .body(containsString("<a href=\"#when\">"));
        Response check = post(post(second, "/form/check?" + WHERE, Map.of("when", "evening")), "/form/check?" + WHERE,
                Map.of());
        check.then().statusCode(200).body(containsString("Check your answers")).body(containsString(WHEN))
                .body(containsString("In the evening"));

        // Changed back to "No": the answer about when still travels in the page, but is not listed nor stored.
        firstPage.put("often", "no");
        Response changed = post(post(check, "/form/edit?" + WHERE, Map.of("page", "1")), "/form/check?" + WHERE, firstPage);
        changed.then().statusCode(200).body(containsString("Check your answers")).body(not(containsString(WHEN)))
                .body(containsString("name=\"when\" value=\"evening\""));
        post(changed, "/form/submit?" + WHERE, Map.of()).then().statusCode(303);

        String token = TestTokens.caseworker(COUNCIL);
        String reference = given().auth().oauth2(token).queryParam("q", street).when().get("/api/v1/requests")
                .then().statusCode(200).extract().path("items[0].reference");
        given().auth().oauth2(token).when().get("/api/v1/requests/" + reference).then().statusCode(200)
                .body("answers.id", equalTo(List.of("where", "often")));
    }

    @Test
    void theApiAsksForAShownQuestionAndDropsTheAnswerToAHiddenOne() {
        Map<String, Object> shown = Map.of("where", "By the park gate", "often", "yes");
        given().contentType("application/json").body(request(shown)).when().post("/api/v1/requests").then()
                .statusCode(400).body("details.field", hasItem("when"));

        given().when().get("/api/v1/services/" + SERVICE + "?postcode=DY13 0RD").then().statusCode(200)
                .body("questions[2].showIf.question", equalTo("often")).body("questions[2].showIf.equals", equalTo("yes"));

        String reference = given().contentType("application/json")
                .body(request(Map.of("where", "By the park gate", "often", "no", "when", "morning")))
                .when().post("/api/v1/requests").then().statusCode(201).extract().path("reference");
        given().auth().oauth2(TestTokens.caseworker(COUNCIL)).when().get("/api/v1/requests/" + reference).then()
                .statusCode(200).body("answers.id", equalTo(List.of("where", "often")));
    }

    private static Map<String, Object> request(Map<String, Object> answers) {
        return Map.of("service", SERVICE, "postcode", "DY13 0RD", "address", Map.of("line1", "2 Mill Lane", "town", "Bewdley"),
                "idempotencyKey", "conditional-" + UUID.randomUUID(), "answers", answers);
    }

    private static Question question(String id, QuestionType type, String label, List<Question.Option> options,
                                     Question.ShowIf showIf) {
        return new Question(id, type, label, null, true, options, null, null, null, null, null, null, null, showIf);
    }
}
