package uk.tierless.publishing;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.tierless.api.ApiError;
import uk.tierless.api.ApiException;
import uk.tierless.api.PageRequest;
import uk.tierless.audit.AuditEventView;
import uk.tierless.audit.AuditLog;
import uk.tierless.catalogue.PortalDefinition;
import uk.tierless.catalogue.ServiceOffers;
import uk.tierless.forms.Forms;
import uk.tierless.forms.Question;
import uk.tierless.forms.QuestionType;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.platform.PostgresTestResource;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A council's services in the database: seeded from its files as version 1, then drafted, checked, published,
 * restored and audited. Uses Malvern Hills' link services and puts each back as it was.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class ServicePublishingTest {

    private static final String COUNCIL = "malvern-hills";
    private static final String DOG_FOULING = "dog-fouling";
    private static final String VEHICLE = "abandoned-vehicle";

    @Inject
    ServiceConfigurations configurations;

    @Inject
    ServiceDrafts drafts;

    @Inject
    ServicePublisher publisher;

    @Inject
    ServiceOffers offers;

    @Inject
    Forms forms;

    @Inject
    AuditLog auditLog;

    private final List<String> touched = new ArrayList<>();

    @AfterEach
    void putBackAsTheFilesHaveIt() {
        touched.forEach(service -> SeededServices.putBack(configurations, drafts, publisher, COUNCIL, service));
        touched.clear();
    }

    @Test
    void theFilesSeedVersionOneOfEveryServiceTheyOffer() {
        ServiceConfiguration dogFouling = configurations.of(COUNCIL, DOG_FOULING);

        assertThat(dogFouling.version()).isNotNull();
        assertThat(dogFouling.settings().offered()).isTrue();
        assertThat(dogFouling.settings().mode()).isEqualTo("link");
        assertThat(dogFouling.settings().link()).isEqualTo("https://www.malvernhills.gov.uk/dog-fouling");
        assertThat(dogFouling.draft()).isNull();
        assertThat(publisher.versions(COUNCIL, DOG_FOULING)).last()
                .satisfies(first -> {
                    assertThat(first.version()).isEqualTo(1);
                    assertThat(first.publishedBy()).isEqualTo("system");
                });
        assertThat(configurations.of(COUNCIL)).extracting(ServiceConfiguration::service)
                .contains("missed-bin", DOG_FOULING).doesNotContain("report-pothole");
    }

    @Test
    void aPublishedFormIsLiveWithItsQuestionsAndEveryStepIsInTheHistory() {
        touched.add(DOG_FOULING);
        ServiceConfiguration before = configurations.of(COUNCIL, DOG_FOULING);

        DraftView draft = drafts.save(COUNCIL, DOG_FOULING, asForm("Where is it?"), before.revision(), "mh.admin");
        VersionView published = publisher.publish(COUNCIL, DOG_FOULING, "mh.admin");

        assertThat(draft.revision()).isEqualTo(before.revision() + 1);
        assertThat(published.version()).isEqualTo(before.version() + 1);
        assertThat(published.publishedBy()).isEqualTo("mh.admin");
        assertThat(offers.of(COUNCIL, DOG_FOULING)).get().extracting(ServiceOffers.ServiceOffer::mode).isEqualTo("form");
        assertThat(offers.targetDaysOf(COUNCIL, DOG_FOULING)).contains(5);
        assertThat(forms.current(COUNCIL, DOG_FOULING)).get()
                .satisfies(form -> assertThat(form.questions()).extracting(Question::label).containsExactly("Where is it?"));
        ServiceConfiguration after = configurations.of(COUNCIL, DOG_FOULING);
        assertThat(after.draft()).isNull();
        assertThat(after.settings().form().version()).isEqualTo(forms.current(COUNCIL, DOG_FOULING).get().version());
        assertThat(auditLog.history(COUNCIL, "service:" + DOG_FOULING, new PageRequest(1, 10)).items())
                .extracting(AuditEventView::action).startsWith("service.published", "service.draft-saved");
        AuditEventView publish = auditLog.history(COUNCIL, "service:" + DOG_FOULING, new PageRequest(1, 10)).items().get(0);
        assertThat(publish.before().get("mode").asText()).isEqualTo("link");
        assertThat(publish.after().get("mode").asText()).isEqualTo("form");
    }

    @Test
    void aSaveFromAStalePageIsRefusedNamingWhoChangedItAndNothingIsLost() {
        touched.add(VEHICLE);
        int read = configurations.of(COUNCIL, VEHICLE).revision();
        drafts.save(COUNCIL, VEHICLE, asLink("First admin's words."), read, "first.admin");

        ApiException stale = catchThrowableOfType(ApiException.class,
                () -> drafts.save(COUNCIL, VEHICLE, asLink("Second admin's words."), read, "second.admin"));

        assertThat(stale.status()).isEqualTo(Status.CONFLICT);
        assertThat(stale.getMessage()).contains("changed by first.admin on ").contains("nothing was saved");
        assertThat(configurations.of(COUNCIL, VEHICLE).draft().settings().summary()).isEqualTo("First admin's words.");
    }

    @Test
    void twoSavesAtOnceFromTheSameRevisionCannotBothWin() throws Exception {
        touched.add(VEHICLE);
        int read = configurations.of(COUNCIL, VEHICLE).revision();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Boolean>> saves = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String words = "Admin " + i + "'s words.";
            Callable<Boolean> save = () -> {
                start.await();
                try {
                    drafts.save(COUNCIL, VEHICLE, asLink(words), read, "admin" + words.charAt(6));
                    return true;
                } catch (ApiException conflict) {
                    return false;
                }
            };
            saves.add(pool.submit(save));
        }
        start.countDown();
        int won = 0;
        for (Future<Boolean> save : saves) {
            won += save.get() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(won).isEqualTo(1);
        assertThat(configurations.of(COUNCIL, VEHICLE).revision()).isEqualTo(read + 1);
    }

    @Test
    void aDraftMayBeUnfinishedButPublishingWantsItCompleteAndKeepsTheDraftWhenItIsNot() {
        touched.add(DOG_FOULING);
        int read = configurations.of(COUNCIL, DOG_FOULING).revision();
        ServiceSettings noQuestions = new ServiceSettings(true, "form", null, "Report dog mess.", null, false, 5,
                List.of(), new ServiceSettings.FormSettings(null, List.of()), null, null);
        drafts.save(COUNCIL, DOG_FOULING, noQuestions, read, "mh.admin");

        ApiException unfit = catchThrowableOfType(ApiException.class, () -> publisher.publish(COUNCIL, DOG_FOULING, "mh.admin"));

        assertThat(unfit.status()).isEqualTo(Status.BAD_REQUEST);
        assertThat(unfit.toError().details()).extracting(ApiError.FieldError::field).contains("form.questions");
        ServiceConfiguration after = configurations.of(COUNCIL, DOG_FOULING);
        assertThat(after.draft()).isNotNull();
        assertThat(after.revision()).isEqualTo(read + 1);
        assertThat(after.settings().mode()).isEqualTo("link");
    }

    @Test
    void whatADraftDoesSayMustBeRightAndAWrongOneChangesNothing() {
        int read = configurations.of(COUNCIL, VEHICLE).revision();
        ServiceSettings plainHttp = new ServiceSettings(true, "link", "http://www.malvernhills.gov.uk/vehicles",
                "Report it.", null, false, null, List.of(new PortalDefinition.Response("Moved", "Moved {residentName}", "submitted")), null, null, null);

        ApiException wrong = catchThrowableOfType(ApiException.class,
                () -> drafts.save(COUNCIL, VEHICLE, plainHttp, read, "mh.admin"));

        assertThat(wrong.status()).isEqualTo(Status.BAD_REQUEST);
        assertThat(wrong.toError().details()).extracting(ApiError.FieldError::field).contains("link", "responses[0].text", "responses[0].status");
        assertThat(configurations.of(COUNCIL, VEHICLE).revision()).isEqualTo(read);
        assertThat(configurations.of(COUNCIL, VEHICLE).draft()).isNull();
    }

    @Test
    void publishingWithNoDraftIsAConflictAndAnotherTiersServiceIsNotThisCouncils() {
        assertThat(catchThrowableOfType(ApiException.class, () -> publisher.publish(COUNCIL, DOG_FOULING, "mh.admin"))
                .status()).isEqualTo(Status.CONFLICT);
        ApiException county = catchThrowableOfType(ApiException.class, () -> configurations.of(COUNCIL, "report-pothole"));
        assertThat(county.status()).isEqualTo(Status.NOT_FOUND);
        assertThat(county.getMessage()).contains("is a county service");
    }

    @Test
    void aWithdrawnServiceLosesItsTileAndARestoredVersionBringsItBack() {
        touched.add(VEHICLE);
        int read = configurations.of(COUNCIL, VEHICLE).revision();
        int first = configurations.of(COUNCIL, VEHICLE).version();
        drafts.save(COUNCIL, VEHICLE, new ServiceSettings(false, null, null, null, null, null, null, null, null, null, null), read, "mh.admin");
        publisher.publish(COUNCIL, VEHICLE, "mh.admin");
        assertThat(offers.of(COUNCIL, VEHICLE)).isEmpty();

        DraftView restored = publisher.restore(COUNCIL, VEHICLE, first, "mh.admin");
        publisher.publish(COUNCIL, VEHICLE, "mh.admin");

        assertThat(restored.settings().link()).isEqualTo("https://www.malvernhills.gov.uk/abandoned-vehicles");
        assertThat(offers.of(COUNCIL, VEHICLE)).get().extracting(ServiceOffers.ServiceOffer::link)
                .isEqualTo("https://www.malvernhills.gov.uk/abandoned-vehicles");
    }

    private static ServiceSettings asForm(String label) {
        Question where = new Question("where", QuestionType.TEXT, label, null, true, null, null, 200, null, null, null, null, null, null);
        return new ServiceSettings(true, "form", null, "Report dog mess left in a public place.", null, false, 5,
                List.of(new PortalDefinition.Response("Cleared", "We cleared it: {reference}.", "fixed")),
                new ServiceSettings.FormSettings(null, List.of(where)), null, null);
    }

    private static ServiceSettings asLink(String summary) {
        return new ServiceSettings(true, "link", "https://www.malvernhills.gov.uk/abandoned-vehicles", summary, null, false,
                null, List.of(), null, null, null);
    }
}
