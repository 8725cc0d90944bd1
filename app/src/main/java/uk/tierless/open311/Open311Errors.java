package uk.tierless.open311;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import uk.tierless.api.EarlyAnswers;
import uk.tierless.api.ErrorDialect;

import java.util.List;

/**
 * Every refusal under {@code /open311}, whoever makes it, in the standard's shape:
 * {@code <errors><error><code>400</code><description>…</description></error></errors>}, or its JSON list
 * {@code [{"code":400,"description":"…"}]}, in the format the path's suffix asks for. Never HTML.
 */
@ApplicationScoped
@Unremovable
public class Open311Errors implements ErrorDialect {

    static final String BASE = "/open311/";

    @Override
    public boolean speaks(String path) {
        return EarlyAnswers.under(path, BASE) || EarlyAnswers.under(path + "/", BASE);
    }

    @Override
    public Refusal write(String path, int status, String message) {
        Open311Format format = Open311Format.ofPath(path);
        return new Refusal(format.contentType(), document(status, message).write(format));
    }

    static Open311Document document(int status, String description) {
        return Open311Document.list("errors", "error",
                List.of(Open311Document.fields().put("code", status).put("description", description)));
    }
}
