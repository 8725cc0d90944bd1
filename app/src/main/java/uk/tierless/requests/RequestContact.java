package uk.tierless.requests;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import uk.tierless.tenancy.TenantOwned;

import java.util.Map;
import java.util.UUID;

/**
 * A request's personal data, kept apart from its facts so that it can be erased on its own: the contact details
 * (used to send updates about this request, and nothing else) and the answers marked personal.
 */
@Entity
@Table(name = "request_contacts")
public class RequestContact extends TenantOwned {

    @Column(name = "request_id", nullable = false, updatable = false)
    public UUID requestId;

    public String email;

    public String phone;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "personal_answers", nullable = false)
    public Map<String, Object> personalAnswers;
}
