package uk.tierless.admin;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.identity.StaffSignIn;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.portal.Browser;
import uk.tierless.portal.BrowserTest;
import uk.tierless.publishing.ServiceConfiguration;
import uk.tierless.publishing.ServiceConfigurations;
import uk.tierless.publishing.ServiceDrafts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Where requests go" on a form service's page in a real browser 320 px wide, by keyboard, with axe-core (WCAG 2.2
 * AA): the page, and the page again with a wrong field in its error summary. Nothing is saved.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class DispatchSettingBrowserTest extends BrowserTest {

    private static final String SERVICE = "council-tax-balance";

    @Inject
    ServiceConfigurations configurations;

    @Inject
    ServiceDrafts drafts;

    @Test
    void theMethodsAndTheirFieldsAreAccessibleAndAWrongOneIsNamed() throws Exception {
        try {
            driver = Browser.start(320, 900);
            StaffSignIn.inBrowser(driver, root, "/admin/service?service=" + SERVICE, "tamworth.admin");
            Browser.waitForHeading(driver, "Check your council tax balance");
            Browser.assertAccessible(driver);

            driver.findElement(By.id("dispatch-method-webhook")).sendKeys(Keys.SPACE);
            driver.findElement(By.id("dispatch-url")).sendKeys("https://crm.tamworth.gov.uk/tierless");
            driver.findElement(By.id("dispatch-secretEnv")).sendKeys("not a variable");
            driver.findElement(By.id("save")).sendKeys(Keys.ENTER);
            Browser.waitForHeading(driver, "Check your council tax balance");
            assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
                    .contains("Webhook secret's environment variable: 'not a variable' must be the name of an environment variable");
            assertThat(driver.findElement(By.id("dispatch-method-webhook")).isSelected()).isTrue();
            Browser.assertAccessible(driver);
            assertThat(configurations.of("tamworth", SERVICE).draft()).isNull();
        } finally {
            ServiceConfiguration now = configurations.of("tamworth", SERVICE);
            if (now.draft() != null) {
                drafts.discard("tamworth", SERVICE, "test");
            }
        }
    }
}
