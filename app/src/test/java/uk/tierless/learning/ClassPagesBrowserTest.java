package uk.tierless.learning;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.identity.StaffSignIn;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.platform.WithoutDemoHistory;
import uk.tierless.portal.Browser;
import uk.tierless.portal.BrowserTest;
import uk.tierless.requests.BookedRequests;

import java.net.URL;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tierless.learning.Learning.COUNCIL;
import static uk.tierless.learning.Learning.register;
import static uk.tierless.learning.Learning.token;

/** The classes' pages in a real headless browser at 320 px: axe-core finds nothing, and each is used from the keyboard. */
@QuarkusTest
@TestProfile(WithoutDemoHistory.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class ClassPagesBrowserTest extends BrowserTest {

    @Inject
    Programme programme;

    @Inject
    Learners learners;

    @Inject
    BookedRequests bookedRequests;

    @Test
    void theBrowsePageFiltersFromTheKeyboard() throws Exception {
        driver = Browser.start(320, 900);
        driver.get(new URL(root, "/classes?council=" + COUNCIL).toString());
        Browser.waitForHeading(driver, "Adult learning classes");
        assertFitsAndAccessible();

        driver.findElement(By.id("subject")).sendKeys("Languages");
        driver.findElement(By.id("day")).sendKeys("Thursday");
        driver.findElement(By.cssSelector("#filters button")).sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("day=thursday"));
        assertThat(driver.findElement(By.id("found")).getText()).isEqualTo("1 class");
        assertThat(driver.findElement(By.id("class-SPAN-BEG-KIDD-THU")).getText()).contains("Spanish for beginners")
                .contains("£95.00, or £47.50 with a concession");
        assertFitsAndAccessible();
    }

    @Test
    void aLearnerAcceptsAnOfferedPlaceFromTheKeyboard() throws Exception {
        String taught = Learning.openClass(programme, 1);
        String first = token(register(taught, "first@example.com"));
        String second = token(register(taught, "second@example.com"));
        learners.cancel(COUNCIL, bookedRequests.byToken(first).orElseThrow().requestId());

        driver = Browser.start(320, 900);
        driver.get(new URL(root, "/track/" + second + "/class").toString());
        Browser.waitForHeading(driver, "Your class");
        assertThat(driver.findElement(By.id("state")).getText()).startsWith("Offered to you until");
        assertFitsAndAccessible();

        driver.findElement(By.xpath("//button[normalize-space()='Accept the place']")).sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("done=accepted"));
        assertThat(driver.findElement(By.id("state")).getText()).isEqualTo("Registered");
        assertFitsAndAccessible();

        driver.findElement(By.linkText("Cancel your place")).sendKeys(Keys.ENTER);
        Browser.waitForHeading(driver, "Are you sure you want to give up your place?");
        assertFitsAndAccessible();
    }

    @Test
    void staffClassListsAndTheProgrammePageAreAccessible() throws Exception {
        String taught = Learning.openClass(programme, 2);
        token(register(taught, "learner@example.com"));

        driver = Browser.start(320, 900);
        StaffSignIn.inBrowser(driver, root, "/staff/classes?class=" + taught, "worcestershire.caseworker");
        waitForTitle(taught + ": Test course");
        assertThat(driver.findElement(By.id("learners")).getText()).contains("Registered");
        assertFitsAndAccessible();

        driver.findElement(By.xpath("//button[normalize-space()='Cancel the class']")).sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.titleContains("Error: "));
        assertThat(driver.findElement(By.className("govuk-error-summary")).getText()).contains("Give the reason");
        assertFitsAndAccessible();

        driver.get(new URL(root, "/staff/classes").toString());
        waitForTitle("Classes: Worcestershire County Council");
        assertFitsAndAccessible();
    }

    @Test
    void theProgrammePageIsAccessible() throws Exception {
        driver = Browser.start(320, 900);
        StaffSignIn.inBrowser(driver, root, "/admin/classes", "worcestershire.admin");
        Browser.waitForHeading(driver, "Programme of classes");
        assertThat(driver.findElement(By.id("courses")).getText()).contains("DIGI-BEG");
        assertFitsAndAccessible();

        driver.findElement(By.xpath("//button[normalize-space()='Import the programme']")).sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.titleContains("Error: "));
        assertFitsAndAccessible();

        driver.get(new URL(root, "/admin/classes/course?code=DIGI-BEG").toString());
        waitForTitle("Change course DIGI-BEG");
        assertFitsAndAccessible();
    }

    /** The pages whose heading has a caption in it are waited for by their title. */
    private void waitForTitle(String title) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.titleContains(title));
    }

    private void assertFitsAndAccessible() {
        Number overflow = (Number) driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow.intValue()).as("horizontal scrolling at 320 px").isLessThanOrEqualTo(0);
        Browser.assertAccessible(driver);
    }
}
