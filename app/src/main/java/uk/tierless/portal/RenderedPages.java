package uk.tierless.portal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.Variant;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import uk.tierless.catalogue.ServiceCatalogue;
import uk.tierless.tenancy.CouncilConfigurationChanged;
import uk.tierless.tenancy.CouncilDirectory;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Public pages as Qute last rendered them, so that the front door and the tiles page, the same for every resident of
 * the same councils, are not rendered again for each (rendering was most of their cost, docs/benchmarks.md). A page
 * is kept under a key that holds everything it is rendered from; what differs from one resident to the next (their
 * postcode, the links that carry it) is rendered as a {@link #slot} and filled in, escaped as Qute would, on the way
 * out. Every page is dropped when a council's configuration changes on any instance (a publication, branding), after
 * the council directory and the offers have dropped theirs; the tiles' order changes with their key.
 */
@ApplicationScoped
class RenderedPages {

    /** About 12 KB a page: at most 12 MB. */
    private static final int PAGES = 1_000;
    private static final HtmlEscaper ESCAPER = new HtmlEscaper(List.of(Variant.TEXT_HTML));

    private final Cache<Object, String> pages = Caffeine.newBuilder().maximumSize(PAGES).build();
    private long generation;

    @Inject
    FormTimeout formTimeout;

    @Inject
    CouncilDirectory councils;

    @Inject
    ServiceCatalogue catalogue;

    /** Whether a page kept under this key can be answered with no database at all (MemoryFirst). */
    boolean answersFromMemory(Supplier<Object> key) {
        return councils.loaded() && catalogue.loaded() && pages.getIfPresent(key.get()) != null;
    }

    /** A placeholder for a resident's own value: letters and digits only, so that Qute writes it unchanged. */
    static String slot(String name) {
        return "tierlessslot" + name + "x";
    }

    /** The page for this key, rendered now if it is not kept; {@code values} fill its slots. */
    String page(Object key, Supplier<String> render, Map<String, String> values) {
        String page = formTimeout.isExpired() ? render.get() : kept(key, render);
        for (Map.Entry<String, String> value : values.entrySet()) {
            page = page.replace(slot(value.getKey()), ESCAPER.map(value.getValue(), null));
        }
        return page;
    }

    private String kept(Object key, Supplier<String> render) {
        String page = pages.getIfPresent(key);
        if (page != null) {
            return page;
        }
        long renderedAt;
        synchronized (this) {
            renderedAt = generation;
        }
        page = render.get();
        synchronized (this) {
            // Not kept if the configuration changed while it was rendered: it may show the old one.
            if (generation == renderedAt) {
                pages.put(key, page);
            }
        }
        return page;
    }

    // After the council directory's and the offers' own observers (default priority), so a page rendered after
    // this runs reads their new state.
    void configurationChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 1000)
                              CouncilConfigurationChanged event) {
        synchronized (this) {
            generation++;
            pages.invalidateAll();
        }
    }
}
