package uk.tierless.publishing;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.time.Instant;

/**
 * A draft as the API shows it: its settings, the revision to send back with the next save, the version it started
 * from, the shared service it was adapted from, and who saved it last, when.
 */
public record DraftView(@JsonUnwrapped ServiceSettings settings, int revision, Integer basedOn, String adaptedFrom,
                        Instant updatedAt, String updatedBy) {

    static DraftView of(ServiceDraft draft) {
        return new DraftView(ServiceSettings.of(draft.offered, draft.settings, null), draft.revision, draft.basedOn,
                draft.adaptedFrom, draft.updatedAt, draft.updatedBy);
    }
}
