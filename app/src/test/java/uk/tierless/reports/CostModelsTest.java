package uk.tierless.reports;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.identity.TestTokens;
import uk.tierless.platform.PostgresTestResource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** A partnership's cost model: its file's, the case studies' where there is none, and the board's where it changed it. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class CostModelsTest {

    private static final String WORCESTERSHIRE = "/api/v1/partnerships/worcestershire/cost-model";
    private static final String CHANGE = """
            {"faceToFacePence": 850, "phonePence": 300, "onlinePence": 15, "avoidedCallPercent": 10,
             "source": "Our own contact centre's costs, 2025"}""";

    @Inject
    CostModels costModels;

    @Inject
    BoardReports reports;

    @Inject
    DataSource dataSource;

    @AfterEach
    void forgetTheBoardsModel() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("delete from report_cost_models where partnership = 'worcestershire'");
        }
    }

    @Test
    void thePartnershipFilesModelUntilTheBoardChangesItAndThenTheBoards() throws SQLException {
        as(ReportApiTest.board("worcestershire")).when().get(WORCESTERSHIRE).then().statusCode(200)
                .body("setBy", equalTo("file"))
                .body("faceToFacePence", equalTo(1016))
                .body("phonePence", equalTo(283))
                .body("onlinePence", equalTo(20))
                .body("avoidedCallPercent", equalTo(20))
                .body("changedBy", nullValue());

        as(ReportApiTest.board("worcestershire")).contentType(ContentType.JSON).body(CHANGE).when().put(WORCESTERSHIRE)
                .then().statusCode(200)
                .body("setBy", equalTo("board"))
                .body("phonePence", equalTo(300))
                .body("changedBy", equalTo("worcestershire.board"))
                .body("source", equalTo("Our own contact centre's costs, 2025"));

        ReportFixture.insert(dataSource);
        try {
            Savings savings = reports.partnership("worcestershire", ReportFixture.PERIOD).savings();
            assertThat(savings.callsAvoided()).isEqualTo(15); // 10% of 150 visits
            assertThat(savings.callsAvoidedValue()).isEqualTo(15 * 300);
            assertThat(savings.channelMixSaving()).isEqualTo(42 * 300 - (37 * 15 + 3 * 300 + 2 * 850));
        } finally {
            ReportFixture.delete(dataSource);
        }
    }

    @Test
    void aPartnershipWithoutAModelHasTheCaseStudiesNamingTheirSources() {
        CostModel model = costModels.of("no-such-partnership");

        assertThat(model).isEqualTo(CostModel.CASE_STUDIES);
        assertThat(model.source()).contains("Kable").contains("Worcestershire").contains("MyStaffsApp");
        assertThat(model.phonePence()).isEqualTo(283);
        assertThat(model.faceToFacePence()).isEqualTo(1016);
        assertThat(model.onlinePence()).isEqualTo(20);
        assertThat(model.avoidedCallPercent()).isEqualTo(20);
    }

    @Test
    void negativeOrAbsurdCostsAShareOver100AndNoSourceAre400sNamingEachField() {
        as(ReportApiTest.board("worcestershire")).contentType(ContentType.JSON)
                .body("{\"faceToFacePence\": -1, \"phonePence\": 5000000, \"avoidedCallPercent\": 101, \"source\": \" \"}")
                .when().put(WORCESTERSHIRE).then().statusCode(400)
                .body("error", equalTo("invalid_request"))
                .body("details.field", containsInAnyOrder("faceToFacePence", "phonePence", "onlinePence",
                        "avoidedCallPercent", "source"));
        as(ReportApiTest.board("worcestershire")).when().get(WORCESTERSHIRE).then().body("setBy", equalTo("file"));
    }

    @Test
    void onlyThePartnershipsBoardAndPlatformAdministratorsReachIt() {
        given().when().get(WORCESTERSHIRE).then().statusCode(401);
        as(ReportApiTest.board("staffordshire-connects")).when().get(WORCESTERSHIRE).then().statusCode(403);
        as(ReportApiTest.admin("redditch")).when().get(WORCESTERSHIRE).then().statusCode(403);
        as(TestTokens.caseworker("redditch")).contentType(ContentType.JSON).body(CHANGE).when().put(WORCESTERSHIRE)
                .then().statusCode(403);
        as(ReportApiTest.platformAdmin()).when().get(WORCESTERSHIRE).then().statusCode(200);
        as(ReportApiTest.platformAdmin()).when().get("/api/v1/partnerships/atlantis/cost-model").then().statusCode(404);
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }
}
