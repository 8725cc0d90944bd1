package uk.tierless.tenancy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads and validates the tenants folder: {@code <slug>/tenant.yaml} per council and
 * {@code partnerships/<slug>.yaml} per partnership. Every problem is collected, each naming its file and field,
 * so one start tells an administrator everything that is wrong.
 */
public final class TenantFiles {

    public static final String TENANT_FILE = "tenant.yaml";
    public static final String SERVICES_FILE = "services.yaml";
    static final Set<String> MODES = Set.of("info", "link", "form");
    static final int MAX_PINNED = 2;
    public static final String PARTNERSHIPS_FOLDER = "partnerships";

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern GSS = Pattern.compile("[EWSN]\\d{8}");
    private static final Pattern PREFIX = Pattern.compile("[A-Z]{2,5}");
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern WEBSITE = Pattern.compile("https://[^\\s/]+\\.[^\\s]+");
    /** https, or plain http on this machine only (a local test provider). */
    private static final Pattern ISSUER = Pattern.compile("(https://[^\\s/]+|http://(localhost|127\\.0\\.0\\.1)(:\\d+)?)(/\\S*)?");
    private static final Pattern ENV_NAME = Pattern.compile("[A-Z_][A-Z0-9_]*");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private final Path root;
    private final List<String> problems = new ArrayList<>();

    private TenantFiles(Path root) {
        this.root = root;
    }

    /** Reads the whole folder, or throws with every problem found. */
    public static TenantConfiguration read(Path root) {
        return new TenantFiles(root).readAll();
    }

    private TenantConfiguration readAll() {
        if (!Files.isDirectory(root)) {
            throw new TenantConfigurationException(List.of(root.toAbsolutePath()
                    + ": the tenants folder does not exist (set TIERLESS_TENANTS_DIR to where it is)"));
        }
        Map<Path, TenantDefinition> councils = new HashMap<>();
        Map<String, PortalDefinition> portals = new HashMap<>();
        for (Path folder : councilFolders()) {
            Path file = folder.resolve(TENANT_FILE);
            if (!Files.isRegularFile(file)) {
                problem(folder, null, "this council folder has no " + TENANT_FILE);
                continue;
            }
            parse(file, TenantDefinition.class).ifPresent(council -> councils.put(file, council));
            Path servicesFile = folder.resolve(SERVICES_FILE);
            if (Files.isRegularFile(servicesFile)) {
                parse(servicesFile, PortalDefinition.class)
                        .ifPresent(portal -> portals.put(folder.getFileName().toString(), checkedPortal(servicesFile, portal)));
            }
        }
        List<PartnershipDefinition> partnerships = new ArrayList<>();
        for (Path file : partnershipFiles()) {
            String slug = file.getFileName().toString().replaceFirst("\\.yaml$", "");
            parse(file, PartnershipDefinition.File.class)
                    .ifPresent(read -> partnerships.add(validPartnership(file, slug, read)));
        }
        councils.forEach(this::checkFields);
        councils.forEach((file, council) -> {
            PortalDefinition portal = portals.get(file.getParent().getFileName().toString());
            boolean hasForms = portal != null && portal.services().stream().anyMatch(offer -> "form".equals(offer.mode()));
            if (hasForms && blank(council.privacyNotice())) {
                problem(file, "privacyNotice", "is missing: a council with forms links residents to its privacy notice");
            }
        });
        checkAcrossCouncils(councils);
        checkPartnerships(partnerships, councils);
        if (!problems.isEmpty()) {
            throw new TenantConfigurationException(problems);
        }
        List<TenantDefinition> sorted = councils.values().stream()
                .sorted(Comparator.comparing(TenantDefinition::slug)).toList();
        return new TenantConfiguration(sorted, partnerships, Map.copyOf(portals));
    }

