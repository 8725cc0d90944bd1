package uk.tierless.admin;

import jakarta.ws.rs.core.MultivaluedMap;
import uk.tierless.catalogue.Dispatch;
import uk.tierless.platform.Text;

/**
 * The service page's "Where requests go" as the administrator filled it in (fields {@code dispatch-…}). Only the
 * fields of the chosen method are kept; Tierless's work queue alone, the default, is no setting at all. Secrets
 * are named by their environment variables, never typed in.
 */
public record DispatchForm(String method, String url, String secretEnv, boolean alsoQueue, String open311Endpoint,
                           String open311Jurisdiction, String open311ApiKeyEnv, String open311ServiceCode,
                           String emailTo) {

    static DispatchForm of(Dispatch dispatch) {
        if (dispatch == null) {
            return new DispatchForm(Dispatch.TIERLESS, null, null, false, null, null, null, null, null);
        }
        Dispatch.Open311 open311 = dispatch.open311() == null ? new Dispatch.Open311(null, null, null, null)
                : dispatch.open311();
        return new DispatchForm(dispatch.methodOrDefault(), dispatch.url(), dispatch.secretEnv(),
                Boolean.TRUE.equals(dispatch.alsoQueue()), open311.endpoint(), open311.jurisdiction(),
                open311.apiKeyEnv(), open311.serviceCode(), dispatch.email() == null ? null : dispatch.email().to());
    }

    static DispatchForm posted(MultivaluedMap<String, String> posted) {
        return new DispatchForm(posted.getFirst("dispatch-method"), posted.getFirst("dispatch-url"),
                posted.getFirst("dispatch-secretEnv"), posted.containsKey("dispatch-alsoQueue"),
                posted.getFirst("dispatch-open311-endpoint"), posted.getFirst("dispatch-open311-jurisdiction"),
                posted.getFirst("dispatch-open311-apiKeyEnv"), posted.getFirst("dispatch-open311-serviceCode"),
                posted.getFirst("dispatch-email-to"));
    }

    /** The chosen method (the work queue when none is). */
    public String chosen() {
        return Text.blankToNull(method) == null ? Dispatch.TIERLESS : method.strip();
    }

    /** The setting: null for the work queue alone; else the chosen method with its own fields. */
    Dispatch toDispatch() {
        String chosen = chosen();
        if (Dispatch.TIERLESS.equals(chosen)) {
            return null;
        }
        boolean webhook = Dispatch.WEBHOOK.equals(chosen);
        Dispatch.Open311 open311 = Dispatch.OPEN311.equals(chosen) ? new Dispatch.Open311(trimmed(open311Endpoint),
                trimmed(open311Jurisdiction), trimmed(open311ApiKeyEnv), trimmed(open311ServiceCode)) : null;
        Dispatch.Email email = Dispatch.EMAIL.equals(chosen) ? new Dispatch.Email(trimmed(emailTo)) : null;
        return new Dispatch(chosen, webhook ? trimmed(url) : null, webhook ? trimmed(secretEnv) : null, alsoQueue,
                open311, email);
    }

    private static String trimmed(String value) {
        return Text.blankToNull(value) == null ? null : value.strip();
    }
}
