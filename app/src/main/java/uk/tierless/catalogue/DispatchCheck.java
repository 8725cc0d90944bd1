package uk.tierless.catalogue;

import uk.tierless.tenancy.CouncilFileSection;

import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

/**
 * The rules of a form service's {@code dispatch} in services.yaml (docs/integration.md): a known method, and for it
 * the fields it needs and no others. Addresses are https; secrets are the names of environment variables.
 */
final class DispatchCheck {

    /** With private addresses allowed (tests, local trials), a plain http:// receiver too. */
    private static final Pattern LOCAL_ADDRESS = Pattern.compile("https?://[^\\s/]+[^\\s]*");
    private static final Pattern EMAIL_ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final String ENV_NAME = "the name of an environment variable (capital letters, digits and _), such as ";

    private DispatchCheck() {
    }

    static void check(String council, String field, PortalDefinition.Offer offer, CouncilFileSection.Problems problems,
                      BooleanSupplier allowPrivate) {
        Dispatch dispatch = offer.dispatch();
        if (dispatch == null) {
            return;
        }
        String at = field + ".dispatch";
        if (!"form".equals(offer.mode())) {
            problems.add(council, at, "only a form service sends its requests anywhere");
            return;
        }
        String method = dispatch.methodOrDefault();
        if (!Dispatch.METHODS.contains(method)) {
            problems.add(council, at + ".method", "'" + method + "' is not one of " + String.join(", ", Dispatch.METHODS));
            return;
        }
        if (Dispatch.WEBHOOK.equals(method)) {
            problems.matches(council, at + ".url", dispatch.url(), address(allowPrivate),
                    "the receiver's https:// address");
            problems.matches(council, at + ".secretEnv", dispatch.secretEnv(), Dispatch.ENV_NAME,
                    ENV_NAME + "TAMWORTH_WEBHOOK_SECRET, that holds the secret the requests are signed with");
        } else {
            onlyFor(council, at + ".url", dispatch.url(), problems);
            onlyFor(council, at + ".secretEnv", dispatch.secretEnv(), problems);
        }
        if (Dispatch.OPEN311.equals(method)) {
            Dispatch.Open311 open311 = dispatch.open311() == null ? new Dispatch.Open311(null, null, null, null)
                    : dispatch.open311();
            problems.matches(council, at + ".open311.endpoint", open311.endpoint(), address(allowPrivate),
                    "the https:// address of the council's Open311 endpoint");
            problems.matches(council, at + ".open311.apiKeyEnv", open311.apiKeyEnv(), Dispatch.ENV_NAME,
                    ENV_NAME + "LICHFIELD_OPEN311_API_KEY, that holds the endpoint's API key");
        } else if (dispatch.open311() != null) {
            problems.add(council, at + ".open311", "is only for the open311 method");
        }
        if (Dispatch.EMAIL.equals(method)) {
            problems.matches(council, at + ".email.to", dispatch.email() == null ? null : dispatch.email().to(),
                    EMAIL_ADDRESS, "the service inbox's email address");
        } else if (dispatch.email() != null) {
            problems.add(council, at + ".email", "is only for the email method");
        }
    }

    private static Pattern address(BooleanSupplier allowPrivate) {
        return allowPrivate.getAsBoolean() ? LOCAL_ADDRESS : CouncilFileSection.HTTPS_ADDRESS;
    }

    private static void onlyFor(String council, String field, String value, CouncilFileSection.Problems problems) {
        if (value != null) {
            problems.add(council, field, "is only for the webhook method");
        }
    }
}
