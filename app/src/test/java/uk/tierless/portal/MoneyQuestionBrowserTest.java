package uk.tierless.portal;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.tierless.catalogue.CouncilTaxByAmount;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.platform.PostgresTestResource;

import java.net.URL;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A money question in a real browser: a £ before the box, a keypad with a decimal point, the council's minimum on
 * the question's own page, and pounds with two decimals on check your answers; axe-core finds nothing, 320 px fits.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class MoneyQuestionBrowserTest extends BrowserTest {

    @Inject
    CouncilTaxByAmount councilTax;

    @AfterEach
    void putBack() {
        councilTax.putBack();
    }

    @Test
    void anAmountIsTypedInPoundsCheckedOnItsPageAndShownWithTwoDecimals() throws Exception {
        councilTax.publish();
        driver = Browser.start(1200, 900);
        driver.get(new URL(root, "/find?postcode=B79%207AH").toString());
        driver.findElement(By.id("uprn")).click();
        driver.findElement(By.cssSelector("form[action='/your-councils'] button")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/your-councils"));
        driver.findElement(By.linkText("Pay your council tax")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/form?"));

        WebElement amount = driver.findElement(By.id("amount"));
        assertThat(amount.getAttribute("inputmode")).isEqualTo("decimal");
        assertThat(driver.findElement(By.cssSelector(".govuk-input__wrapper .govuk-input__prefix")).getText()).isEqualTo("£");
        Browser.assertAccessible(driver);
        driver.manage().window().setSize(new Dimension(320, 800));
        Number overflow = (Number) driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow.intValue()).as("horizontal scrolling at 320 px").isLessThanOrEqualTo(0);
        driver.manage().window().setSize(new Dimension(1200, 900));

        driver.findElement(By.id("account-number")).sendKeys("51234567");
        amount.sendKeys("0.50");
        driver.findElement(By.cssSelector("form[action^='/form/check'] button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.className("govuk-error-summary")));
        assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
                .contains("Enter an amount of at least £1.00");
        Browser.assertAccessible(driver);

        driver.findElement(By.id("amount")).clear();
        driver.findElement(By.id("amount")).sendKeys("1,250.5");
        driver.findElement(By.cssSelector("form[action^='/form/check'] button[type=submit]")).click();
        Browser.waitForHeading(driver, "How we will keep you updated");
        driver.findElement(By.cssSelector("form[action^='/form/check'] button[type=submit]")).click();
        Browser.waitForHeading(driver, "Check your answers");
        assertThat(driver.findElement(By.className("govuk-summary-list")).getText()).contains("£1,250.50");
        Browser.assertAccessible(driver);
    }
}
