package uk.tierless.appointments;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.identity.StaffSignIn;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.portal.Browser;
import uk.tierless.portal.BrowserTest;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The appointment pages in a real browser 320 px wide, worked with keys alone: the resident's appointment, choosing
 * another time, cancelling; a time taken by someone else while the resident chose it (they are told); the staff day
 * list and the admin setup. axe-core finds no WCAG 2.2 AA violation on any of them, and nothing scrolls sideways.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class AppointmentsBrowserTest extends BrowserTest {

    @Test
    void aResidentMovesAndCancelsWithKeysAlone() throws Exception {
        String token = book("leek", 1);
        driver = Browser.start(320, 800);
        driver.get(new URL(root, "/track/" + token + "/appointment").toString());
        Browser.waitForHeading(driver, "Your appointment");
        checkPage(driver);

        driver.findElement(By.linkText("Change the time or office")).sendKeys(Keys.ENTER);
        Browser.waitForHeading(driver, "Choose another time");
        checkPage(driver);
        driver.findElement(By.xpath("//button[text()='Move my appointment']")).sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.className("govuk-error-summary")));
        assertThat(driver.findElement(By.className("govuk-error-summary")).getText()).contains("Choose a time");
        checkPage(driver);

        driver.findElement(By.id("slot")).sendKeys(Keys.SPACE);
        driver.findElement(By.id("slot")).sendKeys(Keys.ENTER);
        Browser.waitForHeading(driver, "Your appointment");
        assertThat(driver.findElement(By.className("govuk-notification-banner")).getText()).contains("Your appointment has moved");
        checkPage(driver);

        driver.findElement(By.linkText("Cancel the appointment")).sendKeys(Keys.ENTER);
        Browser.waitForHeading(driver, "Cancel your appointment");
        checkPage(driver);
        driver.findElement(By.xpath("//button[text()='Yes, cancel it']")).sendKeys(Keys.ENTER);
        Browser.waitForHeading(driver, "Your appointment");
        assertThat(driver.findElement(By.className("govuk-notification-banner")).getText()).contains("cancelled");
        checkPage(driver);
    }

    @Test
    void aTimeTakenWhileTheResidentChoosesIsRefusedWithTheNews() throws Exception {
        String token = book("cannock", 1);
        Map<String, Object> last = Births.emptySlot("cannock", 1);
        String from = AppointmentWords.dayOf(Instant.parse((String) last.get("start"))).toString();
        driver = Browser.start(1200, 900);
        driver.get(new URL(root, "/track/appointment/change?token=" + token + "&from=" + from).toString());
        Browser.waitForHeading(driver, "Choose another time");
        driver.findElement(By.cssSelector("input[value='" + last.get("id") + "']")).sendKeys(Keys.SPACE);
        // Someone else books that time (the database race itself is BookingRaceTest's, two browsers the journey's).
        Births.register(Births.today().minusDays(2), (String) last.get("id"), "quicker@example.com").then().statusCode(201);

        driver.findElement(By.xpath("//button[text()='Move my appointment']")).sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.className("govuk-error-summary")));
        assertThat(driver.findElement(By.className("govuk-error-summary")).getText()).contains("has just been taken");
        Browser.assertAccessible(driver);
    }

    @Test
    void theStaffDayListAndTheAdminSetupWithKeysAlone() throws Exception {
        book("lichfield", 1);
        driver = Browser.start(320, 800);
        StaffSignIn.inBrowser(driver, root, "/staff/appointments?office=lichfield", "staffordshire.caseworker");
        Browser.waitForHeading(driver, "Appointments");
        checkPage(driver);
        driver.findElement(By.id("day")).clear();
        driver.findElement(By.id("day")).sendKeys(Births.today().plusDays(1).toString(), Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("day="));
        checkPage(driver);

        driver.manage().deleteAllCookies();
        StaffSignIn.inBrowser(driver, root, "/admin/appointments", "staffordshire.admin");
        Browser.waitForHeading(driver, "Appointment setup");
        checkPage(driver);
        driver.findElement(By.id("phone")).clear();
        driver.findElement(By.id("phone")).sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.className("govuk-error-summary")));
        checkPage(driver);
    }

    /** A booking through the API for a baby born last week: its tracking link's token. */
    private static String book(String office, int places) {
        Map<String, Object> slot = Births.emptySlot(office, places);
        Response made = Births.register(Births.today().minusDays(7), (String) slot.get("id"), "browser@example.com");
        made.then().statusCode(201);
        String trackUrl = made.path("trackUrl");
        return trackUrl.substring(trackUrl.lastIndexOf('/') + 1);
    }

    private static void checkPage(ChromeDriver driver) {
        Browser.assertAccessible(driver);
        Number overflow = (Number) driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow.intValue()).as("horizontal scrolling at 320 px on " + driver.getCurrentUrl()).isLessThanOrEqualTo(0);
    }
}
