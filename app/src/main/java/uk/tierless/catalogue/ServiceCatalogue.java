package uk.tierless.catalogue;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.narayana.jta.QuarkusTransaction;
import uk.tierless.api.ApiException;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The service types every council's services are built on: fixed by the schema's migrations, so read once. */
@ApplicationScoped
public class ServiceCatalogue {

    private volatile List<ServiceTypeView> all;

    public List<ServiceTypeView> all() {
        List<ServiceTypeView> current = all;
        if (current == null) {
            current = QuarkusTransaction.joiningExisting().call(() -> ServiceType.<ServiceType>listAll(Sort.by("position"))
                    .stream().map(ServiceTypeView::of).toList());
            all = current;
        }
        return current;
    }

    public Optional<ServiceTypeView> find(String code) {
        return all().stream().filter(type -> type.code().equals(code)).findFirst();
    }

    /** A service type, or a 404 that points to the catalogue. */
    public ServiceTypeView require(String code) {
        return find(code).orElseThrow(() -> ApiException.notFound("There is no service '" + code
                + "': the service codes are listed at /api/v1/service-types."));
    }

    public Set<String> codes() {
        return all().stream().map(ServiceTypeView::code).collect(Collectors.toUnmodifiableSet());
    }
}
