package uk.tierless.admin;

import uk.tierless.api.ApiError;
import uk.tierless.api.ApiException;
import uk.tierless.catalogue.Dispatch;
import uk.tierless.catalogue.PaymentSettings;
import uk.tierless.catalogue.PortalDefinition;
import uk.tierless.publishing.ServiceSettings;

import java.util.List;

/**
 * The body of {@code PUT …/services/{service}/draft}: the settings fields of a list item and the {@code revision}
 * that was read. Other fields of the item ({@code service}, {@code draft}, …) may be sent back and are ignored.
 */
public record DraftRequest(Boolean offered, String mode, String link, String summary, String info, Boolean pinned,
                           Integer targetDays, List<PortalDefinition.Response> responses,
                           ServiceSettings.FormSettings form, Dispatch dispatch, PaymentSettings payment,
                           Integer revision) {

    /** The revision the writer read, or a 400 that says what to send. */
    int checkedRevision() {
        if (revision == null || revision < 0) {
            throw ApiException.invalid("The draft was not saved: send the revision you read with it.",
                    List.of(new ApiError.FieldError("revision", revision == null
                            ? "revision is missing: send the revision of the service as you read it (0 for one never changed)"
                            : "revision must be a whole number from 0")));
        }
        return revision;
    }

    ServiceSettings settings() {
        return new ServiceSettings(offered, mode, link, summary, info, pinned, targetDays, responses, form, dispatch,
                payment);
    }
}
