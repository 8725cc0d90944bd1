package uk.tierless.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The generated history of one member council, day by day: its requests (received by channel and origin, closed
 * some working days later, a few late, handed over or duplicates) and its use (visits to its profile, its tiles and
 * forms). Pure arithmetic on a Random seeded per council and day, so the same council and days give the same rows.
 */
final class DemoFigures {

    static final List<String> DEVICES = List.of("phone", "desktop", "tablet");
    private static final double[] DEVICE_SHARES = {0.55, 0.35, 0.10};

    /**
     * A member council as the generator sees it: {@code neighbours} are the members whose profiles send residents to
     * it (a county's districts, a district's county); {@code forms} its form services, {@code others} the rest.
     */
    record Council(String slug, String partnership, boolean county, List<String> neighbours, List<String> forms,
                   List<String> others) {
    }

    record Rollup(LocalDate day, String service, String channel, String origin, int received, int closed,
                  int closedWithTarget, int closedWithinTarget, int handedOver, int duplicates) {
    }

    record CloseDays(LocalDate day, String service, int workingDays, int closes) {
    }

    record Usage(LocalDate day, String event, String partnership, String origin, String council, String service,
                 String channel, String device, long count) {
    }

    /** All the rows of one council's history. */
    record History(List<Rollup> rollups, List<CloseDays> closeDays, List<Usage> usage) {
    }

    private record RollupKey(LocalDate day, String service, String channel, String origin) {
    }

    private record CloseKey(LocalDate day, String service, int workingDays) {
    }

    private record UsageKey(LocalDate day, String event, String origin, String service, String channel, String device) {
    }

    private final Council council;
    private final LocalDate first;
    private final LocalDate last;
    private final Map<RollupKey, int[]> rollups = new LinkedHashMap<>();
    private final Map<CloseKey, Integer> closeDays = new LinkedHashMap<>();
    private final Map<UsageKey, Long> usage = new LinkedHashMap<>();

    private DemoFigures(Council council, LocalDate first, LocalDate last) {
        this.council = council;
        this.first = first;
        this.last = last;
    }

