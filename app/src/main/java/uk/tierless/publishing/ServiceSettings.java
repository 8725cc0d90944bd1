package uk.tierless.publishing;

import uk.tierless.catalogue.Dispatch;
import uk.tierless.catalogue.PaymentSettings;
import uk.tierless.catalogue.PortalDefinition;
import uk.tierless.forms.FormDefinition;
import uk.tierless.forms.Question;

import java.util.List;

/**
 * A council's settings for one service as administrators read and write them (the API's fields; docs/api.md):
 * the offer of services.yaml under the API's names ({@code info} for the content), with whether it is offered.
 * {@code dispatch} names secrets only by their environment variables, so it is safe to show and to audit;
 * {@code payment} is what the service charges (docs/fees.md).
 */
public record ServiceSettings(Boolean offered, String mode, String link, String summary, String info, Boolean pinned,
                              Integer targetDays, List<PortalDefinition.Response> responses, FormSettings form,
                              Dispatch dispatch, PaymentSettings payment) {

    /** A form's questions, and the number of the published form version they are ({@code version} null in a draft). */
    public record FormSettings(Integer version, List<Question> questions) {
    }

    static ServiceSettings of(boolean offered, PortalDefinition.Offer offer, Integer formVersion) {
        FormSettings form = offer.form() == null ? null : new FormSettings(formVersion, offer.form().questions());
        return new ServiceSettings(offered, offer.mode(), offer.link(), offer.summary(), offer.content(),
                offer.isPinned(), offer.targetDays(), offer.responsesOrEmpty(), form, offer.dispatch(), offer.payment());
    }

    boolean isOffered() {
        return !Boolean.FALSE.equals(offered);
    }

    PortalDefinition.Offer toOffer(String service) {
        FormDefinition definition = form == null ? null
                : new FormDefinition(form.questions() == null ? List.of() : List.copyOf(form.questions()));
        return new PortalDefinition.Offer(service, mode, summary, link, info, Boolean.TRUE.equals(pinned), definition,
                targetDays, responses == null ? List.of() : List.copyOf(responses), dispatch, payment);
    }
}
