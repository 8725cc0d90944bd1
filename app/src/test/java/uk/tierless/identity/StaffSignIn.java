package uk.tierless.identity;

import io.restassured.response.Response;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/**
 * Signs a member of staff in through the authorization code flow, as a browser would: the app sends it to the
 * provider, and the provider (here the test OIDC server, which knows {@link OidcTestServer#CODE_FLOW_USERS}) sends
 * it back with a code. Answers the session cookies.
 */
public final class StaffSignIn {

    private StaffSignIn() {
    }

    public static Map<String, String> as(String username) {
        Map<String, String> cookies = new HashMap<>();
        Response challenge = given().redirects().follow(false).when().get("/staff");
        cookies.putAll(challenge.getCookies());
        URI authorize = URI.create(challenge.getHeader("Location"));
        URI callback = URI.create(query(authorize, "redirect_uri"));
        Response signedIn = given().redirects().follow(false).cookies(cookies)
                .queryParam("code", username).queryParam("state", query(authorize, "state"))
                .when().get(callback.getPath());
        if (signedIn.statusCode() != 302) {
            throw new IllegalStateException("Signing in as " + username + " failed: " + signedIn.statusCode());
        }
        cookies.putAll(signedIn.getCookies());
        return cookies;
    }

    /** The same in a real browser: the app sends it to the provider, whose answer is a code naming the user. */
    public static void inBrowser(org.openqa.selenium.WebDriver driver, java.net.URL root, String page, String username)
            throws java.net.MalformedURLException {
        driver.get(new java.net.URL(root, page).toString());
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("state="));
        URI authorize = URI.create(driver.getCurrentUrl());
        driver.get(query(authorize, "redirect_uri") + "?code=" + encode(username) + "&state=" + encode(query(authorize, "state")));
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A query parameter of a URI, decoded. */
    public static String query(URI uri, String name) {
        Matcher matcher = Pattern.compile("(?:^|&)" + name + "=([^&]*)").matcher(uri.getRawQuery());
        if (!matcher.find()) {
            throw new IllegalStateException("No " + name + " in " + uri);
        }
        return java.net.URLDecoder.decode(matcher.group(1), java.nio.charset.StandardCharsets.UTF_8);
    }
}
