package uk.tierless.open311;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.tierless.api.ApiException;
import uk.tierless.catalogue.ServiceCatalogue;
import uk.tierless.catalogue.ServiceOffers;
import uk.tierless.catalogue.ServiceTypeView;
import uk.tierless.forms.FormView;
import uk.tierless.forms.Forms;
import uk.tierless.forms.Question;
import uk.tierless.tenancy.CouncilView;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The services a jurisdiction takes as forms, and their definitions built from the councils' current form versions.
 * A partnership's definition of a service several councils take (each district's missed bin) is the union of their
 * questions, in the first council's order: an attribute is required only when every one of those councils requires
 * it, and a list offers every council's values. The responsible council's own form then checks the answers.
 */
@ApplicationScoped
public class Open311Services {

    /** A service as GeoReport v2 lists it, with its attributes in order. */
    public record Service(ServiceTypeView type, String description, List<String> keywords, List<Attribute> attributes) {
    }

    @Inject
    ServiceCatalogue catalogue;

    @Inject
    ServiceOffers offers;

    @Inject
    Forms forms;

    /** The jurisdiction's form services, in the catalogue's order. */
    public List<Service> services(Jurisdiction jurisdiction) {
        Map<String, List<Offered>> offered = offered(jurisdiction);
        return catalogue.all().stream().filter(type -> offered.containsKey(type.code()))
                .map(type -> service(type, offered.get(type.code()))).toList();
    }

    /** One service's definition, or a 404 when the jurisdiction takes no such service as a form. */
    public Service definition(Jurisdiction jurisdiction, String code) {
        List<Offered> offered = offered(jurisdiction).get(code);
        if (offered == null) {
            throw ApiException.notFound("There is no service '" + code + "' that " + jurisdiction.name()
                    + " takes online: services.xml?" + Jurisdictions.PARAMETER + "=" + jurisdiction.slug() + " lists them.");
        }
        return service(catalogue.require(code), offered);
    }

    /** One council's current form for a service, with the summary its tile shows. */
    private record Offered(String summary, FormView form) {
    }

    private Map<String, List<Offered>> offered(Jurisdiction jurisdiction) {
        List<String> slugs = jurisdiction.councils().stream().map(CouncilView::slug).toList();
        Map<String, List<Offered>> offered = new LinkedHashMap<>();
        offers.ofCouncils(slugs).stream().filter(offer -> "form".equals(offer.mode()))
                .sorted(Comparator.comparingInt(offer -> slugs.indexOf(offer.council())))
                .forEach(offer -> forms.current(offer.council(), offer.service()).ifPresent(form -> offered
                        .computeIfAbsent(offer.service(), service -> new ArrayList<>())
                        .add(new Offered(offer.summary(), form))));
        return offered;
    }

    private Service service(ServiceTypeView type, List<Offered> offered) {
        String description = offered.stream().map(Offered::summary).filter(summary -> summary != null && !summary.isBlank())
                .findFirst().orElse(type.name());
        return new Service(type, description, catalogue.synonyms(type.code()),
                merged(offered.stream().map(Offered::form).toList()));
    }

    private static List<Attribute> merged(List<FormView> forms) {
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        Map<String, Integer> required = new LinkedHashMap<>();
        for (FormView form : forms) {
            for (Question question : form.questions()) {
                Optional<Attribute> asked = Attribute.of(question);
                if (asked.isEmpty()) {
                    continue;
                }
                Attribute attribute = asked.get();
                attributes.merge(attribute.code(), attribute, Open311Services::union);
                required.merge(attribute.code(), attribute.required() ? 1 : 0, Integer::sum);
            }
        }
        return attributes.values().stream().map(attribute -> required.get(attribute.code()) == forms.size() ? attribute
                : new Attribute(attribute.code(), attribute.datatype(), false, attribute.datatypeDescription(),
                attribute.description(), attribute.values())).toList();
    }

    /** The first council's attribute, offering the other's values too. */
    private static Attribute union(Attribute first, Attribute other) {
        List<Question.Option> values = new ArrayList<>(first.values());
        other.values().stream().filter(value -> first.values().stream().noneMatch(known -> known.value().equals(value.value())))
                .forEach(values::add);
        return new Attribute(first.code(), first.datatype(), first.required(), first.datatypeDescription(),
                first.description(), values);
    }
}
