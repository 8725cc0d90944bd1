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
import uk.tierless.identity.OidcTestServer;
import uk.tierless.identity.StaffSignIn;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.portal.Browser;
import uk.tierless.portal.BrowserTest;
import uk.tierless.publishing.ServiceConfiguration;
import uk.tierless.publishing.ServiceConfigurations;
import uk.tierless.publishing.ServiceDrafts;
import uk.tierless.publishing.ServicePublisher;
import uk.tierless.publishing.ServiceSettings;

import java.net.URL;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator turns Malvern Hills' dog fouling from a link into information, in a real browser 320 px wide,
 * by keyboard only, with axe-core (WCAG 2.2 AA) on every page: preview, save, a stale save refused, publish, and
 * the resident's page showing it. The service is put back afterwards.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class AdminBrowserTest extends BrowserTest {

    static final String COUNCIL = "malvern-hills";
    static final String SERVICE = "dog-fouling";
    static final String MALVERN_HILLS_POSTCODE = "DY13 0RD";

    @Inject
    ServiceConfigurations configurations;

    @Inject
    ServiceDrafts drafts;

    @Inject
    ServicePublisher publisher;

    @Test
    void anAdministratorChangesALinkToInformationAndResidentsSeeIt() throws Exception {
        ServiceSettings original = configurations.of(COUNCIL, SERVICE).settings();
        try {
            driver = Browser.start(320, 900);
            StaffSignIn.inBrowser(driver, root, "/admin/services", "malvern-hills.admin");
            Browser.waitForHeading(driver, "Your council's services");
            Browser.assertAccessible(driver);
            press(driver.findElement(By.linkText("Report dog fouling")), Keys.ENTER);
            Browser.waitForHeading(driver, "Report dog fouling");
            Browser.assertAccessible(driver);

            press(driver.findElement(By.id("mode-info")), Keys.SPACE);
            assertThat(driver.findElement(By.id("mode-info")).isSelected()).isTrue();
            // A link belongs to a link service only: the page says so, and it is cleared.
            driver.findElement(By.id("link")).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
            WebElement info = driver.findElement(By.id("info"));
            info.sendKeys("## Before you report");
            info.sendKeys(Keys.ENTER, Keys.ENTER);
            info.sendKeys("Tell us the street and the time of day. **Bag it and bin it.**");
            // With script, the preview follows the typing; without, the button below does the same round trip.
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("#info-preview strong"), "Bag it and bin it."));
            assertThat(driver.getCurrentUrl()).doesNotContain("saved=");
            press(driver.findElement(By.xpath("//button[text()='Preview the information']")), Keys.ENTER);
            WebElement preview = new WebDriverWait(driver, Duration.ofSeconds(20))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("info-preview")));
            assertThat(preview.findElement(By.tagName("strong")).getText()).isEqualTo("Bag it and bin it.");
            assertThat(preview.getText()).contains("Before you report");
            Browser.assertAccessible(driver);

            press(driver.findElement(By.id("save")), Keys.ENTER);
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("saved=1"));
            assertThat(driver.findElement(By.className("govuk-notification-banner")).getText()).contains("Your draft is saved");
            Browser.assertAccessible(driver);

            // Another administrator saves while this page is open: this page's save is refused, its input kept.
            ServiceConfiguration now = configurations.of(COUNCIL, SERVICE);
            drafts.save(COUNCIL, SERVICE, now.draft().settings(), now.revision(), "malvern-hills.webteam");
            WebElement summary = driver.findElement(By.id("summary"));
            summary.sendKeys(Keys.END, " Today.");
            press(driver.findElement(By.id("save")), Keys.ENTER);
            WebElement refused = new WebDriverWait(driver, Duration.ofSeconds(20))
                    .until(ExpectedConditions.presenceOfElementLocated(By.className("govuk-error-summary")));
            assertThat(refused.getText()).contains("changed by malvern-hills.webteam on ").contains("nothing was saved");
            assertThat(driver.findElement(By.id("summary")).getAttribute("value")).endsWith(" Today.");
            Browser.assertAccessible(driver);

            driver.get(new URL(root, "/admin/service/preview?service=" + SERVICE).toString());
            Browser.waitForHeading(driver, "Report dog fouling");
            assertThat(driver.findElement(By.id("preview-title")).getText()).isEqualTo("Preview");
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("Bag it and bin it.");
            Browser.assertAccessible(driver);

            AdminPagesInBrowser.publish(driver, root, SERVICE, "Report dog fouling");

            press(driver.findElement(By.linkText("History and versions")), Keys.ENTER);
            Browser.waitForHeading(driver, "History and versions");
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("by malvern-hills.webteam")
                    .contains("How residents use it");
            Browser.assertAccessible(driver);

            driver.get(new URL(root, "/services/" + SERVICE + "?postcode=" + MALVERN_HILLS_POSTCODE.replace(" ", "+")).toString());
            Browser.waitForHeading(driver, "Report dog fouling");
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("Bag it and bin it.")
                    .doesNotContain("Continue on");
        } finally {
            putBack(original);
        }
    }

    /** The service as the fixture has it, published again, so no other test sees this one's change. */
    private void putBack(ServiceSettings original) {
        ServiceConfiguration now = configurations.of(COUNCIL, SERVICE);
        if (now.draft() != null || !"link".equals(now.settings().mode())) {
            drafts.save(COUNCIL, SERVICE, original, now.revision(), "test");
            publisher.publish(COUNCIL, SERVICE, "test");
        }
    }

    /** Keyboard only: the key goes to the element, which takes the focus, as a tab to it would. */
    private static void press(WebElement element, CharSequence key) {
        element.sendKeys(key);
    }
}
