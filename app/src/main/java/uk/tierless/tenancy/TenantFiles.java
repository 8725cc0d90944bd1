package uk.tierless.tenancy;

import uk.tierless.platform.Text;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads and validates the tenants folder: {@code <slug>/tenant.yaml} per council and
 * {@code partnerships/<slug>.yaml} per partnership. Tenancy checks its own fields; each {@link CouncilFileSection}
 * checks its part. Every problem is collected, each naming its file and field, so one start tells an administrator
 * everything that is wrong.
 */
public final class TenantFiles {

    public static final String TENANT_FILE = "tenant.yaml";
    public static final String PARTNERSHIPS_FOLDER = "partnerships";
    private static final Pattern HOST = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*");

    private final Path root;
    private final List<CouncilFileSection<?>> keySections;
    private final List<CouncilFileSection<?>> fileSections;
    private final TenantYaml yaml;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, TenantDefinition> councils = new TreeMap<>();
    private final Map<CouncilFileSection<?>, SortedMap<String, Object>> sectionsRead = new LinkedHashMap<>();
    private final FileProblems inTenantFile = new FileProblems(this::tenantFile);
    private final FileProblems inPartnershipFile = new FileProblems(this::partnershipFile);

    private TenantFiles(Path root, List<? extends CouncilFileSection<?>> sections) {
        this.root = root;
        this.keySections = sections.stream().filter(section -> !section.isFile()).<CouncilFileSection<?>>map(s -> s).toList();
        this.fileSections = sections.stream().filter(CouncilFileSection::isFile).<CouncilFileSection<?>>map(s -> s).toList();
        sections.forEach(section -> sectionsRead.put(section, new TreeMap<>()));
        this.yaml = new TenantYaml(keySections.stream().map(CouncilFileSection::name).toList(), this::problem);
    }

    /**
     * Reads the whole folder with the features' sections, or throws with every problem found. When the folder is
     * valid, each section is handed what it checked.
     */
    public static TenantConfiguration read(Path root, List<? extends CouncilFileSection<?>> sections) {
        return new TenantFiles(root, sections).readAll();
    }

    private TenantConfiguration readAll() {
        if (!Files.isDirectory(root)) {
            throw new TenantConfigurationException(List.of(root.toAbsolutePath()
                    + ": the tenants folder does not exist (set TIERLESS_TENANTS_DIR to where it is)"));
        }
        for (Path folder : councilFolders()) {
            String council = folder.getFileName().toString();
            Path file = folder.resolve(TENANT_FILE);
            if (!Files.isRegularFile(file)) {
                problem(folder, null, "this council folder has no " + TENANT_FILE);
                continue;
            }
            readTenantFile(council, file);
            for (CouncilFileSection<?> section : fileSections) {
                Path sectionFile = folder.resolve(section.name());
                if (Files.isRegularFile(sectionFile)) {
                    yaml.file(sectionFile, section.type()).ifPresent(read -> sectionsRead.get(section).put(council, read));
                }
            }
        }
        List<PartnershipDefinition> partnerships = new ArrayList<>();
        for (Path file : partnershipFiles()) {
            String slug = file.getFileName().toString().replaceFirst("\\.yaml$", "");
            yaml.file(file, PartnershipDefinition.File.class)
                    .ifPresent(read -> partnerships.add(validPartnership(slug, read)));
        }
        CouncilChecks councilChecks = new CouncilChecks(councils, inTenantFile);
        councils.forEach(councilChecks::checkFields);
        Map<CouncilFileSection<?>, Map<String, Object>> checked = new LinkedHashMap<>();
        sectionsRead.forEach((section, read) -> checked.put(section, checkSection(section, read)));
        councilChecks.checkAcrossCouncils();
        checkPartnerships(partnerships);
        if (!problems.isEmpty()) {
            throw new TenantConfigurationException(problems);
        }
        checked.forEach(TenantFiles::use);
        return new TenantConfiguration(List.copyOf(councils.values()), partnerships);
    }

    /** Reads tenancy's fields and the sections kept in tenant.yaml; a council with any unreadable part is left out. */
    private void readTenantFile(String council, Path file) {
        int before = problems.size();
        Optional<TenantDefinition> definition = yaml.tenantFile(file);
        if (definition.isEmpty()) {
            return;
        }
        Map<CouncilFileSection<?>, Object> found = new HashMap<>();
        for (CouncilFileSection<?> section : keySections) {
            Object read = yaml.key(file, section);
            if (read != null) {
                found.put(section, read);
            }
        }
        if (problems.size() == before) {
            councils.put(council, definition.get());
            found.forEach((section, read) -> sectionsRead.get(section).put(council, read));
        }
    }

    private <T> Map<String, Object> checkSection(CouncilFileSection<T> section, SortedMap<String, Object> read) {
        FileProblems inSection = section.isFile()
                ? new FileProblems(council -> root.resolve(council).resolve(section.name())) : inTenantFile;
        SortedMap<String, T> checked = new TreeMap<>();
        read.forEach((council, value) -> checked.put(council, section.check(council, section.type().cast(value), inSection)));
        section.checkAcross(checked, inSection);
        return new TreeMap<>(checked);
    }

