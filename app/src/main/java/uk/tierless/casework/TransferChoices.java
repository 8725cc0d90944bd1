package uk.tierless.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.tierless.api.ApiError;
import uk.tierless.api.ApiException;
import uk.tierless.catalogue.ServiceOffers;
import uk.tierless.catalogue.ServiceTypeView;
import uk.tierless.platform.Text;
import uk.tierless.tenancy.CouncilDirectory;
import uk.tierless.tenancy.CouncilView;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What "Pass it to" on a request's page offers: the other councils of the partnership, each with the services it
 * takes requests for; and the check of the form's choice, which without JavaScript can name a service listed under
 * another council than the one chosen.
 */
@ApplicationScoped
public class TransferChoices {

    /** A council a request can be passed to, and what the request can become there. */
    public record Partner(CouncilView council, List<ServiceTypeView> services) {
    }

    @Inject
    CouncilDirectory councils;

    @Inject
    ServiceOffers offers;

    /** The other member councils of the council's partnership, in the directory's order. */
    public List<Partner> partners(CouncilView council) {
        List<CouncilView> others = councils.members().stream().filter(other -> council.partnership() != null
                && council.partnership().equals(other.partnership()) && !other.slug().equals(council.slug())).toList();
        Map<String, List<ServiceTypeView>> services = offers.requestServices(others.stream().map(CouncilView::slug).toList());
        return others.stream().map(other -> new Partner(other, services.get(other.slug()))).toList();
    }

    /** A 400 naming each field at fault unless a council is chosen and, for a partner, one of its services. */
    public void check(CouncilView council, String transferTo, String service) {
        String to = Text.blankToNull(transferTo);
        String as = Text.blankToNull(service);
        Optional<Partner> target = partners(council).stream().filter(p -> p.council().slug().equals(to)).findFirst();
        if (to != null && target.isEmpty()) {
            return; // not a partner: the transfer itself refuses it, as it does on the API
        }
        List<ApiError.FieldError> errors = new ArrayList<>();
        if (to == null) {
            errors.add(new ApiError.FieldError("transferTo", "Select the council to pass it to"));
        }
        String where = target.map(p -> p.council().name()).orElse("that council");
        if (as == null) {
            errors.add(new ApiError.FieldError("service", "Select the service it becomes at " + where));
        } else if (target.isPresent() && target.get().services().stream().noneMatch(s -> s.code().equals(as))) {
            errors.add(new ApiError.FieldError("service", where
                    + " does not take requests for that service: select one of the services listed under it"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid("Choose where to pass the request.", errors);
        }
    }
}
