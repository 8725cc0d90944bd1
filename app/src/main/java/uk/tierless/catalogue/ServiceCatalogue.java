package uk.tierless.catalogue;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.narayana.jta.QuarkusTransaction;
import uk.tierless.api.ApiException;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The service types every council's services are built on: fixed by the schema's migrations, so read once. */
@ApplicationScoped
public class ServiceCatalogue {

    /**
     * A service type with the words search matches it by (its name, its group and residents' synonyms) and the
     * synonyms alone, as they were written.
     */
    private record Entry(ServiceTypeView view, Set<String> words, List<String> synonyms, boolean publicPlace) {
    }

    private volatile List<Entry> entries;

    /** Whether the catalogue has been read (it is, after the first answer): then every method answers from memory. */
    public boolean loaded() {
        return entries != null;
    }

    public List<ServiceTypeView> all() {
        return entries().stream().map(Entry::view).toList();
    }

    public Optional<ServiceTypeView> find(String code) {
        return all().stream().filter(type -> type.code().equals(code)).findFirst();
    }

    /** A service type, or a 404 that points to the catalogue. */
    public ServiceTypeView require(String code) {
        return find(code).orElseThrow(() -> ApiException.notFound("There is no service '" + code
                + "': the service codes are listed at /api/v1/service-types."));
    }

    /** The words residents use for a service besides its name ("rubbish", "wheelie" for a missed bin). */
    public List<String> synonyms(String code) {
        return entries().stream().filter(entry -> entry.view().code().equals(code)).findFirst()
                .map(Entry::synonyms).orElse(List.of());
    }

    /**
     * Whether the service's requests report something in a public place (a pothole, fly-tipping), so that open data
     * may show where; any other request is about a household, and where it is stays private.
     */
    public boolean inPublicPlace(String code) {
        return entries().stream().anyMatch(entry -> entry.view().code().equals(code) && entry.publicPlace());
    }

    public Set<String> codes() {
        return all().stream().map(ServiceTypeView::code).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The services a resident's words find, best first (most words matched, then the catalogue's order). A word
     * matches the start of a word of the name, group or synonyms, plurals folded: "potholes" finds "pothole".
     */
    public List<ServiceTypeView> search(String text) {
        List<String> words = SearchWords.of(text);
        if (words.isEmpty()) {
            return List.of();
        }
        return entries().stream()
                .filter(entry -> score(entry, words) > 0)
                .sorted(Comparator.comparingLong((Entry entry) -> -score(entry, words)))
                .map(Entry::view)
                .toList();
    }

    private static long score(Entry entry, List<String> words) {
        return words.stream().filter(word -> entry.words().stream().anyMatch(known -> known.startsWith(word))).count();
    }

    private List<Entry> entries() {
        List<Entry> current = entries;
        if (current == null) {
            current = QuarkusTransaction.joiningExisting().call(() -> ServiceType.<ServiceType>listAll(Sort.by("position"))
                    .stream().map(type -> new Entry(ServiceTypeView.of(type), Set.copyOf(SearchWords.of(
                            type.name + " " + type.groupCode + " " + type.synonyms)),
                            Arrays.stream(type.synonyms.trim().split("\\s+")).filter(word -> !word.isEmpty()).toList(),
                            type.publicPlace))
                    .toList());
            entries = current;
        }
        return current;
    }
}
