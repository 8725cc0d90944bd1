package uk.tierless.requests;

import uk.tierless.forms.Answers;
import uk.tierless.forms.FormView;
import uk.tierless.forms.QuestionType;
import uk.tierless.gazetteer.Location;
import uk.tierless.gazetteer.PlaceQuery;
import uk.tierless.platform.Text;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Everything a request is made from once its submission has been checked: kept as it is while the resident pays for
 * a paid service ({@link PaidRequests}), so the request made after the payment is the one that was checked.
 * {@code postcode} is the one it is tracked by; {@code lat} and {@code lon} only for a request made at a map point;
 * {@code choice}, what the resident chose at a booking desk ({@link BookingDesk}), else null.
 */
record Making(String service, UUID formVersionId, String origin, String channel, String client, String postcode,
              Long uprn, Double lat, Double lon, String addressText, Map<String, Object> facts,
              Map<String, Object> personal, String email, String phone, String idempotencyKey, String device,
              Integer targetDays, List<String> photos, Map<String, Object> choice) {

    static Making of(Requests.Submission submission, FormView form, Answers.Checked answers, String origin,
                     Integer targetDays, String postcode, Map<String, Object> choice) {
        PlaceQuery where = submission.where();
        Location point = where.hasUprn() || where.hasPostcode() ? null : where.point();
        List<String> photos = form.questions().stream().filter(question -> question.type() == QuestionType.PHOTO)
                .map(question -> answers.facts().getOrDefault(question.id(), answers.personal().get(question.id())))
                .filter(Objects::nonNull).map(Object::toString).toList();
        return new Making(submission.service(), form.id(), origin, submission.channel(), submission.client(), postcode,
                where.hasUprn() ? Long.valueOf(where.uprn) : null, point == null ? null : point.lat(),
                point == null ? null : point.lon(), submission.address() == null ? null : submission.address().text(),
                answers.facts(), answers.personal(), Text.blankToNull(submission.email()),
                Text.blankToNull(submission.phone()), submission.idempotencyKey(), submission.device(), targetDays, photos,
                choice);
    }
}
