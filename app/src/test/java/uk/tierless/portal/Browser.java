package uk.tierless.portal;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Headless Chromium for the page tests: Debian's chromium and chromium-driver (make test installs them), never a
 * downloaded browser. {@link #axeViolations()} runs axe-core for WCAG 2.2 AA on the current page.
 */
public final class Browser {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private Browser() {
    }

    /** A new browser, or the test is skipped with the reason (run make test, which installs them). */
    public static ChromeDriver start(int width, int height) throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Debian's chromium and chromium-driver are not installed: `make test` installs them");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=" + width + "," + height,
                "--user-data-dir=" + Files.createTempDirectory("tierless-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).build();
        return new ChromeDriver(service, options);
    }

    /** The WCAG 2.2 AA violations axe-core finds on the page, one line each, empty when there are none. */
    public static String axeViolations(ChromeDriver driver) {
        Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(driver);
        List<Rule> violations = results.getViolations();
        return violations.stream()
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }

    /** A click returns when the browser has asked for the next page, not always once it has it: wait for its heading. */
    public static void waitForHeading(ChromeDriver driver, String text) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20))
                .withMessage(() -> "no heading '" + text + "' on " + driver.getCurrentUrl() + ":\n" + driver.getPageSource())
                .until(org.openqa.selenium.support.ui.ExpectedConditions.textToBe(org.openqa.selenium.By.tagName("h1"), text));
    }

    /** axe-core finds no WCAG 2.2 AA violation on the page. */
    public static void assertAccessible(ChromeDriver driver) {
        org.assertj.core.api.Assertions.assertThat(axeViolations(driver))
                .as("axe-core, WCAG 2.2 AA, on " + driver.getCurrentUrl()).isEmpty();
    }

    /** A resident's way to a service's form: the postcode's first address, its councils' tiles, the tile's link. */
    public static void openService(ChromeDriver driver, java.net.URL root, String postcode, String tileLink) throws Exception {
        driver.get(new java.net.URL(root, "/find?postcode=" + java.net.URLEncoder.encode(postcode,
                java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20")).toString());
        driver.findElement(org.openqa.selenium.By.id("uprn")).click();
        driver.findElement(org.openqa.selenium.By.cssSelector("form[action='/your-councils'] button")).click();
        org.openqa.selenium.support.ui.WebDriverWait wait =
                new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20));
        wait.until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("/your-councils"));
        driver.findElement(org.openqa.selenium.By.linkText(tileLink)).click();
        wait.until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("/form?"));
    }
}