    private static <T> void use(CouncilFileSection<T> section, Map<String, Object> checked) {
        Map<String, T> typed = new TreeMap<>();
        checked.forEach((council, value) -> typed.put(council, section.type().cast(value)));
        section.use(Map.copyOf(typed));
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

    private Path tenantFile(String council) {
        return root.resolve(council).resolve(TENANT_FILE);
    }

    private Path partnershipFile(String slug) {
        return root.resolve(PARTNERSHIPS_FOLDER).resolve(slug + ".yaml");
    }

    private PartnershipDefinition validPartnership(String slug, PartnershipDefinition.File read) {
        FileProblems at = inPartnershipFile;
        if (!CouncilChecks.SLUG.matcher(slug).matches()) {
            at.add(slug, null, "the file name must be the partnership's slug: lower-case words joined by hyphens");
        }
        at.required(slug, "name", read.name());
        at.required(slug, "shortName", read.shortName());
        at.matches(slug, "brandColour", read.brandColour(), CouncilChecks.COLOUR, "a colour such as \"#1d4f91\"");
        List<String> hosts = read.hosts() == null ? List.of() : read.hosts();
        hosts.stream().filter(host -> host == null || !HOST.matcher(host).matches()).forEach(host ->
                at.add(slug, "hosts", "'" + host + "' is not a host name: lower-case, such as connects.example.gov.uk"));
        List<String> members = read.members() == null ? List.of() : read.members();
        if (members.isEmpty()) {
            at.add(slug, "members", "is missing: list the slugs of the member councils");
        }
        List<PartnershipDefinition.Agreement> agreements = read.agreements() == null ? List.of() : read.agreements();
        for (int i = 0; i < agreements.size(); i++) {
            PartnershipDefinition.Agreement agreement = agreements.get(i);
            String field = "agreements[" + i + "]";
            at.required(slug, field + ".service", agreement.service());
            at.required(slug, field + ".runBy", agreement.runBy());
            if (agreement.councils() == null || agreement.councils().isEmpty()) {
                at.add(slug, field + ".councils", "is missing: the councils in whose areas the agreement applies");
            } else {
                agreement.councils().stream().filter(council -> !members.contains(council)).forEach(council ->
                        at.add(slug, field + ".councils", "'" + council + "' is not a member of this partnership"));
            }
        }
        if (read.costModel() != null) {
            checkCostModel(slug, read.costModel());
        }
        return new PartnershipDefinition(slug, read.name(), read.shortName(), read.brandColour(),
                Text.blankToNull(read.welcome()), List.copyOf(hosts), List.copyOf(members), List.copyOf(agreements),
                read.costModel());
    }

    private void checkCostModel(String slug, PartnershipDefinition.CostModel model) {
        FileProblems at = inPartnershipFile;
        Map<String, BigDecimal> costs = new LinkedHashMap<>();
        costs.put("costModel.faceToFace", model.faceToFace());
        costs.put("costModel.phone", model.phone());
        costs.put("costModel.online", model.online());
        costs.forEach((field, pounds) -> {
            if (pounds == null) {
                at.add(slug, field, "is missing: the cost of one contact in pounds, such as 2.83");
            } else if (pounds.signum() < 0 || pounds.compareTo(PartnershipDefinition.CostModel.MOST_PER_CONTACT) > 0
                    || pounds.stripTrailingZeros().scale() > 2) {
                at.add(slug, field, pounds.toPlainString() + " is not a cost of one contact: pounds from 0 to "
                        + PartnershipDefinition.CostModel.MOST_PER_CONTACT + ", to the penny, such as 2.83");
            }
        });
        Integer share = model.avoidedCallShare();
        if (share == null || share < 0 || share > 100) {
            at.add(slug, "costModel.avoidedCallShare", "must be a percentage from 0 to 100, such as 20");
        }
        at.required(slug, "costModel.source", model.source());
    }

    private void checkPartnerships(List<PartnershipDefinition> partnerships) {
        Map<String, String> partnershipOfCouncil = new HashMap<>();
        Map<String, String> partnershipOfHost = new HashMap<>();
        List<String> slugs = councils.values().stream().map(TenantDefinition::slug).toList();
        for (PartnershipDefinition partnership : partnerships) {
            for (int i = 0; i < partnership.agreements().size(); i++) {
                String runBy = partnership.agreements().get(i).runBy();
                if (runBy != null && !slugs.contains(runBy)) {
                    inPartnershipFile.add(partnership.slug(), "agreements[" + i + "].runBy",
                            "'" + runBy + "' is not a council in this folder");
                }
            }
            for (String host : partnership.hosts()) {
                String earlier = partnershipOfHost.putIfAbsent(host, partnership.slug());
                if (earlier != null && !earlier.equals(partnership.slug())) {
                    inPartnershipFile.add(partnership.slug(), "hosts", "'" + host + "' is already a host of '"
                            + earlier + "': a host serves one partnership");
                }
            }
            for (String member : partnership.members()) {
                if (!slugs.contains(member)) {
                    inPartnershipFile.add(partnership.slug(), "members", "'" + member + "' is not a council in this folder");
                }
                String earlier = partnershipOfCouncil.putIfAbsent(member, partnership.slug());
                if (earlier != null) {
                    inPartnershipFile.add(partnership.slug(), "members", "'" + member + "' is already a member of '"
                            + earlier + "': a council belongs to one partnership");
                }
            }
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

    /** Problems with one kind of file, each council's (or partnership's) file found from its slug. */
    private final class FileProblems implements CouncilFileSection.Problems {

        private final Function<String, Path> fileOfSlug;

        FileProblems(Function<String, Path> fileOfSlug) {
            this.fileOfSlug = fileOfSlug;
        }

        @Override
        public void add(String council, String field, String message) {
            problem(fileOfSlug.apply(council), field, message);
        }

        @Override
        public void addToTenantFile(String council, String field, String message) {
            inTenantFile.add(council, field, message);
        }

        @Override
        public String fileOf(String council) {
            return display(fileOfSlug.apply(council));
        }

        @Override
        public Optional<TenantDefinition> tenantFileOf(String council) {
            return Optional.ofNullable(councils.get(council));
        }
    }
}
