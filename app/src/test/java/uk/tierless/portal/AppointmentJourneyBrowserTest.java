package uk.tierless.portal;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.notifications.MailFiles;
import uk.tierless.platform.PostgresTestResource;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Lichfield resident books a birth registration at a Staffordshire register office in a real browser: the
 * baby's date of birth, then an office, a day and a time inside the 42 days, "Check your answers" with the
 * appointment, the confirmation with it, and an acknowledgement email carrying the calendar file. Two browsers on
 * the last place of a slot: one books it, the other is brought back to the times with the news. Every page
 * axe-clean, the choices made from the keyboard, 320 px without scrolling.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class AppointmentJourneyBrowserTest extends BrowserTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private ChromeDriver second;

    @AfterEach
    void closeSecond() {
        if (second != null) {
            second.quit();
        }
    }

    @Test
    void aLichfieldResidentBooksABirthRegistrationAndGetsTheCalendarFile() throws Exception {
        driver = Browser.start(1200, 900);
        toCheckYourAnswers(driver, "lichfield", "lichfield.parent@example.com");
        String appointment = row(driver, "Appointment");
        assertThat(appointment).contains("Lichfield").containsPattern("at \\d{1,2}:\\d{2}(am|pm)");
        Browser.assertAccessible(driver);
        driver.findElement(By.xpath("//button[text()='Send']")).click();

        Browser.waitForHeading(driver, "Request sent");
        String reference = driver.findElement(By.cssSelector(".govuk-panel__body strong")).getText();
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Lichfield");
        Browser.assertAccessible(driver);
        fitsAt320(driver);

        Path email = MailFiles.waitForEmail(reference, "Content-Type: text/calendar");
        MimeMessage message;
        try (InputStream in = Files.newInputStream(email)) {
            message = new MimeMessage(Session.getInstance(new Properties()), in);
        }
        MimeMultipart parts = (MimeMultipart) message.getContent();
        Part calendar = parts.getBodyPart(1);
        assertThat(calendar.getFileName()).endsWith(".ics");
        String ics = new String(calendar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("BEGIN:VEVENT").contains("Lichfield");
        assertThat(parts.getBodyPart(0).getContent().toString()).contains(reference);

        driver.findElement(By.linkText("track this request")).click();
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(appointment.substring(0, appointment.indexOf(" at ")));
        Browser.assertAccessible(driver);
    }

    @Test
    void twoBrowsersRacingForTheLastPlaceOfASlotGetOneBooking() throws Exception {
        // Cannock has one registrar: each slot has one place.
        driver = Browser.start(1200, 900);
        second = Browser.start(1200, 900);
        toCheckYourAnswers(driver, "cannock", "first@example.com");
        toCheckYourAnswers(second, "cannock", "second@example.com");
        String chosen = row(driver, "Appointment");
        assertThat(row(second, "Appointment")).isEqualTo(chosen);

        driver.findElement(By.xpath("//button[text()='Send']")).click();
        Browser.waitForHeading(driver, "Request sent");
        second.findElement(By.xpath("//button[text()='Send']")).click();

        new WebDriverWait(second, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".govuk-error-summary")));
        assertThat(second.findElement(By.cssSelector(".govuk-error-summary")).getText()).containsIgnoringCase("taken");
        assertThat(second.findElement(By.tagName("h1")).getText()).startsWith("What time would you like to come");
        Browser.assertAccessible(second);
        // The time taken is no longer offered; another is, and the resident books it.
        List<WebElement> times = second.findElements(By.cssSelector("input[name='slot']"));
        assertThat(times).isNotEmpty();
        times.get(0).click();
        second.findElement(By.cssSelector("form[action^='/form/check'] button[type=submit]")).click();
        Browser.waitForHeading(second, "Check your answers");
        assertThat(row(second, "Appointment")).isNotEqualTo(chosen);
        second.findElement(By.xpath("//button[text()='Send']")).click();
        Browser.waitForHeading(second, "Request sent");
    }

    /** The journey from the postcode to "Check your answers", choosing the office and its first free day and time. */
    private void toCheckYourAnswers(ChromeDriver browser, String office, String email) throws Exception {
        Browser.openService(browser, root, "WS13 8LU", "Register a birth");
        LocalDate born = LocalDate.now(LONDON).minusDays(7);
        for (int page = 0; page < 12 && !heading(browser).equals("Check your answers"); page++) {
            Browser.assertAccessible(browser);
            present(browser, "baby-date-of-birth-day").ifPresent(field -> {
                field.sendKeys(String.valueOf(born.getDayOfMonth()));
                browser.findElement(By.id("baby-date-of-birth-month")).sendKeys(String.valueOf(born.getMonthValue()));
                browser.findElement(By.id("baby-date-of-birth-year")).sendKeys(String.valueOf(born.getYear()));
            });
            present(browser, "parents-married").ifPresent(WebElement::click);
            present(browser, "contact.email").ifPresent(field -> field.sendKeys(email));
            if (heading(browser).equals("Which register office would you like to go to?")) {
                fitsAt320(browser);
                // Chosen from the keyboard: the space bar selects the radio that has the focus.
                browser.findElement(By.cssSelector("input[value='" + office + "']")).sendKeys(" ");
            }
            present(browser, "appointmentDay").ifPresent(WebElement::click);
            present(browser, "slot").ifPresent(WebElement::click);
            browser.findElement(By.cssSelector("form[action^='/form/check'] button[type=submit]")).click();
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        }
        assertThat(heading(browser)).isEqualTo("Check your answers");
    }

    private static String row(ChromeDriver browser, String key) {
        return browser.findElement(By.xpath("//dt[text()='" + key + "']/following-sibling::dd[1]")).getText();
    }

    private static Optional<WebElement> present(ChromeDriver browser, String id) {
        List<WebElement> found = browser.findElements(By.id(id));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private static String heading(ChromeDriver browser) {
        return browser.findElement(By.tagName("h1")).getText();
    }

    private static void fitsAt320(ChromeDriver browser) {
        browser.manage().window().setSize(new Dimension(320, 800));
        Number overflow = (Number) browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow.intValue()).as("horizontal scrolling at 320 px").isLessThanOrEqualTo(0);
        browser.manage().window().setSize(new Dimension(1200, 900));
    }
}
