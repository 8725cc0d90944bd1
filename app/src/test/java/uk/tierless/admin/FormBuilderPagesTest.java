package uk.tierless.admin;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.tierless.forms.Question;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.identity.StaffSignIn;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.publishing.ServiceConfiguration;
import uk.tierless.publishing.ServiceConfigurations;
import uk.tierless.publishing.ServiceDrafts;
import uk.tierless.publishing.ServiceSettings;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * The form builder's pages on Malvern Hills' fly-tipping, made a form service in a draft (as the service page does):
 * questions added, checked, made conditional, moved, removed, each change a draft save; put back afterwards.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class FormBuilderPagesTest {

    private static final String COUNCIL = "malvern-hills";
    private static final String SERVICE = "fly-tipping";
    private static final String LIST = "/admin/form?service=" + SERVICE;

    @Inject
    ServiceConfigurations configurations;

    @Inject
    ServiceDrafts drafts;

    private Map<String, String> cookies;
    private String csrf;

    @BeforeEach
    void aDraftThatIsAFormWithNoQuestionsYet() {
        ServiceConfiguration now = configurations.of(COUNCIL, SERVICE);
        drafts.save(COUNCIL, SERVICE, new ServiceSettings(true, "form", null, now.settings().summary(), null, false, 5,
                List.of(), new ServiceSettings.FormSettings(null, List.of()), null, null), now.revision(), "service.page");
        cookies = new HashMap<>(StaffSignIn.as("malvern-hills.admin"));
        Response list = given().cookies(cookies).when().get(LIST);
        cookies.putAll(list.getCookies());
        csrf = field(list.asString(), "csrf-token");
    }

    @AfterEach
    void putBackAsTheFilesHaveIt() {
        if (configurations.of(COUNCIL, SERVICE).draft() != null) {
            drafts.discard(COUNCIL, SERVICE, "tester");
        }
    }

    @Test
    void theServicePageLinkLeadsToTheListAndOnlyTheCouncilsAdministratorsGetIn() {
        given().cookies(cookies).redirects().follow(false).when().get("/admin/services/" + SERVICE + "/form").then()
                .statusCode(303).header("Location", containsString(LIST));
        given().cookies(cookies).when().get(LIST).then().statusCode(200)
                .body(containsString("The form has no questions yet."))
                .body(containsString("<option value=\"yes_no\">Yes or no</option>"));
        given().cookies(cookies).when().get("/admin/form").then().statusCode(404);
        given().cookies(cookies).when().get("/admin/form?service=report-pothole").then().statusCode(404)
                .body(containsString("it is a county service"));
        given().cookies(cookies).when().get("/admin/form/question?service=" + SERVICE + "&type=colour").then()
                .statusCode(404).body(containsString("There is no question type"));
        given().cookies(StaffSignIn.as("tamworth.caseworker")).when().get(LIST).then().statusCode(403)
                .body(containsString("You cannot see this page"));
        given().redirects().follow(false).when().get(LIST).then().statusCode(302);
    }

    @Test
    void aQuestionWithProblemsIsRefusedFieldByFieldKeepingWhatWasTypedAndNothingIsSaved() {
        int revision = revision();
        post("/admin/form/question", Map.of("type", "radios", "revision", String.valueOf(revision), "label", " ",
                "option-label-1", "By a road", "option-value-1", "road", "option-label-2", "On the road",
                "option-value-2", "road", "option-value-3", "park", "rows", "4"))
                .then().statusCode(400)
                .body(containsString("<a href=\"#label\">Enter the question</a>"))
                .body(containsString("<a href=\"#option-value-2\">Option 2 is stored as road, as option 1 is"))
                .body(containsString("<a href=\"#option-label-3\">Enter the words residents see for option 3</a>"))
                .body(containsString("value=\"On the road\""));
        post("/admin/form/question", Map.of("type", "text", "revision", String.valueOf(revision), "label", "Vehicle",
                "pattern", "[A-Z", "minLength", "ten"))
                .then().statusCode(400)
                .body(containsString("<a href=\"#pattern\">The pattern is not a valid regular expression"))
                .body(containsString("<a href=\"#minLength\">The fewest characters must be a whole number"));
        post("/admin/form/question", Map.of("type", "text", "revision", String.valueOf(revision), "label", "Vehicle",
                "pattern", "^[A-Z]{2}[0-9]{2}$", "patternExample", "AB123"))
                .then().statusCode(400)
                .body(containsString("<a href=\"#patternExample\">The example does not match the pattern"));
        assertThat(revision()).isEqualTo(revision);
    }

    @Test
    void aFormIsBuiltQuestionByQuestionWithAConditionAndAQuestionCannotMoveAboveTheOneItDependsOn() {
        add(Map.of("type", "radios", "label", "Where was it dumped?", "required", "yes", "option-label-1", "By a road",
                "option-label-2", "In a park", "rows", "4"));
        Response newQuestion = given().cookies(cookies).queryParam("service", SERVICE).queryParam("type", "text")
                .when().get("/admin/form/question");
        newQuestion.then().statusCode(200)
                .body(containsString("<option value=\"where-was-it-dumped:by-a-road\">Only when \u201cWhere was it dumped?\u201d is \u201cBy a road\u201d</option>"));
        add(Map.of("type", "text", "label", "Which road?", "id", "road", "showIf", "where-was-it-dumped:by-a-road",
                "pattern", "^[A-Za-z ]+$", "patternExample", "Church Street", "maxLength", "100"));
        add(Map.of("type", "date", "label", "When did you see it?", "when", "past"));

        List<Question> questions = draftQuestions();
        assertThat(questions).extracting(Question::id).containsExactly("where-was-it-dumped", "road", "when-did-you-see-it");
        assertThat(questions.get(0).options()).extracting(Question.Option::value).containsExactly("by-a-road", "in-a-park");
        assertThat(questions.get(1).showIf()).isEqualTo(new Question.ShowIf("where-was-it-dumped", "by-a-road"));
        assertThat(questions.get(1).pattern()).isEqualTo("^[A-Za-z ]+$");
        assertThat(questions.get(2).when()).isEqualTo(Question.PAST);
        given().cookies(cookies).when().get(LIST).then().statusCode(200)
                .body(containsString("Only when \u201cWhere was it dumped?\u201d is \u201cBy a road\u201d"));

        int revision = revision();
        post("/admin/form/move", Map.of("id", "road", "direction", "up", "revision", String.valueOf(revision)))
                .then().statusCode(400).body(containsString("Question 1: it is asked only for an earlier answer"));
        assertThat(revision()).isEqualTo(revision);

        post("/admin/form/move", Map.of("id", "when-did-you-see-it", "direction", "up", "revision", String.valueOf(revision)))
                .then().statusCode(303);
        assertThat(draftQuestions()).extracting(Question::id).containsExactly("where-was-it-dumped", "when-did-you-see-it", "road");
        post("/admin/form/remove", Map.of("id", "when-did-you-see-it", "revision", String.valueOf(revision())))
                .then().statusCode(303);
        assertThat(draftQuestions()).extracting(Question::id).containsExactly("where-was-it-dumped", "road");

        // Editing keeps the id and the type; the pattern kept as it was needs no example again.
        Response edit = given().cookies(cookies).queryParam("service", SERVICE).queryParam("id", "road")
                .when().get("/admin/form/question");
        edit.then().statusCode(200).body(containsString("value=\"Which road?\"")).body(not(containsString("name=\"id\"")));
        post("/admin/form/question", Map.of("originalId", "road", "revision", String.valueOf(revision()),
                "label", "Which road is it on?", "pattern", "^[A-Za-z ]+$", "showIf", "where-was-it-dumped:by-a-road"))
                .then().statusCode(303);
        assertThat(draftQuestions().get(1).label()).isEqualTo("Which road is it on?");
    }

    @Test
    void aChangeFromAStalePageIsRefusedNamingWhoChangedItAndKeepsWhatWasTyped() {
        int read = revision();
        add(Map.of("type", "yes_no", "label", "Is it blocking the way?"));

        post("/admin/form/question", Map.of("type", "textarea", "revision", String.valueOf(read), "label", "What is there?"))
                .then().statusCode(409)
                .body(containsString("changed by malvern-hills.admin on "))
                .body(containsString("value=\"What is there?\""));
        assertThat(draftQuestions()).extracting(Question::label).containsExactly("Is it blocking the way?");
    }

    private void add(Map<String, String> fields) {
        Map<String, String> posted = new HashMap<>(fields);
        posted.put("revision", String.valueOf(revision()));
        post("/admin/form/question", posted).then().statusCode(303).header("Location", containsString("done=added"));
    }

    private Response post(String path, Map<String, String> fields) {
        RequestSpecification request = given().cookies(cookies).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded").queryParam("service", SERVICE)
                .formParam("csrf-token", csrf);
        fields.forEach(request::formParam);
        return request.when().post(path);
    }

    private int revision() {
        return configurations.of(COUNCIL, SERVICE).revision();
    }

    private List<Question> draftQuestions() {
        return configurations.of(COUNCIL, SERVICE).draft().settings().form().questions();
    }

    private static String field(String html, String name) {
        Matcher matcher = Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(html);
        assertThat(matcher.find()).as("a %s field in the page", name).isTrue();
        return matcher.group(1);
    }
}
