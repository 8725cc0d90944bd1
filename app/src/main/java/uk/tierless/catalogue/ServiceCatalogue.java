package uk.tierless.catalogue;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.tierless.api.ApiException;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The service types every council's services are built on. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ServiceCatalogue {

    public List<ServiceTypeView> all() {
        return ServiceType.<ServiceType>listAll(Sort.by("position")).stream().map(ServiceTypeView::of).toList();
    }

    public Optional<ServiceTypeView> find(String code) {
        return ServiceType.<ServiceType>findByIdOptional(code).map(ServiceTypeView::of);
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
