package uk.tierless.portal;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.platform.PostgresTestResource;

import java.net.URL;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A resident's whole journey in a real browser, with axe-core on every page it passes. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class JourneyBrowserTest extends BrowserTest {

    @Test
    void postcodeAddressTilesFormCheckConfirmationAndTracking() throws Exception {
        driver = Browser.start(1200, 900);
        driver.get(new URL(root, "/").toString());
        Browser.assertAccessible(driver);
        driver.findElement(By.id("postcode")).sendKeys("B79 7AH");
        driver.findElement(By.cssSelector("form[action='/find'] button")).click();
        waitFor("/find");

        assertThat(heading()).isEqualTo("Choose your address");
        Browser.assertAccessible(driver);
        driver.findElement(By.id("uprn")).click();
        driver.findElement(By.cssSelector("form[action='/your-councils'] button")).click();
        waitFor("/your-councils");

        assertThat(heading()).isEqualTo("Your councils");
        Browser.assertAccessible(driver);
        driver.findElement(By.linkText("Report a missed bin")).click();
        waitFor("/form?");

        assertThat(heading()).isEqualTo("Report a missed bin");
        Browser.assertAccessible(driver);
        driver.findElement(By.cssSelector("form[action^='/form/check'] button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.className("govuk-error-summary")));
        assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
                .contains("Select which bin was missed");
        Browser.assertAccessible(driver);

        driver.findElement(By.id("bin-type")).click();
        driver.findElement(By.id("collection-date-day")).sendKeys("20");
        driver.findElement(By.id("collection-date-month")).sendKeys("11");
        driver.findElement(By.id("collection-date-year")).sendKeys("2026");
        driver.findElement(By.id("bin-out")).click();
        driver.findElement(By.cssSelector("form[action^='/form/check'] button[type=submit]")).click();
        Browser.waitForHeading(driver, "How we will keep you updated");

        Browser.assertAccessible(driver);
        driver.findElement(By.id("contact.email")).sendKeys("resident@example.com");
        driver.findElement(By.cssSelector("form[action^='/form/check'] button[type=submit]")).click();
        Browser.waitForHeading(driver, "Check your answers");

        assertThat(heading()).isEqualTo("Check your answers");
        assertThat(driver.findElement(By.className("govuk-summary-list")).getText()).contains("resident@example.com")
                .contains("20 November 2026");
        Browser.assertAccessible(driver);
        driver.findElement(By.xpath("//button[text()='Send']")).click();
        waitFor("/track/");

        assertThat(driver.findElement(By.className("govuk-panel__title")).getText()).isEqualTo("Request sent");
        String reference = driver.findElement(By.cssSelector(".govuk-panel__body strong")).getText();
        assertThat(reference).matches("TAM-\\d{4}-\\d{4}");
        Browser.assertAccessible(driver);
        driver.findElement(By.linkText("track this request")).click();
        Browser.waitForHeading(driver, "Request " + reference);

        assertThat(heading()).isEqualTo("Request " + reference);
        assertThat(driver.getPageSource()).contains("<strong class=\"govuk-tag\">Received</strong>")
                .doesNotContain(": submitted");
        Browser.assertAccessible(driver);

        driver.get(new URL(root, "/track").toString());
        Browser.assertAccessible(driver);
        driver.findElement(By.id("reference")).sendKeys(reference);
        driver.findElement(By.id("contact")).sendKeys("resident@example.com");
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        Browser.waitForHeading(driver, "Request " + reference);
    }

    @Test
    void anAddressThatIsNotListedIsGivenInWordsOnASmallScreen() throws Exception {
        driver = Browser.start(320, 800);
        driver.get(new URL(root, "/find?postcode=B79%207AH").toString());
        driver.findElement(By.cssSelector("label[for='uprn-none']")).click();
        driver.findElement(By.cssSelector("form[action='/your-councils'] button")).click();
        waitFor("/your-councils");
        driver.findElement(By.linkText("Report a missed bin")).click();
        waitFor("/form?");

        assertThat(driver.findElement(By.tagName("legend")).getText()).isEqualTo("What is your address?");
        driver.findElement(By.id("bin-type")).click();
        driver.findElement(By.id("collection-date-day")).sendKeys("20");
        driver.findElement(By.id("collection-date-month")).sendKeys("11");
        driver.findElement(By.id("collection-date-year")).sendKeys("2026");
        driver.findElement(By.id("bin-out")).click();
        driver.findElement(By.cssSelector("form[action^='/form/check'] button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.className("govuk-error-summary")));
        assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
                .contains("Enter the building and street");
        Browser.assertAccessible(driver);

        driver.findElement(By.id("address.line1")).sendKeys("2 New Road");
        driver.findElement(By.id("address.town")).sendKeys("Tamworth");
        driver.findElement(By.cssSelector("form[action^='/form/check'] button[type=submit]")).click();
        Browser.waitForHeading(driver, "How we will keep you updated");
        driver.findElement(By.cssSelector("form[action^='/form/check'] button[type=submit]")).click();
        Browser.waitForHeading(driver, "Check your answers");
        assertThat(driver.findElement(By.className("govuk-summary-list")).getText()).contains("2 New Road, Tamworth");
        driver.findElement(By.xpath("//button[text()='Send']")).click();
        waitFor("/track/");

        assertThat(driver.findElement(By.className("govuk-summary-list")).getText()).contains("2 New Road, Tamworth");
        Browser.assertAccessible(driver);
    }

    /** A click returns when the browser has asked for the next page, not always once it has it: wait for it. */
    private void waitFor(String path) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).withMessage(() -> "no " + path + " page; on "
                + driver.getCurrentUrl() + ":\n" + driver.getPageSource()).until(ExpectedConditions.urlContains(path));
    }

    private String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }
}
