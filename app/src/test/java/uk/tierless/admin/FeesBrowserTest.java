package uk.tierless.admin;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.tierless.catalogue.PaymentSettings;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.identity.StaffSignIn;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.portal.Browser;
import uk.tierless.portal.BrowserTest;
import uk.tierless.publishing.SeededServices;
import uk.tierless.publishing.ServiceConfigurations;
import uk.tierless.publishing.ServiceDrafts;
import uk.tierless.publishing.ServicePublisher;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Worcestershire's administrator changes the priority copy certificate's fee on the service page in a real browser
 * 320 px wide, by keyboard, with axe-core (WCAG 2.2 AA) on each page: a fee that is not pounds and pence refused,
 * then £40.00 saved and published. The service is put back afterwards.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class FeesBrowserTest extends BrowserTest {

    private static final String SERVICE = "copy-certificate";
    private static final String HEADING = "Order a copy certificate";

    @Inject
    ServiceConfigurations configurations;

    @Inject
    ServiceDrafts drafts;

    @Inject
    ServicePublisher publisher;

    @Test
    void aFeeIsChangedAndAWrongOneIsNamed() throws Exception {
        try {
            driver = Browser.start(320, 900);
            StaffSignIn.inBrowser(driver, root, ServicePages.href(SERVICE), "worcestershire.admin");
            Browser.waitForHeading(driver, HEADING);
            Browser.assertAccessible(driver);

            WebElement priority = driver.findElement(By.id("payment-fees-1-amount"));
            assertThat(priority.getAttribute("value")).isEqualTo("38.50");
            priority.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, "forty pounds");
            driver.findElement(By.id("save")).sendKeys(Keys.ENTER);
            WebElement refused = new WebDriverWait(driver, Duration.ofSeconds(20))
                    .until(ExpectedConditions.presenceOfElementLocated(By.className("govuk-error-summary")));
            assertThat(refused.getText()).contains("Fee 2: Enter the fee in pounds and pence, like 12.50");
            assertThat(driver.findElement(By.id("payment-fees-1-amount")).getAttribute("value")).isEqualTo("forty pounds");
            Browser.assertAccessible(driver);
            assertThat(configurations.of("worcestershire", SERVICE).draft()).isNull();

            priority = driver.findElement(By.id("payment-fees-1-amount"));
            priority.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, "40");
            driver.findElement(By.id("save")).sendKeys(Keys.ENTER);
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("saved=1"));
            assertThat(driver.findElement(By.id("payment-fees-1-amount")).getAttribute("value")).isEqualTo("40.00");
            Browser.assertAccessible(driver);

            AdminPagesInBrowser.publish(driver, root, SERVICE, HEADING);
            assertThat(configurations.of("worcestershire", SERVICE).settings().payment().fees())
                    .extracting(PaymentSettings.Fee::amount).containsExactly(1250L, 4000L);
        } finally {
            SeededServices.putBack(configurations, drafts, publisher, "worcestershire", SERVICE);
        }
    }
}
