package uk.tierless.admin;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
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
import uk.tierless.publishing.ServiceConfigurations;
import uk.tierless.publishing.ServiceDrafts;
import uk.tierless.publishing.ServiceTemplates;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The branding and shared-services pages in a real browser 320 px wide, worked with keys alone: axe-core finds no
 * WCAG 2.2 AA violation on any of them, errors included, and nothing scrolls sideways.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class BrandingAndSharingBrowserTest extends BrowserTest {

    private static final String COUNCIL = "stafford";
    private static final String SERVICE = "fly-tipping";

    @Inject
    Branding branding;

    @Inject
    ServiceTemplates templates;

    @Inject
    ServiceConfigurations configurations;

    @Inject
    ServiceDrafts drafts;

    private Branding.BrandingView before;

    @AfterEach
    void putBack() {
        if (before != null) {
            branding.change(COUNCIL, new Branding.BrandingChange(before.brandColour(), before.welcome()), "tester");
        }
        if (configurations.of(COUNCIL, SERVICE).draft() != null) {
            drafts.discard(COUNCIL, SERVICE, "tester");
        }
    }

    @Test
    void anAdministratorChangesTheBrandingWithKeysAlone() throws Exception {
        before = branding.of(COUNCIL);
        driver = Browser.start(320, 800);
        StaffSignIn.inBrowser(driver, root, "/admin/branding", COUNCIL + ".admin");
        Browser.waitForHeading(driver, "Branding");
        checkPage();

        var colour = driver.findElement(By.id("brandColour"));
        colour.sendKeys(Keys.chord(Keys.CONTROL, "a"), "#ffdd00", Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(
                By.className("govuk-error-summary")));
        assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
                .contains("White text on #ffdd00 has a contrast ratio of 1.3:1; it needs at least 4.5:1");
        checkPage();

        driver.findElement(By.id("brandColour")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "#1d70b8", Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("saved=branding"));
        assertThat(driver.findElement(By.className("govuk-notification-banner")).getText()).contains("Your branding is saved");
        checkPage();
    }

    @Test
    void anAdministratorAdoptsASharedServiceWithKeysAlone() throws Exception {
        String template = templates.share("lichfield", SERVICE, "lichfield.admin").template();
        driver = Browser.start(320, 800);
        StaffSignIn.inBrowser(driver, root, "/admin/shared", COUNCIL + ".admin");
        Browser.waitForHeading(driver, "Shared services");
        checkPage();

        driver.findElement(By.cssSelector("a[href='/admin/shared/preview?template=" + template + "']")).sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("preview"));
        checkPage();

        driver.findElement(By.xpath("//button[text()='Adopt as my draft']")).sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("adopted="));
        assertThat(driver.findElement(By.className("govuk-notification-banner")).getText())
                .contains("is now your draft, adapted from Lichfield District Council, version 1.");
        checkPage();
    }

    private void checkPage() {
        Browser.assertAccessible(driver);
        Number overflow = (Number) driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow.intValue()).as("horizontal scrolling at 320 px on " + driver.getCurrentUrl()).isLessThanOrEqualTo(0);
    }
}
