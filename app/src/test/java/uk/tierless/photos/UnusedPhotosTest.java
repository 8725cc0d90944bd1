package uk.tierless.photos;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.platform.PostgresTestResource;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** A photo a resident added but never sent is deleted after a day; one a request uses stays. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class UnusedPhotosTest {

    @Inject
    Photos photos;

    @Inject
    EntityManager entityManager;

    @Test
    void anAbandonedPhotoIsDeletedAndAUsedOneKept() {
        String abandoned = upload();
        String used = upload();
        given().contentType("application/json").body(Map.of("service", "report-pothole", "postcode", "B79 7AH",
                        "idempotencyKey", "photo-" + UUID.randomUUID(),
                        "answers", Map.of("location", "By the church", "size", "small", "position", "road", "photo", used)))
                .when().post("/api/v1/requests").then().statusCode(201);
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "update photo_uploads set stored_at = now() - interval '2 days' where id in (:ids)")
                .setParameter("ids", java.util.List.of(abandoned, used)).executeUpdate());

        photos.deleteUnusedBefore(Instant.now().minus(Photos.UNUSED_FOR));

        assertThat(photos.exists(abandoned)).isFalse();
        assertThat(photos.exists(used)).isTrue();
        String fresh = upload();
        photos.deleteUnusedBefore(Instant.now().minus(Photos.UNUSED_FOR));
        assertThat(photos.exists(fresh)).as("a photo added a moment ago, its form not yet sent").isTrue();
    }

    private static String upload() {
        return given().contentType("image/jpeg").body(TestPhotos.jpegWithLocation()).when().post("/api/v1/photos")
                .then().statusCode(201).extract().path("photo");
    }
}
