package uk.tierless.collections;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.platform.WithoutDemoHistory;
import uk.tierless.portal.Browser;
import uk.tierless.portal.BrowserTest;

import java.net.URL;

import static org.assertj.core.api.Assertions.assertThat;

/** "When is my bin day" for a Tamworth demo address, reached from its tile: at 320 px, axe-clean, its help opened from the keyboard. */
@QuarkusTest
@TestProfile(WithoutDemoHistory.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class BinDayPagesBrowserTest extends BrowserTest {

    @Test
    void theTileLeadsToTheBinDaysWhoseCalendarHelpOpensFromTheKeyboard() throws Exception {
        driver = Browser.start(320, 900);
        driver.get(new URL(root, "/services/" + BinDays.SERVICE + "?uprn=990000000001").toString());
        Browser.waitForHeading(driver, "When is my bin day");
        assertThat(driver.getCurrentUrl()).contains("/bin-days?uprn=990000000001");
        assertThat(driver.findElement(By.id("next")).getText()).contains("General waste: ", "Recycling: ", "Food waste: ");
        assertFitsAndAccessible();

        WebElement summary = driver.findElement(By.cssSelector(".govuk-details__summary"));
        summary.sendKeys(Keys.ENTER);
        assertThat(driver.findElement(By.id("feed-url")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("feed-url")).getText()).endsWith("/calendar/990000000001.ics");
        driver.findElement(By.id("feed")).sendKeys(Keys.TAB);
        assertFitsAndAccessible();
    }

    private void assertFitsAndAccessible() {
        Number overflow = (Number) driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow.intValue()).as("horizontal scrolling at 320 px").isLessThanOrEqualTo(0);
        Browser.assertAccessible(driver);
    }
}
