package uk.tierless.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.tierless.platform.TierlessConfig;
import uk.tierless.tenancy.CouncilFileSection;
import uk.tierless.tenancy.TenantDefinition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Catalogue's section of a council's files: {@code services.yaml}, the council's offers (mode, summary, link or
 * content, form, target time, standard replies). Checks each file as it is written; whether a service exists and
 * suits the council's tier is checked against the database by {@link CouncilServicesLoader}. Answers for the
 * offers read on this start.
 */
@ApplicationScoped
public class ServicesFile implements CouncilFileSection<PortalDefinition> {

    public static final String NAME = "services.yaml";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");

    private volatile Map<String, PortalDefinition> portals = Map.of();

    @Inject
    TierlessConfig config;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<PortalDefinition> type() {
        return PortalDefinition.class;
    }

    @Override
    public PortalDefinition check(String council, PortalDefinition portal, Problems problems) {
        problems.required(council, "welcome", portal.welcome());
        List<PortalDefinition.Offer> offers = portal.services() == null ? List.of() : portal.services();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < offers.size(); i++) {
            PortalDefinition.Offer offer = offers.get(i);
            String field = "services[" + i + "]";
            if (Problems.blank(offer.service())) {
                problems.add(council, field + ".service", "is missing: a code from /api/v1/service-types");
            } else if (!seen.add(offer.service())) {
                problems.add(council, field + ".service", "'" + offer.service() + "' is listed twice");
            }
            problems.required(council, field + ".summary", offer.summary());
            checkMode(council, field, offer, problems);
            checkResponses(council, field, offer, problems);
            DispatchCheck.check(council, field, offer, problems, () -> config.dispatch().allowPrivate());
            PaymentCheck.check(council, field, offer, problems);
            if (offer.targetDays() != null && !"form".equals(offer.mode())) {
                problems.add(council, field + ".targetDays", "only a form service has a target time");
            } else if (offer.targetDays() != null && (offer.targetDays() < 1 || offer.targetDays() > 365)) {
                problems.add(council, field + ".targetDays", "must be a number of working days from 1 to 365");
            }
        }
        if (offers.stream().filter(PortalDefinition.Offer::isPinned).count() > PortalDefinition.MAX_PINNED) {
            problems.add(council, "services", "at most " + PortalDefinition.MAX_PINNED + " services can be pinned");
        }
        boolean hasForms = offers.stream().anyMatch(offer -> "form".equals(offer.mode()));
        if (hasForms && problems.tenantFileOf(council).filter(file -> Problems.blank(file.privacyNotice())).isPresent()) {
            problems.addToTenantFile(council, "privacyNotice",
                    "is missing: a council with forms links residents to its privacy notice");
        }
        return new PortalDefinition(portal.welcome(), List.copyOf(offers));
    }

    private static void checkMode(String council, String field, PortalDefinition.Offer offer, Problems problems) {
        if (!PortalDefinition.MODES.contains(String.valueOf(offer.mode()))) {
            problems.add(council, field + ".mode", "'" + offer.mode() + "' is not one of info, link, form");
        } else if (offer.mode().equals("link")) {
            problems.matches(council, field + ".link", offer.link(), HTTPS_ADDRESS, "the council's https:// page for the service");
        } else if (offer.link() != null) {
            problems.add(council, field + ".link", "only a link service has a link");
        }
        if ("info".equals(offer.mode())) {
            problems.required(council, field + ".content", offer.content());
        } else if (offer.content() != null) {
            problems.add(council, field + ".content", "only an info service has content");
        }
        if ("form".equals(offer.mode())) {
            if (offer.form() == null) {
                problems.add(council, field + ".form", "is missing: a form service lists its questions");
            } else {
                offer.form().problems().forEach(formProblem -> {
                    int colon = formProblem.indexOf(':');
                    problems.add(council, field + ".form." + formProblem.substring(0, colon), formProblem.substring(colon + 2));
                });
            }
        } else if (offer.form() != null) {
            problems.add(council, field + ".form", "only a form service has a form");
        }
    }

    private static void checkResponses(String council, String field, PortalDefinition.Offer offer, Problems problems) {
        List<PortalDefinition.Response> responses = offer.responsesOrEmpty();
        for (int r = 0; r < responses.size(); r++) {
            PortalDefinition.Response response = responses.get(r);
            String at = field + ".responses[" + r + "]";
            problems.required(council, at + ".name", response.name());
            problems.required(council, at + ".text", response.text());
            if (response.text() != null) {
                Matcher placeholder = PLACEHOLDER.matcher(response.text());
                while (placeholder.find()) {
                    if (!PortalDefinition.Response.FIELDS.contains(placeholder.group(1))) {
                        problems.add(council, at + ".text", "{" + placeholder.group(1) + "} is not a field: use {reference},"
                                + " {serviceName}, {councilName} or {dueDate}");
                    }
                }
            }
        }
        if (!responses.isEmpty() && !"form".equals(offer.mode())) {
            problems.add(council, field + ".responses", "only a form service has responses");
        }
    }

    @Override
    public void use(Map<String, PortalDefinition> sections) {
        portals = sections;
    }

    /** Each council's services.yaml as read on this start, by slug. */
    public Map<String, PortalDefinition> definitions() {
        return portals;
    }

    /**
     * Every problem with one council's offer of one service, as a field relative to the offer (such as
     * {@code form.questions[0].label}) and a message: the same rules as the file, for an offer edited in Tierless.
     */
    public List<Problem> problemsOf(String council, PortalDefinition.Offer offer, Optional<TenantDefinition> tenantFile) {
        List<Problem> found = new ArrayList<>();
        String prefix = "services[0]";
        check(council, new PortalDefinition("-", List.of(offer)), new Problems() {
            @Override
            public void add(String ignored, String field, String message) {
                String relative = field == null || !field.startsWith(prefix) ? field
                        : field.substring(prefix.length()).replaceFirst("^[.]", "");
                found.add(new Problem(relative == null || relative.isEmpty() ? null : relative, message));
            }

            @Override
            public void addToTenantFile(String ignored, String field, String message) {
                found.add(new Problem(null, "tenant.yaml's " + field + " " + message));
            }

            @Override
            public String fileOf(String ignored) {
                return "tenants/" + council + "/" + NAME;
            }

            @Override
            public Optional<TenantDefinition> tenantFileOf(String ignored) {
                return tenantFile;
            }
        });
        return found;
    }

    /** A problem with a field of an offer; {@code field} null for the offer as a whole. */
    public record Problem(String field, String message) {
    }
}
