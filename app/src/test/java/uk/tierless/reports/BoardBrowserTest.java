package uk.tierless.reports;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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

import javax.sql.DataSource;
import java.net.URL;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The board's pages in a real browser 320 px wide, by keyboard, with axe-core (WCAG 2.2 AA) on each: the
 * partnership's report with its charts and their tables, a table sorted by its heading, dates refused and
 * chosen, a council's report, the pack as printed, and the cost model saved. Over {@link BoardPagesFixture}.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class BoardBrowserTest extends BrowserTest {

    static final int PHONE = 320;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void fixture() throws SQLException {
        BoardPagesFixture.load(dataSource);
    }

    @AfterEach
    void clear() throws SQLException {
        BoardPagesFixture.clear(dataSource);
    }

    @Test
    void aBoardMemberReadsSortsPrintsAndChangesTheCostModelByKeyboardOnAPhone() throws Exception {
        driver = Browser.start(PHONE, 900);
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(PHONE, 900));
        StaffSignIn.inBrowser(driver, root, "/board?period=" + BoardPagesFixture.PERIOD, "staffordshire-connects.board");
        Browser.waitForHeading(driver, "Staffordshire Connects");
        assertFitsAndAccessible();
        WebElement chart = driver.findElement(By.cssSelector("#partnership-requests-months svg"));
        assertThat(chart.getAttribute("role")).isEqualTo("img");
        assertThat(chart.getSize().getWidth()).isLessThanOrEqualTo(PHONE);
        assertThat(driver.findElement(By.cssSelector("#partnership-requests-months caption")).getText())
                .isEqualTo("Requests received by month");
        assertThat(driver.findElement(By.cssSelector("#partnership-requests-months tbody")).getText())
                .contains("May 2017 25").contains("June 2017 7");

        press(driver.findElement(By.cssSelector("#outcomes-councils th:nth-child(2) a")), Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("sort=outcomes-councils.requests"));
        assertThat(driver.findElement(By.cssSelector("#outcomes-councils th:nth-child(2)")).getAttribute("aria-sort"))
                .isEqualTo("descending");
        assertThat(driver.findElement(By.cssSelector("#outcomes-councils tbody tr th")).getText())
                .isEqualTo("Tamworth Borough Council");
        assertFitsAndAccessible();

        type("from", "2017-06-30");
        type("to", "2017-04-01");
        press(driver.findElement(By.xpath("//button[text()='Show these dates']")), Keys.ENTER);
        WebElement problem = new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.className("govuk-error-summary")));
        assertThat(problem.getText()).contains("To must be the same day as from or later");
        assertFitsAndAccessible();
        assertThat(driver.findElement(By.id("from")).getAttribute("value")).isEqualTo("2017-06-30");
        type("from", "2017-04-01");
        type("to", "2017-06-30");
        press(driver.findElement(By.xpath("//button[text()='Show these dates']")), Keys.ENTER);
        Browser.waitForHeading(driver, "Staffordshire Connects");
        assertThat(driver.findElement(By.className("govuk-body-l")).getText()).isEqualTo("1 April 2017 to 30 June 2017");

        press(driver.findElement(By.linkText("Tamworth Borough Council")), Keys.ENTER);
        Browser.waitForHeading(driver, "Tamworth Borough Council");
        assertFitsAndAccessible();

        driver.get(new URL(root, "/board/pack?period=" + BoardPagesFixture.PERIOD).toString());
        Browser.waitForHeading(driver, "Staffordshire Connects");
        assertThat(driver.findElement(By.id("print-pack")).isDisplayed()).as("the print button, with script").isTrue();
        assertFitsAndAccessible();
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(driver.findElement(By.className("govuk-service-navigation")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("print-pack")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("period")).isDisplayed()).isFalse();
        assertThat(driver.executeScript("return getComputedStyle(document.getElementById('tamworth')).breakBefore"))
                .isEqualTo("page");
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

        driver.get(new URL(root, "/board?period=" + BoardPagesFixture.PERIOD).toString());
        Browser.waitForHeading(driver, "Staffordshire Connects");
        press(driver.findElement(By.linkText("Change the cost model")), Keys.ENTER);
        Browser.waitForHeading(driver, "The cost model");
        assertFitsAndAccessible();
        type("phone", "3.10");
        type("avoidedCallPercent", "many");
        press(driver.findElement(By.xpath("//button[text()='Save the cost model']")), Keys.ENTER);
        problem = new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.className("govuk-error-summary")));
        assertThat(problem.getText()).contains("share of visits");
        assertFitsAndAccessible();
        type("avoidedCallPercent", "25");
        press(driver.findElement(By.xpath("//button[text()='Save the cost model']")), Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("saved=1"));
        assertThat(driver.findElement(By.className("govuk-notification-banner")).getText())
                .contains("The cost model is saved");
        assertFitsAndAccessible();
    }

    @Test
    void aPlatformAdministratorChoosesAPartnershipOnAPhone() throws Exception {
        driver = Browser.start(PHONE, 900);
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(PHONE, 900));
        StaffSignIn.inBrowser(driver, root, "/board", "platform.admin");
        Browser.waitForHeading(driver, "Choose a partnership");
        assertFitsAndAccessible();
        press(driver.findElement(By.linkText("Worcestershire Partnership")), Keys.ENTER);
        Browser.waitForHeading(driver, "Worcestershire Partnership");
        assertFitsAndAccessible();
    }

    /** axe finds nothing, and the page is no wider than the phone (wide tables scroll inside their own box). */
    private void assertFitsAndAccessible() {
        Browser.assertAccessible(driver);
        Number overflow = (Number) driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        Object widest = driver.executeScript("var out = []; document.querySelectorAll('body *').forEach(function (e) {"
                + " if (!e.closest('.tierless-table-scroll') && e.getBoundingClientRect().right > document.documentElement.clientWidth) {"
                + " out.push(e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)); } });"
                + " return document.documentElement.clientWidth + ' ' + out.slice(0, 8).join('; ');");
        assertThat(overflow.intValue()).as("horizontal scrolling at " + PHONE + " px on " + driver.getCurrentUrl()
                + ": " + widest).isLessThanOrEqualTo(0);
    }

    private void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        field.sendKeys(text);
    }

    /** Keyboard only: the key goes to the element, which takes the focus, as a tab to it would. */
    private static void press(WebElement element, CharSequence key) {
        element.sendKeys(key);
    }
}
