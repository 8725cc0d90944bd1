package uk.tierless.admin;

import com.fasterxml.jackson.databind.JsonNode;
import uk.tierless.platform.Money;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an audit event changed in a service's settings, field by field in words: the event keeps the settings before
 * and after as JSON (a draft, or a published version), and only the fields that differ are shown.
 */
final class SettingsChanges {

    record Change(String field, String before, String after) {
    }

    private static final Map<String, String> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("offered", "Offered");
        FIELDS.put("mode", "How residents use it");
        FIELDS.put("link", "Link");
        FIELDS.put("summary", "Tile summary");
        FIELDS.put("info", "Information");
        FIELDS.put("pinned", "Pinned");
        FIELDS.put("targetDays", "Target, in working days");
        FIELDS.put("responses", "Standard replies");
        FIELDS.put("form", "Form");
        FIELDS.put("dispatch", "Where requests go");
        FIELDS.put("payment", "Fees");
    }

    private SettingsChanges() {
    }

    static List<Change> between(JsonNode before, JsonNode after) {
        List<Change> changes = new ArrayList<>();
        FIELDS.forEach((field, label) -> {
            String was = words(field, before == null ? null : before.get(field));
            String now = words(field, after == null ? null : after.get(field));
            if (!was.equals(now)) {
                changes.add(new Change(label, was, now));
            }
        });
        return changes;
    }

    private static String words(String field, JsonNode value) {
        if (value == null || value.isNull() || value.isArray() && value.isEmpty()) {
            return "none";
        }
        return switch (field) {
            case "offered", "pinned" -> value.asBoolean() ? "yes" : "no";
            case "responses" -> value.size() + (value.size() == 1 ? " reply: " : " replies: ") + names(value, "name");
            case "form" -> {
                JsonNode questions = value.path("questions");
                yield questions.size() + (questions.size() == 1 ? " question: " : " questions: ") + names(questions, "label");
            }
            case "dispatch" -> dispatch(value);
            case "payment" -> fees(value);
            default -> value.asText();
        };
    }

    /** "webhook to https://… (secret in TAMWORTH_WEBHOOK_SECRET), also in the work queue": names, never secrets. */
    private static String dispatch(JsonNode value) {
        String method = value.path("method").asText("tierless");
        String where = switch (method) {
            case "webhook" -> " to " + value.path("url").asText("(no address)") + " (secret in "
                    + value.path("secretEnv").asText("(no variable)") + ")";
            case "email" -> " to " + value.path("email").path("to").asText("(no address)");
            case "open311" -> " to " + value.path("open311").path("endpoint").asText("(no endpoint)");
            default -> "";
        };
        return method + where + (value.path("alsoQueue").asBoolean(false) ? ", also in the work queue" : "");
    }

    /** "Standard service £13.00; Priority service £38.50", or "from £1.00 to £5,000.00" for an amount. */
    private static String fees(JsonNode value) {
        if (value.has("amountQuestion")) {
            return "from " + pounds(value.path("minimum")) + " to " + pounds(value.path("maximum"));
        }
        List<String> fees = new ArrayList<>();
        value.path("fees").forEach(fee -> fees.add(fee.path("name").asText("(no name)") + " " + pounds(fee.path("amount"))));
        return String.join("; ", fees);
    }

    /** Whole pence as pounds; the JSON keeps them as integers. */
    private static String pounds(JsonNode pence) {
        return pence.canConvertToLong() && pence.isIntegralNumber() ? Money.format(pence.asLong()) : "(no amount)";
    }

    private static String names(JsonNode items, String field) {
        List<String> names = new ArrayList<>();
        items.forEach(item -> names.add(item.path(field).asText("(no " + field + ")")));
        return String.join("; ", names);
    }
}
