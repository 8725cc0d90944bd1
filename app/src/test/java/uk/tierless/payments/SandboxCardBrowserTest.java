package uk.tierless.payments;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.platform.WithoutDemoHistory;
import uk.tierless.portal.Browser;
import uk.tierless.portal.BrowserTest;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The sandbox's card page in a real headless browser: axe-core finds nothing, 320 px works, keys alone pay. */
@QuarkusTest
@TestProfile(WithoutDemoHistory.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class SandboxCardBrowserTest extends BrowserTest {

    @Inject
    Payments payments;

    @Test
    void theCardPageIsAccessibleFitsA320PixelScreenAndIsPaidByKeyboardAlone() throws Exception {
        PaymentView payment = payments.start(SandboxJourneys.order(2200));
        driver = Browser.start(1200, 900);
        driver.get(payment.nextUrl());
        Browser.waitForHeading(driver, "Enter card details");
        assertThat(driver.findElement(By.className("govuk-notification-banner")).getText())
                .contains("Test payments: no money moves");
        Browser.assertAccessible(driver);

        driver.manage().window().setSize(new Dimension(320, 800));
        Number overflow = (Number) driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow.intValue()).as("horizontal scrolling at 320 px").isLessThanOrEqualTo(0);

        // Sent empty: the error summary takes the focus and names every field, and is itself accessible.
        driver.findElement(By.cssSelector("form button[type=submit]")).sendKeys(Keys.ENTER);
        Browser.waitForHeading(driver, "Enter card details");
        assertThat(driver.getTitle()).startsWith("Error: ");
        assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
                .contains("Enter your card number").contains("Enter the name as it appears on the card");
        Browser.assertAccessible(driver);

        driver.findElement(By.id("cardNumber")).sendKeys(SandboxJourneys.SUCCESS_CARD);
        new Actions(driver).sendKeys(Keys.TAB).sendKeys("12").sendKeys(Keys.TAB).sendKeys("30")
                .sendKeys(Keys.TAB).sendKeys("Sam Resident").sendKeys(Keys.TAB).sendKeys("123")
                .sendKeys(Keys.TAB).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("payment=" + payment.id()));

        assertThat(payments.find(payment.id()).orElseThrow().state()).isEqualTo(PaymentState.SUCCESS);
    }
}