    /** The council's history from {@code first} to {@code last}, both included. */
    static History of(Council council, LocalDate first, LocalDate last) {
        DemoFigures figures = new DemoFigures(council, first, last);
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            Random random = DemoShape.random(council.slug(), day);
            double visits = figures.profileUse(day, random, (council.county() ? 90 : 45) * DemoShape.size(council.slug()));
            for (String service : council.forms()) {
                figures.requests(day, service, random);
                figures.tiles(day, service, visits, random);
            }
            for (String service : council.others()) {
                figures.tiles(day, service, visits, random);
            }
        }
        return figures.history();
    }

    /**
     * The page-level use of a partnership's front door itself (origin none), from {@code first} to {@code last}:
     * residents who have not yet chosen a council's profile.
     */
    static List<Usage> frontDoor(String partnership, int members, LocalDate first, LocalDate last) {
        DemoFigures figures = new DemoFigures(new Council("", partnership, false, List.of(), List.of(), List.of()), first, last);
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            figures.profileUse(day, DemoShape.random(partnership, day), 20.0 * members);
        }
        return figures.history().usage();
    }

    /**
     * Visits, page views and postcode searches on the council's profile (or the front door, whose origin is none),
     * about {@code visitsPerDay} visits on a usual day; answers the day's expected visits.
     */
    private double profileUse(LocalDate day, Random random, double visitsPerDay) {
        double visits = visitsPerDay * DemoShape.weekday(day);
        for (int device = 0; device < DEVICES.size(); device++) {
            double share = visits * DEVICE_SHARES[device];
            page(day, UsageCounter.PAGE_VIEW, DEVICES.get(device), DemoShape.poisson(random, share * 4.2));
            page(day, "visit", DEVICES.get(device), DemoShape.poisson(random, share));
            page(day, "postcode-search", DEVICES.get(device), DemoShape.poisson(random, share * 0.3));
        }
        count(new UsageKey(day, "visit", council.slug(), "", "api", "phone"), DemoShape.poisson(random, visits * 0.12));
        return visits;
    }

    private void page(LocalDate day, String event, String device, int count) {
        count(new UsageKey(day, event, council.slug(), "", "web", device), count);
    }

    /**
     * The service's tile shown on the profile's visits, and opened. A day's showings are put down to one device class
     * (drawn by the classes' shares), as every device would add a row a service and a day: a third of the rows, and of
     * the time to load them, for the same shares over a month.
     */
    private void tiles(LocalDate day, String service, double visits, Random random) {
        DemoShape.Service shape = DemoShape.service(service);
        double opened = visits * shape.opensPerVisit() * DemoShape.season(shape, day);
        count(new UsageKey(day, UsageCounter.TILE_SHOWN, council.slug(), service, "web", device(random)),
                DemoShape.poisson(random, visits * 0.7));
        for (int device = 0; device < DEVICES.size(); device++) {
            count(new UsageKey(day, UsageCounter.TILE_OPENED, origin(random), service, "web", DEVICES.get(device)),
                    DemoShape.poisson(random, opened * DEVICE_SHARES[device]));
        }
    }

    private static String device(Random random) {
        double draw = random.nextDouble();
        for (int device = 0; device < DEVICES.size() - 1; device++) {
            draw -= DEVICE_SHARES[device];
            if (draw < 0) {
                return DEVICES.get(device);
            }
        }
        return DEVICES.get(DEVICES.size() - 1);
    }

    /** The day's requests for one form service, each followed to its close (if it closed by the last day). */
    private void requests(LocalDate day, String service, Random random) {
        DemoShape.Service shape = DemoShape.service(service);
        int made = DemoShape.poisson(random, shape.requestsPerDay() * DemoShape.size(council.slug())
                * DemoShape.weekday(day) * DemoShape.season(shape, day));
        double online = DemoShape.onlineShare(shape, day, first, last);
        for (int i = 0; i < made; i++) {
            boolean isOnline = random.nextDouble() < online;
            String channel = isOnline ? (random.nextDouble() < 0.2 ? "app" : "web")
                    : (random.nextDouble() < 0.75 ? "phone" : "face_to_face");
            String origin = isOnline ? origin(random) : staffOrigin(random);
            rollup(new RollupKey(day, service, channel, origin))[0]++;
            formUse(day, service, channel, origin, random);
            close(day, service, channel, origin, shape.targetDays(), random);
        }
    }

    /** Which profile a resident came through: the council's own, none (the front door), or a neighbour's. */
    private String origin(Random random) {
        double draw = random.nextDouble();
        if (draw < 0.55 || (draw >= 0.75 && council.neighbours().isEmpty())) {
            return council.slug();
        }
        return draw < 0.75 ? "" : council.neighbours().get(random.nextInt(council.neighbours().size()));
    }

    /** Staff file for callers at their own council, and now and then at a neighbour's (a county's desk, say). */
    private String staffOrigin(Random random) {
        if (council.neighbours().isEmpty() || random.nextDouble() >= 0.1) {
            return council.slug();
        }
        return council.neighbours().get(random.nextInt(council.neighbours().size()));
    }

    /**
     * The form submitted in the request's channel, as the live counts do; started on the pages (by a resident on the
     * web, by staff for a caller) but not by an app, which posts the request whole. One in three residents on the web
     * starts a form once more and leaves it.
     */
    private void formUse(LocalDate day, String service, String channel, String origin, Random random) {
        String device = switch (channel) {
            case "app" -> "phone";
            case "web" -> device(random);
            default -> "desktop";
        };
        count(new UsageKey(day, "form-submitted", origin, service, channel, device), 1);
        if (!channel.equals("app")) {
            int left = channel.equals("web") && random.nextDouble() < 0.35 ? 1 : 0;
            count(new UsageKey(day, "form-started", origin, service, channel, device), 1 + left);
        }
    }

    /**
     * Closes the request some working days later: most within the target, some late, 1 in 100 handed over to
     * another council, 1 in 30 closed as a duplicate, 1 in 20 without a due time. Still open after the last day.
     */
    private void close(LocalDate made, String service, String channel, String origin, int targetDays, Random random) {
        boolean handedOver = random.nextDouble() < 0.01;
        int workingDays = handedOver ? 1 : workingDays(targetDays, random);
        LocalDate closedOn = DemoShape.plusWorkingDays(made, workingDays);
        if (closedOn.isAfter(last)) {
            return;
        }
        int[] counts = rollup(new RollupKey(closedOn, service, channel, origin));
        if (handedOver) {
            counts[4]++;
            return;
        }
        boolean withTarget = random.nextDouble() >= 0.05;
        counts[1]++;
        counts[2] += withTarget ? 1 : 0;
        counts[3] += withTarget && workingDays <= targetDays ? 1 : 0;
        counts[5] += random.nextDouble() < 1 / 30.0 ? 1 : 0;
        closeDays.merge(new CloseKey(closedOn, service, workingDays), 1, Integer::sum);
    }

    /** Working days to close: about 85% within the target, the rest up to three times over it. */
    private static int workingDays(int targetDays, Random random) {
        if (random.nextDouble() < 0.85) {
            return random.nextInt(targetDays + 1);
        }
        return targetDays + 1 + random.nextInt(2 * targetDays + 1);
    }

    private int[] rollup(RollupKey key) {
        return rollups.computeIfAbsent(key, k -> new int[6]);
    }

    private void count(UsageKey key, long count) {
        if (count > 0) {
            usage.merge(key, count, Long::sum);
        }
    }

    private History history() {
        List<Rollup> rollupRows = new ArrayList<>();
        rollups.forEach((key, c) -> rollupRows.add(new Rollup(key.day(), key.service(), key.channel(), key.origin(),
                c[0], c[1], c[2], c[3], c[4], c[5])));
        List<CloseDays> closeRows = new ArrayList<>();
        closeDays.forEach((key, closes) -> closeRows.add(new CloseDays(key.day(), key.service(), key.workingDays(), closes)));
        List<Usage> usageRows = new ArrayList<>();
        usage.forEach((key, count) -> {
            boolean page = key.service().isEmpty();
            usageRows.add(new Usage(key.day(), key.event(), page ? council.partnership() : "", key.origin(),
                    page ? "" : council.slug(), key.service(), key.channel(), key.device(), count));
        });
        return new History(rollupRows, closeRows, usageRows);
    }
}
