package uk.tierless.admin;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.identity.StaffSignIn;
import uk.tierless.identity.TestTokens;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.portal.Browser;
import uk.tierless.portal.BrowserTest;
import uk.tierless.publishing.ServiceConfiguration;
import uk.tierless.publishing.ServiceConfigurations;
import uk.tierless.publishing.ServiceDrafts;
import uk.tierless.publishing.ServicePublisher;
import uk.tierless.publishing.SeededServices;
import uk.tierless.publishing.ServiceSettings;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The form builder in a real browser on a 320 px screen, used by keyboard only, with axe-core on every page: Malvern
 * Hills' administrator builds dog fouling's three questions, one asked only for a particular answer; it is
 * previewed and published from the pages; a resident answers it; the caseworker sees the answers. Put back afterwards.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class FormBuilderBrowserTest extends BrowserTest {

    private static final String COUNCIL = "malvern-hills";
    private static final String SERVICE = "dog-fouling";

    @Inject
    ServiceConfigurations configurations;

    @Inject
    ServiceDrafts drafts;

    @Inject
    ServicePublisher publisher;

    @AfterEach
    void putBackAsTheFilesHaveIt() {
        SeededServices.putBack(configurations, drafts, publisher, COUNCIL, SERVICE);
    }

    @Test
    void anAdministratorBuildsAFormWithAConditionalQuestionThatAResidentAnswers() throws Exception {
        // The service page (helper pages of its own) makes the draft a form service; the builder gives it questions.
        ServiceConfiguration now = configurations.of(COUNCIL, SERVICE);
        drafts.save(COUNCIL, SERVICE, new ServiceSettings(true, "form", null, now.settings().summary(), null, false, 5,
                List.of(), new ServiceSettings.FormSettings(null, List.of()), null, null), now.revision(), "service.page");

        driver = Browser.start(320, 800);
        StaffSignIn.inBrowser(driver, root, "/admin/services/" + SERVICE + "/form", "malvern-hills.admin");
        Browser.waitForHeading(driver, "Questions");
        Browser.assertAccessible(driver);

        addQuestion("Text, one line", "Where is the dog mess?", null, true);
        addQuestion("Yes or no", "Does it happen often?", "often", true);

        // A choice question with no options yet is refused, with the error summary linking to the field.
        chooseType("Choose one (");
        Browser.waitForHeading(driver, "Add a question");
        type("label", "When does it usually happen?");
        press(driver.findElement(By.xpath("//button[text()='Save question']")), Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.className("govuk-error-summary")));
        assertThat(driver.findElement(By.className("govuk-error-summary")).getText()).contains("Give at least two options");
        Browser.assertAccessible(driver);
        type("option-label-1", "In the morning");
        type("option-label-2", "In the evening");
        press(driver.findElement(By.id("required")), Keys.SPACE);
        driver.findElement(By.id("showIf")).sendKeys("Only when");
        assertThat(driver.findElement(By.cssSelector("#showIf option:checked")).getText())
                .isEqualTo("Only when \u201cDoes it happen often?\u201d is \u201cYes\u201d");
        press(driver.findElement(By.xpath("//button[text()='Save question']")), Keys.ENTER);
        Browser.waitForHeading(driver, "Questions");
        assertThat(driver.findElement(By.id("questions")).getText()).contains("3. When does it usually happen?")
                .contains("Only when \u201cDoes it happen often?\u201d is \u201cYes\u201d");
        Browser.assertAccessible(driver);

        // Previewed as residents will see it (nothing can be sent from there), then published from the service page.
        driver.get(new URL(root, "/admin/service/preview?service=" + SERVICE).toString());
        Browser.waitForHeading(driver, "Report dog fouling");
        assertThat(driver.findElement(By.id("preview-title")).getText()).isEqualTo("Preview");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Where is the dog mess?")
                .contains("When does it usually happen?");
        assertThat(driver.findElements(By.cssSelector("main form"))).isEmpty();
        Browser.assertAccessible(driver);
        AdminPagesInBrowser.publish(driver, root, SERVICE, "Report dog fouling");
        driver.quit();

        // A resident (another browser, no staff session) answers "Yes", so is asked when it happens.
        driver = Browser.start(320, 800);
        String street = UUID.randomUUID().toString().substring(0, 8) + " Mill Lane";
        driver.get(new URL(root, "/form?service=" + SERVICE + "&postcode=DY13%200RD").toString());
        Browser.waitForHeading(driver, "Report dog fouling");
        type("where-is-the-dog-mess", "By the park gate");
        press(driver.findElement(By.id("often")), Keys.SPACE);
        type("address.line1", street);
        type("address.town", "Bewdley");
        continueOn();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("main"), "When does it usually happen?"));
        Browser.assertAccessible(driver);
        press(driver.findElement(By.id("when-does-it-usually-happen-in-the-evening")), Keys.SPACE);
        continueOn();
        Browser.waitForHeading(driver, "How we will keep you updated");
        continueOn();
        Browser.waitForHeading(driver, "Check your answers");
        assertThat(driver.findElement(By.className("govuk-summary-list")).getText()).contains("In the evening");
        press(driver.findElement(By.xpath("//button[text()='Send']")), Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/track/"));

        String token = TestTokens.caseworker(COUNCIL);
        String reference = given().auth().oauth2(token).queryParam("q", street).when().get("/api/v1/requests")
                .then().statusCode(200).extract().path("items[0].reference");
        given().auth().oauth2(token).when().get("/api/v1/requests/" + reference).then().statusCode(200)
                .body("answers.text", equalTo(List.of("By the park gate", "Yes", "In the evening")));
    }

    /** From the list: the type chosen by typing its name into the list, then a new question saved. */
    private void addQuestion(String typeName, String label, String id, boolean required) {
        chooseType(typeName);
        Browser.waitForHeading(driver, "Add a question");
        Browser.assertAccessible(driver);
        type("label", label);
        if (id != null) {
            type("id", id);
        }
        if (required) {
            press(driver.findElement(By.id("required")), Keys.SPACE);
        }
        press(driver.findElement(By.xpath("//button[text()='Save question']")), Keys.ENTER);
        Browser.waitForHeading(driver, "Questions");
        assertThat(driver.findElement(By.className("govuk-notification-banner")).getText()).contains("Question added");
    }

    private void chooseType(String typeName) {
        WebElement types = driver.findElement(By.id("type"));
        types.sendKeys(typeName);
        press(driver.findElement(By.xpath("//button[text()='Add a question']")), Keys.ENTER);
    }

    private void continueOn() {
        press(driver.findElement(By.cssSelector("form[action^='/form/check'] button[type=submit]")), Keys.ENTER);
    }

    private void type(String id, String text) {
        driver.findElement(By.id(id)).sendKeys(text);
    }

    private static void press(WebElement element, Keys key) {
        element.sendKeys(key);
    }
}
