package uk.tierless.photos;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import uk.tierless.api.ApiError;
import uk.tierless.api.ApiException;
import uk.tierless.ratelimits.Limit;
import uk.tierless.ratelimits.RateLimiter;

import java.io.InputStream;
import java.util.List;

/**
 * Public: an app sends a photo's bytes first, then answers the form's photo question with the id it gets back.
 * The body is the file itself; its type is read from its content.
 */
@Path("/api/v1/photos")
@Produces(MediaType.APPLICATION_JSON)
public class PhotosResource {

    public record Added(String photo, String mediaType, long size) {
    }

    @Inject
    Photos photos;

    @Inject
    RateLimiter rateLimiter;

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response add(InputStream body) {
        rateLimiter.admit(Limit.PHOTOS);
        try {
            Photos.StoredPhoto stored = photos.store(body);
            return Response.status(Response.Status.CREATED)
                    .entity(new Added(stored.id(), stored.type().mediaType(), stored.size())).build();
        } catch (PhotoRefusedException e) {
            throw ApiException.invalid(e.getMessage() + ".", List.of(new ApiError.FieldError("photo", e.getMessage())));
        }
    }
}
