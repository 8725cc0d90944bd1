package uk.tierless.portal;

import io.quarkus.test.common.http.TestHTTPResource;
import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.chrome.ChromeDriver;

import java.net.URL;

/** What every browser test has: the app's address, a Chromium started by the test ({@link Browser#start}), closed after. */
public abstract class BrowserTest {

    @TestHTTPResource("/")
    protected URL root;

    protected ChromeDriver driver;

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }
}
