package uk.tierless.portal;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/** Posting a page's form as a browser would, for tests outside the form pages' own. */
public final class PagePosts {

    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");
    /** The form behind a later page's "Back" link, which carries the same answers to another action. */
    private static final Pattern BACK_FORM = Pattern.compile("<form method=\"post\" action=\"/form/edit[^\"]*\" novalidate>.*?</form>",
            Pattern.DOTALL);

    private PagePosts() {
    }

    /** The page's hidden fields (answers so far, CSRF token) and cookies, then the fields given; no redirect followed. */
    public static Response post(Response page, String action, Map<String, String> fields) {
        return spec(page, fields).when().post(action);
    }

    /** The same, as a request to change further (a header, a cookie) before it is sent. */
    public static RequestSpecification spec(Response page, Map<String, String> fields) {
        return withoutCookies(page, fields).cookies(page.getCookies());
    }

    /** The page's form without the cookies that came with it: as sent after the CSRF cookie expired. */
    public static RequestSpecification withoutCookies(Response page, Map<String, String> fields) {
        RequestSpecification request = given().redirects().follow(false).contentType("application/x-www-form-urlencoded");
        for (String[] field : hidden(page)) {
            if (!fields.containsKey(field[0])) {
                request.formParam(field[0], field[1]);
            }
        }
        fields.forEach(request::formParam);
        return request;
    }

    public static List<String[]> hidden(Response page) {
        List<String[]> fields = new ArrayList<>();
        Matcher matcher = HIDDEN.matcher(BACK_FORM.matcher(page.asString()).replaceAll(""));
        while (matcher.find()) {
            fields.add(new String[]{matcher.group(1), matcher.group(2).replace("&quot;", "\"").replace("&#39;", "'")
                    .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")});
        }
        return fields;
    }

    /** The value of the page's first field of that name. */
    public static String field(Response page, String name) {
        return hidden(page).stream().filter(field -> field[0].equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " field in the page"))[1];
    }
}
