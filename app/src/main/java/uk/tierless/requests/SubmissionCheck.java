package uk.tierless.requests;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.tierless.api.ApiError;
import uk.tierless.api.ApiException;
import uk.tierless.forms.Answers;
import uk.tierless.forms.FormView;
import uk.tierless.forms.QuestionType;
import uk.tierless.photos.Photos;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The checks of a submission to an offer, before anything is written: the idempotency key's shape, the channel, the
 * contact details, the answers to the offer's form, the place and the photos. {@code Requests.submit} makes a request
 * only from a submission that passes; {@code Requests.check} runs the same checks alone (the Open311 sandbox).
 */
@ApplicationScoped
class SubmissionCheck {

    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9_-]{8,100}");

    @Inject
    Clock clock;

    @Inject
    Photos photos;

    /** The submission's answers checked, or a 400 listing every problem; it writes nothing. */
    Answers.Checked answers(Requests.Submission submission, Requests.Offer offer) {
        if (!offer.form().service().equals(submission.service()) || !offer.form().council().equals(offer.council().slug())) {
            throw new IllegalArgumentException("The offer is " + offer.form().council() + "'s form for "
                    + offer.form().service() + ", not one for " + submission.service());
        }
        List<ApiError.FieldError> errors = new ArrayList<>();
        if (submission.idempotencyKey() == null || !IDEMPOTENCY_KEY.matcher(submission.idempotencyKey()).matches()) {
            errors.add(new ApiError.FieldError("idempotencyKey",
                    "idempotencyKey must be 8 to 100 letters, digits, - or _, the same for every retry of one submission"));
        }
        if (!Channels.ALL.contains(submission.channel())) {
            errors.add(new ApiError.FieldError("channel", "channel must be one of web, app, phone, face_to_face"));
        }
        errors.addAll(ContactCheck.errors(submission.email(), submission.phone()));
        FormView form = offer.form();
        Answers.Checked answers = Answers.check(form.questions(), submission.answers(), Answers.today(clock));
        errors.addAll(answers.errors());
        errors.addAll(placeErrors(form, submission));
        form.questions().stream().filter(question -> question.type() == QuestionType.PHOTO)
                .filter(question -> answers.valid() && photoMissing(answers, question.id()))
                .forEach(question -> errors.add(new ApiError.FieldError(question.id(),
                        question.label() + ": that photo was not found; add it again")));
        if (!errors.isEmpty()) {
            throw ApiException.invalid("Some answers need changing.", errors);
        }
        return answers;
    }

    /**
     * A request is about a place: its form's place question, the address (UPRN) or map point it was made at, or the
     * address in words where the gazetteer does not list it. A postcode alone routes it but does not say where.
     */
    private static List<ApiError.FieldError> placeErrors(FormView form, Requests.Submission submission) {
        if (submission.address() != null) {
            return submission.address().errors();
        }
        boolean placeQuestion = form.questions().stream().anyMatch(question -> question.type() == QuestionType.LOCATION);
        if (placeQuestion || submission.where().hasUprn() || !submission.where().hasPostcode()) {
            return List.of();
        }
        return new AddressWords(null, null).errors();
    }

    private boolean photoMissing(Answers.Checked answers, String questionId) {
        Object id = answers.facts().containsKey(questionId) ? answers.facts().get(questionId) : answers.personal().get(questionId);
        return id != null && !photos.exists(id.toString());
    }
}
