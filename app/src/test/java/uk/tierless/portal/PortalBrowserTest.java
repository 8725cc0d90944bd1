package uk.tierless.portal;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.platform.PostgresTestResource;

import java.net.URL;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The pages in a real headless browser: axe-core finds no WCAG 2.2 AA violation, 320 px wide works, keys alone work. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalBrowserTest {

    @TestHTTPResource("/")
    URL root;

    private ChromeDriver driver;

    @BeforeAll
    void startBrowser() throws Exception {
        driver = Browser.start(1200, 900);
    }

    @AfterAll
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/find?postcode=B79%207AH", "/find?postcode=XYZ", "/find?postcode=B79%208FL&missing=1",
        "/your-councils?postcode=B79%207AH", "/your-councils?postcode=ST4%201DJ", "/services/missed-bin?postcode=B79%207AH",
        "/services/school-term-dates?postcode=B79%207AH", "/services/council-tax-payment?postcode=B79%207AH",
        "/services/missed-bin?postcode=ST4%201DJ", "/c/lichfield", "/search?q=bin&postcode=B79%207AH", "/search?q=tax",
        "/accessibility", "/privacy", "/no-such-page", "/c/lichfield/no-such-page", "/your-councils?postcode=WR1%201AA", "/staff/login", "/staff/login?council=atlantis"})
    void everyPageHasNoAccessibilityViolationsAndFitsA320PixelScreen(String path) throws Exception {
        driver.manage().window().setSize(new Dimension(1200, 900));
        driver.get(new URL(root, path).toString());
        assertThat(Browser.axeViolations(driver)).as("axe-core, WCAG 2.2 AA, on " + path).isEmpty();

        driver.manage().window().setSize(new Dimension(320, 800));
        Number overflow = (Number) driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow.intValue()).as("horizontal scrolling at 320 px on " + path).isLessThanOrEqualTo(0);
    }

    @Test
    void theHarnessDoesFindViolations() {
        driver.get("data:text/html,<html><body><img src='x.png'><input type='text'></body></html>");
        assertThat(Browser.axeViolations(driver)).contains("image-alt").contains("label");
    }

    @Test
    void aResidentCanGoFromPostcodeToTilesByKeyboardAlone() throws Exception {
        driver.manage().window().setSize(new Dimension(1200, 900));
        driver.get(new URL(root, "/").toString());
        assertThat(driver.findElement(By.className("tierless-header__name")).getText()).isEqualTo("Staffordshire Connects");
        assertThat(driver.getTitle()).endsWith(" – Staffordshire Connects");
        Actions keys = new Actions(driver);
        keys.sendKeys(Keys.TAB).perform(); // the skip link
        keys.sendKeys(Keys.TAB).perform(); // the header's name
        keys.sendKeys(Keys.TAB).sendKeys("B79 7AH").sendKeys(Keys.ENTER).perform();
        waitFor("/find");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Choose your address");

        keys.sendKeys(Keys.TAB).perform();
        driver.switchTo().activeElement().sendKeys(Keys.SPACE);
        driver.findElement(By.cssSelector("form button")).sendKeys(Keys.ENTER);
        waitFor("/your-councils");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Your councils");
        assertThat(driver.getPageSource()).contains("Run by Tamworth Borough Council", "Run by Staffordshire County Council");
    }

    /** Keys do not wait for the page they lead to, as a click does: wait for its address (a bound, not a timing). */
    private void waitFor(String path) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains(path));
    }
}
