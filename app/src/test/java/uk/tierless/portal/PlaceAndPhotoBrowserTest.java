package uk.tierless.portal;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.identity.StaffSignIn;
import uk.tierless.photos.TestPhotos;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.platform.AsInProduction;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pothole reported with the map switched on: a pin put on the map by mouse and by keyboard, a photo chosen from
 * the phone, and each page checked with axe-core. The tile server is the app's own icon, so no network is needed.
 */
@QuarkusTest
@TestProfile(AsInProduction.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class PlaceAndPhotoBrowserTest extends BrowserTest {

    @Test
    void aPinOnTheMapAndAPhotoReachTheCounty() throws Exception {
        driver = Browser.start(360, 800);
        driver.get(new URL(root, "/form?service=report-pothole&postcode=B79%207AH").toString());
        Browser.waitForHeading(driver, "Report a pothole");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("location-map")));
        Browser.assertAccessible(driver);

        driver.findElement(By.id("location-map")).click();
        wait.until(driver -> !driver.findElement(By.id("location-lat")).getDomProperty("value").isEmpty());
        assertThat(driver.findElement(By.id("location-pin")).getText()).startsWith("A pin is on the map at 52.");

        // Without a mouse: the button puts the pin at the centre of the map, which starts at the postcode.
        driver.findElement(By.id("location-centre")).sendKeys(Keys.ENTER);
        wait.until(driver -> driver.findElement(By.id("location-pin")).getText().contains("52.6"));
        driver.findElement(By.cssSelector("form[action^='/form/check'] button[type=submit]")).click();
        Browser.waitForHeading(driver, "Report a pothole");

        Browser.assertAccessible(driver);
        driver.findElement(By.id("size-medium")).click();
        driver.findElement(By.id("position")).click();
        driver.findElement(By.cssSelector("form[action^='/form/check'] button[type=submit]")).click();
        Browser.waitForHeading(driver, "Add a photo (optional)");

        Browser.assertAccessible(driver);
        Path photo = Files.createTempFile("pothole", ".jpg");
        Files.write(photo, TestPhotos.jpegWithLocation());
        driver.findElement(By.id("photo")).sendKeys(photo.toAbsolutePath().toString());
        driver.findElement(By.cssSelector("form[action^='/form/check'] button[type=submit]")).click();
        Browser.waitForHeading(driver, "How we will keep you updated");

        driver.findElement(By.cssSelector("form[action^='/form/check'] button[type=submit]")).click();
        Browser.waitForHeading(driver, "Check your answers");
        Browser.assertAccessible(driver);
        String answers = driver.findElement(By.className("govuk-summary-list")).getText();
        assertThat(answers).contains("Pin on the map (52.6").contains("Photo added").contains("About the size of a dinner plate");

        driver.findElement(By.xpath("//button[text()='Send']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/track/"));
        String reference = driver.findElement(By.cssSelector(".govuk-panel__body strong")).getText();
        assertThat(reference).matches("SCC-\\d{4}-\\d{4}");
        Files.delete(photo);

        // The county's caseworker sees the pin on a map and the photo, stripped of where it was taken.
        StaffSignIn.inBrowser(driver, root, "/staff/request?ref=" + reference, "staffordshire.caseworker");
        Browser.waitForHeading(driver, reference);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".tierless-map[data-readonly] .leaflet-marker-icon")));
        WebElement image = driver.findElement(By.className("tierless-photo"));
        // 64 by 48 as stored; the browser turns it by the orientation kept from the phone's Exif (6: a quarter turn).
        assertThat(((Number) driver.executeScript("return arguments[0].naturalWidth", image)).intValue()).isEqualTo(48);
        Browser.assertAccessible(driver);
    }
}
