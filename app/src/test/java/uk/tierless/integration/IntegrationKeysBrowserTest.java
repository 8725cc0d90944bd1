package uk.tierless.integration;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.identity.StaffSignIn;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.portal.Browser;
import uk.tierless.portal.BrowserTest;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The integration keys page in a real browser 320 px wide, worked with keys alone: axe-core finds no WCAG 2.2 AA
 * violation on it, its error, the key made or the key revoked, and nothing scrolls sideways.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class IntegrationKeysBrowserTest extends BrowserTest {

    @AfterEach
    void deleteTheTestKeys() {
        IntegrationKeysTest.deleteTestKeys();
    }

    @Test
    void anAdministratorMakesAndRevokesAKeyWithKeysAlone() throws Exception {
        driver = Browser.start(320, 800);
        StaffSignIn.inBrowser(driver, root, "/admin/integration-keys", "stafford.admin");
        Browser.waitForHeading(driver, "Integration keys");
        checkPage();

        driver.findElement(By.id("client")).sendKeys(Keys.ENTER);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.className("govuk-error-summary")));
        checkPage();

        driver.findElement(By.id("client")).sendKeys(IntegrationKeysTest.CLIENT_PREFIX + "browser CRM", Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("issued-key")));
        assertThat(driver.findElement(By.id("issued-key")).getText()).startsWith(IntegrationKeys.PREFIX);
        checkPage();

        driver.findElement(By.cssSelector("form[action='/admin/integration-keys/revoke'] button")).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("revoked=1"));
        assertThat(driver.findElement(By.className("govuk-notification-banner")).getText()).contains("The key is revoked");
        checkPage();
    }

    private void checkPage() {
        Browser.assertAccessible(driver);
        Number overflow = (Number) driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow.intValue()).as("horizontal scrolling at 320 px on " + driver.getCurrentUrl()).isLessThanOrEqualTo(0);
    }
}
