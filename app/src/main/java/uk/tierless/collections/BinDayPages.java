package uk.tierless.collections;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import uk.tierless.api.ApiException;
import uk.tierless.platform.TierlessConfig;

import java.net.URI;
import java.util.Arrays;
import java.util.List;

/**
 * "When is my bin day", {@code /bin-days?uprn=}: an address's next {@value #SHOWN} collections of each bin in
 * words, changed days flagged, and its calendar feed. The portal's bin-day tile leads here for a council with
 * rounds; without an address the resident is sent to the portal to choose one.
 */
@Path("/bin-days")
@Produces(MediaType.TEXT_HTML)
public class BinDayPages {

    static final int SHOWN = 3;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance binDays(BinDays.Upcoming upcoming, List<BinRow> bins, String feedPath,
                                               String feedUrl, String back);
    }

    /** One collection as the page says it. */
    public record Day(String words, boolean changed, String usually) {
    }

    /** A bin and its next collections; {@code next} as "Recycling: Tuesday 9 December". */
    public record BinRow(String code, String label, String next, List<Day> days) {
    }

    @Inject
    BinDays binDays;

    @Inject
    TierlessConfig config;

    @GET
    public Response page(@QueryParam("uprn") String uprn, @QueryParam("c") String profile) {
        String home = profile == null || !profile.matches("[a-z0-9-]{1,63}") ? "/" : "/c/" + profile;
        if (uprn == null || uprn.isBlank()) {
            return Response.seeOther(URI.create(home + "?service=" + BinDays.SERVICE)).build();
        }
        BinDays.Upcoming upcoming;
        try {
            upcoming = binDays.next(uprn.trim());
        } catch (ApiException e) {
            return Response.seeOther(URI.create(home + "?service=" + BinDays.SERVICE)).build();
        }
        List<BinRow> bins = Arrays.stream(Bin.values()).map(bin -> row(bin, upcoming)).filter(row -> !row.days().isEmpty()).toList();
        String feedPath = "/calendar/" + upcoming.uprn() + ".ics";
        String back = "/your-councils?uprn=" + upcoming.uprn() + (home.equals("/") ? "" : "&c=" + profile);
        return Response.ok(Templates.binDays(upcoming, bins, feedPath, config.publicUrl().replaceAll("/+$", "") + feedPath, back))
                .type(MediaType.TEXT_HTML_TYPE).build();
    }

    private static BinRow row(Bin bin, BinDays.Upcoming upcoming) {
        List<Day> days = upcoming.collections().stream().filter(collection -> collection.bin() == bin).limit(SHOWN)
                .map(collection -> new Day(BinDayWords.day(collection.date(), upcoming.from()), collection.changed(),
                        collection.changed() ? BinDayWords.day(collection.usualDate(), upcoming.from()) : null))
                .toList();
        return new BinRow(bin.code(), bin.label(), days.isEmpty() ? null : bin.label() + ": " + days.get(0).words(), days);
    }
}
