package uk.tierless.portal;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.tierless.catalogue.CouncilTaxByAmount;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.platform.PostgresTestResource;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A resident at a Worcester address orders two copies of a birth certificate in a real browser: the charge on
 * "Check your answers", the sandbox's card page, and the confirmation with a WCC- reference; a declined card ends
 * politely with nothing taken; a Tamworth resident pays £25 of council tax, which makes no request. Every page
 * axe-clean; the card paid from the keyboard; 320 px without scrolling.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class PaidJourneyBrowserTest extends BrowserTest {

    @Inject
    CouncilTaxByAmount councilTax;

    @AfterEach
    void putBack() {
        councilTax.putBack();
    }

    private static final Map<String, String> ANSWERS = Map.of("names", "Ada Example", "event-year", "1990",
            "copies", "2", "delivery-address", "16 Notreal Court, Worcester WR1 1RJ");

    @Test
    void twoBirthCertificatesPaidWithTheSuccessCard() throws Exception {
        driver = Browser.start(1200, 900);
        toCheckYourAnswers();
        String charge = driver.findElement(By.xpath("//h2[text()='What you will pay']/following-sibling::dl")).getText();
        assertThat(charge).contains("2 × £12.50 = £25.00").contains("£25.00");
        Browser.assertAccessible(driver);
        driver.findElement(By.xpath("//button[text()='Continue to payment']")).click();

        Browser.waitForHeading(driver, "Enter card details");
        assertThat(driver.getPageSource()).contains("Test payments: no money moves");
        Browser.assertAccessible(driver);
        fitsAt320();
        fillCard("4444333322221111");
        // Paid from the keyboard: Enter in the last field submits the form.
        driver.findElement(By.id("cvc")).sendKeys(Keys.ENTER);

        Browser.waitForHeading(driver, "Request sent");
        String reference = driver.findElement(By.cssSelector(".govuk-panel__body strong")).getText();
        assertThat(reference).matches("WCC-\\d{4}-\\d{4,}");
        Browser.assertAccessible(driver);
    }

    @Test
    void aDeclinedCardEndsPolitelyWithNothingTaken() throws Exception {
        driver = Browser.start(1200, 900);
        toCheckYourAnswers();
        driver.findElement(By.xpath("//button[text()='Continue to payment']")).click();
        Browser.waitForHeading(driver, "Enter card details");
        fillCard("4000000000000002");
        driver.findElement(By.cssSelector("form button[type=submit]")).click();

        Browser.waitForHeading(driver, "Your payment was not taken");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Nothing was taken from your card");
        Browser.assertAccessible(driver);
    }

    @Test
    void twentyFivePoundsOfCouncilTaxAtTamworth() throws Exception {
        councilTax.publish();
        driver = Browser.start(1200, 900);
        driver.get(new URL(root, "/find?postcode=B79%207AH").toString());
        driver.findElement(By.id("uprn")).click();
        driver.findElement(By.cssSelector("form[action='/your-councils'] button")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/your-councils"));
        driver.findElement(By.linkText("Pay your council tax")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/form?"));
        driver.findElement(By.id("account-number")).sendKeys("51234567");
        driver.findElement(By.id("amount")).sendKeys("25");
        driver.findElement(By.cssSelector("form[action^='/form/check'] button[type=submit]")).click();
        Browser.waitForHeading(driver, "How we will keep you updated");
        driver.findElement(By.cssSelector("form[action^='/form/check'] button[type=submit]")).click();
        Browser.waitForHeading(driver, "Check your answers");
        assertThat(driver.findElement(By.xpath("//h2[text()='What you will pay']/following-sibling::dl")).getText())
                .contains("£25.00");
        driver.findElement(By.xpath("//button[text()='Continue to payment']")).click();
        Browser.waitForHeading(driver, "Enter card details");
        fillCard("4444333322221111");
        driver.findElement(By.cssSelector("form button[type=submit]")).click();

        Browser.waitForHeading(driver, "Payment received");
        assertThat(driver.findElement(By.cssSelector(".govuk-panel__body strong")).getText()).matches("TAM-\\d{4}-\\d{4,}");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Tamworth Borough Council has your payment");
        Browser.assertAccessible(driver);
        fitsAt320();
    }

    private void toCheckYourAnswers() throws Exception {
        driver.get(new URL(root, "/find?postcode=WR1%201RJ").toString());
        driver.findElement(By.id("uprn")).click();
        driver.findElement(By.cssSelector("form[action='/your-councils'] button")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/your-councils"));
        driver.findElement(By.partialLinkText("copy certificate")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/form?"));
        for (int page = 0; page < 10 && !heading(driver).equals("Check your answers"); page++) {
            if (heading(driver).equals("How we will keep you updated")) {
                driver.findElement(By.id("contact.email")).sendKeys("ada@example.com");
            }
            ANSWERS.forEach((id, value) -> present(id).ifPresent(field -> field.sendKeys(value)));
            present("certificate-type").ifPresent(WebElement::click);
            present("service-level").ifPresent(WebElement::click);
            driver.findElement(By.cssSelector("form[action^='/form/check'] button[type=submit], form[action^='/form/submit'] button[type=submit]")).click();
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        }
        assertThat(heading(driver)).isEqualTo("Check your answers");
    }

    private java.util.Optional<WebElement> present(String id) {
        List<WebElement> found = driver.findElements(By.id(id));
        return found.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(found.get(0));
    }

    private static String heading(ChromeDriver driver) {
        return driver.findElement(By.tagName("h1")).getText();
    }

    private void fillCard(String number) {
        driver.findElement(By.id("cardNumber")).sendKeys(number);
        driver.findElement(By.id("expiryMonth")).sendKeys("12");
        driver.findElement(By.id("expiryYear")).sendKeys("2035");
        driver.findElement(By.id("cardholderName")).sendKeys("Ada Example");
        driver.findElement(By.id("cvc")).sendKeys("123");
    }

    private void fitsAt320() {
        driver.manage().window().setSize(new Dimension(320, 800));
        Number overflow = (Number) driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow.intValue()).as("horizontal scrolling at 320 px").isLessThanOrEqualTo(0);
        driver.manage().window().setSize(new Dimension(1200, 900));
    }
}
