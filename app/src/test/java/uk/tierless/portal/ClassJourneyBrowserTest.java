package uk.tierless.portal;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.platform.PostgresTestResource;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Worcester resident registers for an adult-learning class in a real browser: the tile leads to the council's
 * classes for their address, Register opens the form with the class chosen, "Check your answers" names it and
 * what it costs, and the confirmation shows the place. Every page axe-clean.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class ClassJourneyBrowserTest extends BrowserTest {

    @Test
    void aWorcesterResidentRegistersForAFreeClassFromTheTile() throws Exception {
        driver = Browser.start(1200, 900);
        driver.get(new java.net.URL(root, "/find?postcode=WR1%201RJ").toString());
        driver.findElement(By.id("uprn")).click();
        driver.findElement(By.cssSelector("form[action='/your-councils'] button")).click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.urlContains("/your-councils"));
        driver.findElement(By.linkText("Adult learning courses")).click();

        wait.until(ExpectedConditions.urlContains("/classes?"));
        assertThat(driver.getCurrentUrl()).contains("council=worcestershire").contains("uprn=");
        Browser.assertAccessible(driver);
        driver.findElement(By.xpath("//a[starts-with(@href, '/form?') and contains(@href, 'COOK-BUD-KIDD-WED')]")).click();

        for (int page = 0; page < 8 && !heading().equals("Check your answers"); page++) {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
            Browser.assertAccessible(driver);
            present("concession").ifPresent(WebElement::click);
            present("studied-before").ifPresent(WebElement::click);
            present("contact.email").ifPresent(field -> field.sendKeys("cook.learner@example.com"));
            WebElement shown = driver.findElement(By.tagName("h1"));
            driver.findElement(By.cssSelector("form[action^='/form/check'] button[type=submit]")).click();
            // The next page, not the one just sent, before its heading is read.
            wait.until(ExpectedConditions.stalenessOf(shown));
        }
        assertThat(heading()).isEqualTo("Check your answers");
        assertThat(driver.findElement(By.xpath("//dt[text()='Class']/following-sibling::dd[1]")).getText())
                .contains("Cooking on a budget").contains("Kidderminster Library");
        Browser.assertAccessible(driver);
        driver.findElement(By.xpath("//button[text()='Send']")).click();

        Browser.waitForHeading(driver, "Request sent");
        String page = driver.findElement(By.tagName("main")).getText();
        assertThat(page).contains("Your class").contains("Cooking on a budget");
        Browser.assertAccessible(driver);
    }

    private java.util.Optional<WebElement> present(String id) {
        List<WebElement> found = driver.findElements(By.id(id));
        return found.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(found.get(0));
    }

    private String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }
}