    private List<Path> councilFolders() {
        try (Stream<Path> entries = Files.list(root)) {
            return entries.filter(Files::isDirectory)
                    .filter(path -> !path.getFileName().toString().equals(PARTNERSHIPS_FOLDER))
                    .filter(path -> !path.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw new TenantConfigurationException(List.of(display(root) + ": cannot be read (" + e.getMessage() + ")"));
        }
    }

    private List<Path> partnershipFiles() {
        Path folder = root.resolve(PARTNERSHIPS_FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(path -> path.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new TenantConfigurationException(List.of(display(folder) + ": cannot be read (" + e.getMessage() + ")"));
        }
    }

    private <T> Optional<T> parse(Path file, Class<T> type) {
        try {
            T value = YAML.readValue(file.toFile(), type);
            if (value == null) {
                problem(file, null, "the file is empty");
            }
            return Optional.ofNullable(value);
        } catch (UnrecognizedPropertyException e) {
            problem(file, e.getPropertyName(), "unknown field (line " + e.getLocation().getLineNr()
                    + "); the fields are " + String.join(", ", e.getKnownPropertyIds().stream().map(Object::toString).sorted().toList()));
        } catch (JsonMappingException e) {
            String field = e.getPath().isEmpty() ? null : e.getPath().get(e.getPath().size() - 1).getFieldName();
            problem(file, field, "cannot be read (line " + (e.getLocation() == null ? "?" : e.getLocation().getLineNr())
                    + "): " + rootMessage(e));
        } catch (IOException e) {
            problem(file, null, "is not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
        return Optional.empty();
    }

    private void checkFields(Path file, TenantDefinition council) {
        String folderName = file.getParent().getFileName().toString();
        if (blank(council.slug())) {
            problem(file, "slug", "is missing: it must be the folder's name, '" + folderName + "'");
        } else if (!council.slug().equals(folderName)) {
            problem(file, "slug", "'" + council.slug() + "' must equal the folder's name, '" + folderName + "'");
        } else if (!SLUG.matcher(council.slug()).matches()) {
            problem(file, "slug", "must be lower-case words joined by hyphens, as on gov.uk");
        }
        required(file, "officialName", council.officialName());
        required(file, "shortName", council.shortName());
        matches(file, "gss", council.gss(), GSS, "a GSS code such as E07000199");
        if (council.tier() == null) {
            problem(file, "tier", "is missing: use one of " + Tier.codes());
        }
        matches(file, "website", council.website(), WEBSITE, "an https:// address");
        matches(file, "brandColour", council.brandColour(), COLOUR, "a colour such as \"#00703c\"");
        if (council.privacyNotice() != null) {
            matches(file, "privacyNotice", council.privacyNotice(), WEBSITE, "an https:// address");
        }
        matches(file, "referencePrefix", council.referencePrefix(), PREFIX, "2 to 5 capital letters such as TAM");
        if (council.validFrom() == null) {
            problem(file, "validFrom", "is missing: the date the council came into being, such as 1974-04-01");
        }
        if (council.validTo() != null && council.validFrom() != null && council.validTo().isBefore(council.validFrom())) {
            problem(file, "validTo", "is before validFrom");
        }
        if (council.validTo() != null && blank(council.successor())) {
            problem(file, "successor", "is missing: a council that ends (validTo) hands over to a successor");
        }
        if (council.identity() != null) {
            TenantDefinition.IdentityProvider identity = council.identity();
            matches(file, "identity.issuer", identity.issuer(), ISSUER, "the provider's issuer, an https:// address");
            required(file, "identity.clientId", identity.clientId());
            matches(file, "identity.secretEnv", identity.secretEnv(), ENV_NAME,
                    "the name of the environment variable holding the client secret, such as TAMWORTH_OIDC_SECRET");
        }
        if (council.govukNotify() != null) {
            checkedNotify(file, council.govukNotify());
        }
    }

    private void checkedNotify(Path file, TenantDefinition.Notify notify) {
        matches(file, "govukNotify.apiKeyEnv", notify.apiKeyEnv(), ENV_NAME,
                "the name of the environment variable holding the Notify API key, such as TAMWORTH_NOTIFY_API_KEY");
        if (notify.templates() == null || notify.templates().isEmpty()) {
            problem(file, "govukNotify.templates", "is missing: the Notify email template id for acknowledgement, update and transfer");
        }
        for (String group : List.of("templates", "smsTemplates")) {
            java.util.Map<String, String> ids = group.equals("templates") ? notify.templates() : notify.smsTemplates();
            if (ids == null) {
                continue;
            }
            ids.forEach((kind, id) -> {
                if (!NOTIFY_KINDS.contains(kind)) {
                    problem(file, "govukNotify." + group + "." + kind, "is not a kind of message: use acknowledgement, update or transfer");
                } else if (id == null || !id.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
                    problem(file, "govukNotify." + group + "." + kind, "must be a Notify template id (a UUID)");
                }
            });
        }
    }

    private static final Set<String> NOTIFY_KINDS = Set.of("acknowledgement", "update", "transfer");

    private PortalDefinition checkedPortal(Path file, PortalDefinition portal) {
        required(file, "welcome", portal.welcome());
        List<PortalDefinition.Offer> offers = portal.services() == null ? List.of() : portal.services();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < offers.size(); i++) {
            PortalDefinition.Offer offer = offers.get(i);
            String field = "services[" + i + "]";
            if (blank(offer.service())) {
                problem(file, field + ".service", "is missing: a code from /api/v1/service-types");
            } else if (!seen.add(offer.service())) {
                problem(file, field + ".service", "'" + offer.service() + "' is listed twice");
            }
            required(file, field + ".summary", offer.summary());
            if (!MODES.contains(String.valueOf(offer.mode()))) {
                problem(file, field + ".mode", "'" + offer.mode() + "' is not one of info, link, form");
            } else if (offer.mode().equals("link")) {
                matches(file, field + ".link", offer.link(), WEBSITE, "the council's https:// page for the service");
            } else if (offer.link() != null) {
                problem(file, field + ".link", "only a link service has a link");
            }
            if ("info".equals(offer.mode())) {
                required(file, field + ".content", offer.content());
            } else if (offer.content() != null) {
                problem(file, field + ".content", "only an info service has content");
            }
            if ("form".equals(offer.mode())) {
                if (offer.form() == null) {
                    problem(file, field + ".form", "is missing: a form service lists its questions");
                } else {
                    offer.form().problems().forEach(formProblem -> {
                        int colon = formProblem.indexOf(':');
                        problem(file, field + ".form." + formProblem.substring(0, colon), formProblem.substring(colon + 2));
                    });
                }
            } else if (offer.form() != null) {
                problem(file, field + ".form", "only a form service has a form");
            }
            List<PortalDefinition.Response> responses = offer.responsesOrEmpty();
            for (int r = 0; r < responses.size(); r++) {
                PortalDefinition.Response response = responses.get(r);
                String at = field + ".responses[" + r + "]";
                required(file, at + ".name", response.name());
                required(file, at + ".text", response.text());
                if (response.text() != null) {
                    java.util.regex.Matcher placeholder = java.util.regex.Pattern.compile("\\{([^}]*)}").matcher(response.text());
                    while (placeholder.find()) {
                        if (!PortalDefinition.Response.FIELDS.contains(placeholder.group(1))) {
                            problem(file, at + ".text", "{" + placeholder.group(1) + "} is not a field: use {reference},"
                                    + " {serviceName}, {councilName} or {dueDate}");
                        }
                    }
                }
            }
            if (!responses.isEmpty() && !"form".equals(offer.mode())) {
                problem(file, field + ".responses", "only a form service has responses");
            }
            if (offer.targetDays() != null && !"form".equals(offer.mode())) {
                problem(file, field + ".targetDays", "only a form service has a target time");
            } else if (offer.targetDays() != null && (offer.targetDays() < 1 || offer.targetDays() > 365)) {
                problem(file, field + ".targetDays", "must be a number of working days from 1 to 365");
            }
        }
        if (offers.stream().filter(PortalDefinition.Offer::isPinned).count() > MAX_PINNED) {
            problem(file, "services", "at most " + MAX_PINNED + " services can be pinned");
        }
        return new PortalDefinition(portal.welcome(), List.copyOf(offers));
    }

    private void checkAcrossCouncils(Map<Path, TenantDefinition> councils) {
        Map<String, TenantDefinition> bySlug = new HashMap<>();
        councils.values().forEach(council -> bySlug.putIfAbsent(council.slug(), council));
        unique(councils, "slug", TenantDefinition::slug);
        unique(councils, "gss", TenantDefinition::gss);
        unique(councils, "referencePrefix", TenantDefinition::referencePrefix);
        unique(councils, "identity.issuer", council -> council.identity() == null ? null : council.identity().issuer());
        councils.forEach((file, council) -> {
            if (council.tier() == Tier.DISTRICT) {
                if (blank(council.parent())) {
                    problem(file, "parent", "is missing: a district names its county's slug");
                } else {
                    TenantDefinition parent = bySlug.get(council.parent());
                    if (parent == null) {
                        problem(file, "parent", "'" + council.parent() + "' is not a council in this folder");
                    } else if (parent.tier() != Tier.COUNTY) {
                        problem(file, "parent", "'" + council.parent() + "' is a " + parent.tier().code()
                                + ", not a county");
                    }
                }
            } else if (council.tier() != null && !blank(council.parent())) {
                problem(file, "parent", "only a district has a parent county; a " + council.tier().code() + " has none");
            }
            if (!blank(council.successor()) && !bySlug.containsKey(council.successor())) {
                problem(file, "successor", "'" + council.successor() + "' is not a council in this folder");
            }
        });
    }

    private PartnershipDefinition validPartnership(Path file, String slug, PartnershipDefinition.File read) {
        if (!SLUG.matcher(slug).matches()) {
            problem(file, null, "the file name must be the partnership's slug: lower-case words joined by hyphens");
        }
        required(file, "name", read.name());
        List<String> members = read.members() == null ? List.of() : read.members();
        if (members.isEmpty()) {
            problem(file, "members", "is missing: list the slugs of the member councils");
        }
        List<PartnershipDefinition.Agreement> agreements = read.agreements() == null ? List.of() : read.agreements();
        for (int i = 0; i < agreements.size(); i++) {
            PartnershipDefinition.Agreement agreement = agreements.get(i);
            String field = "agreements[" + i + "]";
            required(file, field + ".service", agreement.service());
            required(file, field + ".runBy", agreement.runBy());
            if (agreement.councils() == null || agreement.councils().isEmpty()) {
                problem(file, field + ".councils", "is missing: the councils in whose areas the agreement applies");
            } else {
                agreement.councils().stream().filter(council -> !members.contains(council)).forEach(council ->
                        problem(file, field + ".councils", "'" + council + "' is not a member of this partnership"));
            }
        }
        return new PartnershipDefinition(slug, read.name(), List.copyOf(members), List.copyOf(agreements));
    }

    private void checkPartnerships(List<PartnershipDefinition> partnerships, Map<Path, TenantDefinition> councils) {
        Map<String, String> partnershipOfCouncil = new HashMap<>();
        List<String> slugs = councils.values().stream().map(TenantDefinition::slug).toList();
        for (PartnershipDefinition partnership : partnerships) {
            Path file = root.resolve(PARTNERSHIPS_FOLDER).resolve(partnership.slug() + ".yaml");
            for (int i = 0; i < partnership.agreements().size(); i++) {
                String runBy = partnership.agreements().get(i).runBy();
                if (runBy != null && !slugs.contains(runBy)) {
                    problem(file, "agreements[" + i + "].runBy", "'" + runBy + "' is not a council in this folder");
                }
            }
            for (String member : partnership.members()) {
                if (!slugs.contains(member)) {
                    problem(file, "members", "'" + member + "' is not a council in this folder");
                }
                String earlier = partnershipOfCouncil.putIfAbsent(member, partnership.slug());
                if (earlier != null) {
                    problem(file, "members", "'" + member + "' is already a member of '" + earlier
                            + "': a council belongs to one partnership");
                }
            }
        }
    }

    private void unique(Map<Path, TenantDefinition> councils, String field, Function<TenantDefinition, String> value) {
        Map<String, Path> seen = new HashMap<>();
        councils.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .filter(entry -> !blank(value.apply(entry.getValue())))
                .forEach(entry -> {
                    Path earlier = seen.putIfAbsent(value.apply(entry.getValue()), entry.getKey());
                    if (earlier != null) {
                        problem(entry.getKey(), field, "'" + value.apply(entry.getValue()) + "' is already used by "
                                + display(earlier));
                    }
                });
    }

    private void required(Path file, String field, String value) {
        if (blank(value)) {
            problem(file, field, "is missing");
        }
    }

    private void matches(Path file, String field, String value, Pattern pattern, String expected) {
        if (blank(value)) {
            problem(file, field, "is missing: it must be " + expected);
        } else if (!pattern.matcher(value).matches()) {
            problem(file, field, "'" + value + "' must be " + expected);
        }
    }

    private void problem(Path file, String field, String message) {
        problems.add(display(file) + (field == null ? "" : ": field '" + field + "'") + ": " + message);
    }

    private String display(Path path) {
        Path base = root.toAbsolutePath().getParent();
        Path absolute = path.toAbsolutePath();
        return base == null ? absolute.toString() : base.relativize(absolute).toString();
    }

    private static String rootMessage(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause == error ? ((JsonMappingException) error).getOriginalMessage() : cause.getMessage();
        return message == null ? error.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
