package uk.tierless.requests;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

import java.util.Map;
import java.util.UUID;

/**
 * A request's personal data, kept apart from its facts so that it can be erased on its own: the contact details
 * (used to send updates about this request, and nothing else) and the answers marked personal.
 */
@Entity
@Table(name = "request_contacts")
public class RequestContact extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "request_id", nullable = false, updatable = false)
    public UUID requestId;

    public String email;

    public String phone;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "personal_answers", nullable = false)
    public Map<String, Object> personalAnswers;
}
