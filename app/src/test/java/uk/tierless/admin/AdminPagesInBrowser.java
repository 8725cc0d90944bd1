package uk.tierless.admin;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.tierless.portal.Browser;

import java.net.MalformedURLException;
import java.net.URL;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Steps on the administration pages that several browser tests take, by keyboard, with axe on each page. */
final class AdminPagesInBrowser {

    private AdminPagesInBrowser() {
    }

    /** Opens the service's page, publishes its draft with the Publish button and sees the "Version N is live" panel. */
    static void publish(ChromeDriver driver, URL root, String service, String heading) throws MalformedURLException {
        driver.get(new URL(root, ServicePages.href(service)).toString());
        Browser.waitForHeading(driver, heading);
        driver.findElement(By.id("publish")).sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("published="));
        assertThat(driver.findElement(By.className("govuk-panel__title")).getText()).matches("Version \\d+ is live");
        Browser.assertAccessible(driver);
    }
}
