package uk.tierless.routing;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import uk.tierless.catalogue.ServiceTypeView;
import uk.tierless.gazetteer.PlaceQuery;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The real router, which also notes the services each routing call was asked about, so that a test can say how often
 * a page routes and for what. It answers exactly as {@link Router} does.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class CountingRouter extends Router {

    private static final List<List<String>> CALLS = new CopyOnWriteArrayList<>();

    @Override
    public List<Responsibility> routeAll(PlaceQuery where, List<ServiceTypeView> services) {
        CALLS.add(services.stream().map(ServiceTypeView::code).toList());
        return super.routeAll(where, services);
    }

    /** The services of each routing call since the last {@link #forget()}, in order. */
    public static List<List<String>> calls() {
        return List.copyOf(CALLS);
    }

    public static void forget() {
        CALLS.clear();
    }
}
