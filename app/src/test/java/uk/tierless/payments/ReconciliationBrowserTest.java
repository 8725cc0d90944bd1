package uk.tierless.payments;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.identity.StaffSignIn;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.platform.WithoutDemoHistory;
import uk.tierless.portal.Browser;
import uk.tierless.portal.BrowserTest;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tierless.payments.Reconciled.paid;

/** The reconciliation page in a real headless browser: axe-core finds nothing, with and without errors, at 320 px. */
@QuarkusTest
@TestProfile(WithoutDemoHistory.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class ReconciliationBrowserTest extends BrowserTest {

    @Inject
    Payments payments;

    @Test
    void thePageIsAccessibleAndFitsA320PixelScreen() throws Exception {
        PaymentView payment = paid(payments, 7700, "copy-certificate", SandboxJourneys.SUCCESS_CARD);
        driver = Browser.start(320, 900);
        driver.manage().window().setSize(new Dimension(320, 900));
        StaffSignIn.inBrowser(driver, root, "/staff/payments", "malvern-hills.finance");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("h1"), "Payments for"));
        assertThat(driver.findElement(By.id("payments")).getText()).contains(payment.reference()).contains("£77.00");
        assertFitsAndAccessible();

        // Wrong dates, sent from the keyboard: the form again with an error summary, itself accessible.
        driver.findElement(By.id("from")).clear();
        driver.findElement(By.id("from")).sendKeys("2026-12-40", Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.titleContains("Error: "));
        assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
                .contains("From must be a real date");
        assertFitsAndAccessible();
    }

    private void assertFitsAndAccessible() {
        Number overflow = (Number) driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow.intValue()).as("horizontal scrolling at 320 px").isLessThanOrEqualTo(0);
        Browser.assertAccessible(driver);
    }
}
