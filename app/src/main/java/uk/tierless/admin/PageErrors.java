package uk.tierless.admin;

import uk.tierless.api.ApiError;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A refused save or publish as the service page shows it: a GOV.UK error summary whose every line links to the
 * field at fault, and the same message next to that field. The API names fields as {@code responses[0].text}; the
 * page's ids are {@code replies-0-text}. A problem with the form's questions links to the form builder, which
 * owns them; one with the payment that is not an amount on the page goes to its Fees section.
 */
public record PageErrors(List<Line> lines, Map<String, String> byField) {

    public record Line(String href, String message) {
    }

    static final PageErrors NONE = new PageErrors(List.of(), Map.of());

    private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("offered", "Offered"),
            Map.entry("mode", "How residents use it"), Map.entry("link", "Link"), Map.entry("summary", "Tile summary"),
            Map.entry("info", "Information"), Map.entry("pinned", "Pinned"), Map.entry("targetDays", "Target"),
            Map.entry("replies", "Standard replies"), Map.entry("dispatch", "Where requests go"),
            Map.entry("dispatch-method", "Where requests go"), Map.entry("dispatch-url", "Webhook address"),
            Map.entry("dispatch-secretEnv", "Webhook secret's environment variable"),
            Map.entry("dispatch-email-to", "Service inbox"), Map.entry("dispatch-open311-endpoint", "Open311 endpoint"),
            Map.entry("dispatch-open311-apiKeyEnv", "Open311 API key's environment variable"),
            Map.entry("payment", "Fees"), Map.entry("payment-minimum", "Smallest amount"),
            Map.entry("payment-maximum", "Largest amount"));

    /** A refusal that names no field (a stale revision, no draft): one line pointing at the page's buttons. */
    static PageErrors of(String message) {
        return new PageErrors(List.of(new Line("#actions", message)), Map.of());
    }

    static PageErrors of(List<ApiError.FieldError> problems, String service) {
        Map<String, String> byField = new LinkedHashMap<>();
        List<Line> lines = problems.stream().map(problem -> {
            String field = problem.field();
            if (field == null) {
                return new Line("#actions", sentence(problem.message()));
            }
            if (field.startsWith("form")) {
                return new Line(ServicePages.formBuilder(service), "Form, " + field.substring(4).replaceFirst("^\\.", "")
                        + ": " + problem.message() + " (change it in the form builder)");
            }
            String id = pageId(field);
            String message = label(id) + ": " + problem.message();
            byField.merge(id, message, (first, second) -> first + "; " + problem.message());
            return new Line("#" + id, message);
        }).toList();
        return new PageErrors(lines, byField);
    }

    public boolean any() {
        return !lines.isEmpty();
    }

    /**
     * {@code responses[2].text} is {@code replies-2-text}; {@code responses} alone is the replies fieldset;
     * {@code dispatch.email.to} is {@code dispatch-email-to}; {@code payment.fees[0].amount} is
     * {@code payment-fees-0-amount}, and any other field of the payment ({@code payment.quantityQuestion}) is the
     * Fees section, {@code payment}.
     */
    static String pageId(String field) {
        String id = field.replaceFirst("^responses", "replies").replaceAll("\\[(\\d+)]\\.?", "-$1-").replaceAll("-$", "")
                .replace('.', '-');
        return id.startsWith("payment") && !id.matches("payment-(fees-\\d+-amount|minimum|maximum)") ? "payment" : id;
    }

    private static String label(String id) {
        if (id.matches("replies-\\d+-.*")) {
            String[] parts = id.split("-", 3);
            return "Reply " + (Integer.parseInt(parts[1]) + 1) + ", " + parts[2];
        }
        if (id.matches("payment-fees-\\d+-amount")) {
            return "Fee " + (Integer.parseInt(id.split("-")[2]) + 1);
        }
        return LABELS.getOrDefault(id, id);
    }

    private static String sentence(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
