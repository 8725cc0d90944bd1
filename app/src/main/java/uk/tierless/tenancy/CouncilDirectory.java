package uk.tierless.tenancy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.tierless.api.ApiException;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads councils and partnerships (shared data) for the API and for other features. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CouncilDirectory {

    /** Councils by GSS code and by slug, read once and again after the register changes: every lookup needs them. */
    private volatile Map<String, CouncilView> byGss;
    private volatile Map<String, CouncilView> bySlug;

    public Optional<CouncilView> byGss(String gss) {
        loadCache();
        return Optional.ofNullable(gss == null ? null : byGss.get(gss));
    }

    public Optional<CouncilView> bySlug(String slug) {
        loadCache();
        return Optional.ofNullable(slug == null ? null : bySlug.get(slug));
    }

    /** After councils are created or changed. */
    public void invalidate() {
        byGss = null;
        bySlug = null;
    }

    private void loadCache() {
        if (byGss == null || bySlug == null) {
            // Joins the caller's transaction, or opens one: import jobs call this from their own threads.
            List<CouncilView> all = QuarkusTransaction.joiningExisting().call(() ->
                    Council.<Council>listAll().stream().map(CouncilView::of).toList());
            bySlug = all.stream().collect(Collectors.toUnmodifiableMap(CouncilView::slug, council -> council));
            byGss = all.stream().collect(Collectors.toUnmodifiableMap(CouncilView::gss, council -> council));
        }
    }

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

    /** The GSS codes of every council in the register, member or not. */
    public Set<String> gssCodes() {
        loadCache();
        return byGss.keySet();
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
