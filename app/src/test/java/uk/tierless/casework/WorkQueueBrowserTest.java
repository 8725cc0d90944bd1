package uk.tierless.casework;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.identity.StaffSignIn;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.portal.Browser;
import uk.tierless.portal.BrowserTest;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The staff pages in a real browser, signed in through the code flow, with axe-core on each. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class WorkQueueBrowserTest extends BrowserTest {

    @Test
    void aCaseworkerWorksARequestFromTheQueue() throws Exception {
        String reference = WorkQueueResourceTest.missedBin("browser@example.com");
        driver = Browser.start(1200, 900);
        StaffSignIn.inBrowser(driver, root, "/staff/requests", "tamworth.caseworker");
        Browser.waitForHeading(driver, "Requests");
        Browser.assertAccessible(driver);

        driver.findElement(By.id("q")).sendKeys(reference);
        driver.findElement(By.xpath("//button[text()='Show requests']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("q="));
        driver.findElement(By.linkText(reference)).click();
        Browser.waitForHeading(driver, reference);
        Browser.assertAccessible(driver);

        // A standard reply brings its text and its status at once; the caseworker can still change both.
        new Select(driver.findElement(By.id("reply"))).selectByValue("Collected");
        assertThat(new Select(driver.findElement(By.id("status"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("fixed");
        assertThat(driver.findElement(By.id("publicNote")).getAttribute("value")).startsWith("We have now collected your bin.");
        new Select(driver.findElement(By.id("status"))).selectByValue("in_progress");
        driver.findElement(By.id("publicNote")).clear();
        driver.findElement(By.id("publicNote")).sendKeys("A crew will call tomorrow.");
        driver.findElement(By.xpath("//button[text()='Save']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("updated=1"));
        assertThat(driver.findElement(By.className("govuk-notification-banner")).getText()).contains("The request is updated.");
        assertThat(driver.findElement(By.className("tierless-status")).getText()).isEqualTo("in progress");
        Browser.assertAccessible(driver);

        driver.findElement(By.xpath("//button[text()='Assign to me']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("main"), "Assigned to tamworth.caseworker"));

        // Pass it to: the service list follows the chosen council; nothing chosen is a GOV.UK error.
        Select council = new Select(driver.findElement(By.id("transferTo")));
        assertThat(council.getFirstSelectedOption().getText()).isEqualTo("Choose a council");
        assertThat(shownServiceGroups()).isEmpty();
        council.selectByValue("staffordshire");
        assertThat(shownServiceGroups()).containsExactly("Staffordshire County Council");
        assertThat(new Select(driver.findElement(By.id("service"))).getFirstSelectedOption().getAttribute("value")).isEmpty();
        council.selectByValue("lichfield");
        assertThat(shownServiceGroups()).containsExactly("Lichfield District Council");
        assertThat(new Select(driver.findElement(By.id("service"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("missed-bin");
        Browser.assertAccessible(driver);
        council.selectByValue("");
        driver.findElement(By.xpath("//button[text()='Pass it on']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(
                By.className("govuk-error-summary")));
        assertThat(driver.findElement(By.className("govuk-error-summary")).getText()).contains("Select the council to pass it to");
        Browser.assertAccessible(driver);
    }

    /** The labels of the service list's groups that the page shows. */
    @SuppressWarnings("unchecked")
    private java.util.List<String> shownServiceGroups() {
        return (java.util.List<String>) driver.executeScript("return Array.from(document.querySelectorAll('#service optgroup'))"
                + ".filter(function (group) { return !group.hidden; }).map(function (group) { return group.label; });");
    }

    @Test
    void anAdministratorSeesTheMessagesNotSent() throws Exception {
        driver = Browser.start(320, 800);
        StaffSignIn.inBrowser(driver, root, "/staff/outbox", "tamworth.admin");
        Browser.waitForHeading(driver, "Messages not sent");
        Browser.assertAccessible(driver);
        // The staff header fits a phone: every item is there without a menu button.
        assertThat(driver.findElement(By.linkText("Dead letters")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.xpath("//button[text()='Sign out']")).isDisplayed()).isTrue();
        driver.findElement(By.linkText("Work queue")).click();
        Browser.waitForHeading(driver, "Requests");
    }
}
