package uk.tierless.publishing;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * One service of a council as its administrators see it: the service, the settings residents see now (from the
 * latest published version; not offered and empty before the first), the draft if any, the revision to send with
 * a save, and the latest published version's number (null before the first).
 */
public record ServiceConfiguration(String service, String name, String group, @JsonUnwrapped ServiceSettings settings,
                                   DraftView draft, int revision, Integer version) {
}
