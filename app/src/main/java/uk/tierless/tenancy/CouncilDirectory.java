package uk.tierless.tenancy;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.tierless.api.ApiException;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads councils and partnerships (shared data) for the API and for other features. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CouncilDirectory {

    public List<CouncilView> members() {
        return Council.<Council>list("member", Sort.by("slug")).stream().map(CouncilView::of).toList();
    }

    /** A council, member or not, or a 404 in the API's error shape. */
    public CouncilView require(String slug) {
        Council council = Council.findById(slug);
        if (council == null) {
            throw ApiException.notFound("There is no council with the slug '" + slug + "'.");
        }
        return CouncilView.of(council);
    }

    public List<PartnershipView> partnerships() {
        Map<String, List<String>> members = Council.<Council>list("partnershipSlug is not null", Sort.by("slug"))
                .stream()
                .collect(Collectors.groupingBy(council -> council.partnershipSlug,
                        Collectors.mapping(council -> council.slug, Collectors.toList())));
        return Partnership.<Partnership>listAll(Sort.by("slug")).stream()
                .map(p -> new PartnershipView(p.slug, p.name, members.getOrDefault(p.slug, List.of())))
                .toList();
    }
}
