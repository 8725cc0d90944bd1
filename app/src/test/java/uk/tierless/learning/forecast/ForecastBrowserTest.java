package uk.tierless.learning.forecast;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.identity.StaffSignIn;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.portal.Browser;
import uk.tierless.portal.BrowserTest;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The forecast page over the demo history in a real headless browser: axe-core finds nothing, by keyboard, at 320 px. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class ForecastBrowserTest extends BrowserTest {

    @Test
    void thePageIsAccessibleByKeyboardAndFitsA320PixelScreen() throws Exception {
        driver = Browser.start(320, 900);
        driver.manage().window().setSize(new Dimension(320, 900));
        StaffSignIn.inBrowser(driver, root, "/staff/forecasts", "worcestershire.caseworker");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("h1"), "Course demand forecast for"));
        assertThat(driver.findElements(By.cssSelector("#forecasts tbody tr"))).hasSize(8);
        assertThat(driver.findElement(By.id("flagged-classes")).getText()).contains("The Hive Worcester");
        Number overflow = (Number) driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow.intValue()).as("horizontal scrolling at 320 px").isLessThanOrEqualTo(0);
        Browser.assertAccessible(driver);

        // From the table to a course's history by keyboard: focus its link, Enter, and the section is the target.
        WebElement watercolour = driver.findElement(By.linkText("Watercolour painting"));
        String section = watercolour.getAttribute("href").replaceAll(".*#", "");
        watercolour.sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("#" + section));
        assertThat(driver.findElement(By.id(section)).getText()).contains("Watercolour painting").contains("Autumn");
        // Each wide table scrolls inside a region that takes the keyboard's focus.
        assertThat(driver.findElements(By.cssSelector(".tierless-table-scroll[tabindex='0']"))).hasSizeGreaterThan(8);
    }
}
