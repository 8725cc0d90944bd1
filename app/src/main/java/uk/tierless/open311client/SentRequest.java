package uk.tierless.open311client;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import uk.tierless.tenancy.TenantOwned;

import java.time.Instant;

/**
 * A Tierless request sent to a council's back office: its reference here, its id there, and where "there" is (the
 * endpoint, the jurisdiction and the name of the environment variable holding the key, never the key). Tenant-owned.
 */
@Entity
@Table(name = "open311_sent")
public class SentRequest extends TenantOwned {

    @Column(nullable = false)
    public String reference;

    @Column(nullable = false)
    public String endpoint;

    public String jurisdiction;

    @Column(name = "api_key_env", nullable = false)
    public String apiKeyEnv;

    @Column(name = "back_office_id", nullable = false)
    public String backOfficeId;

    @Column(name = "sent_at", nullable = false)
    public Instant sentAt;

    /** What the back office's requests.xml last said (status, notes, when changed), for a server without updates. */
    @Column(name = "last_status")
    public String lastStatus;

    @Column(name = "last_notes")
    public String lastNotes;

    @Column(name = "last_updated")
    public String lastUpdated;
}
