package uk.tierless.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.tierless.api.ApiError;
import uk.tierless.api.ApiException;
import uk.tierless.tenancy.PartnershipDefinition;
import uk.tierless.tenancy.TenantRegistry;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A partnership's cost model: the board's own where it has changed it (report_cost_models), else its partnership
 * file's {@code costModel}, else the case studies' figures.
 */
@ApplicationScoped
public class CostModels {

    /** The most one contact may cost, in pence. */
    static final int MOST_PENCE = PartnershipDefinition.CostModel.MOST_PER_CONTACT.movePointRight(2).intValueExact();
    static final int LONGEST_SOURCE = 1000;

    /** A board's change: every field is needed. */
    public record Change(Integer faceToFacePence, Integer phonePence, Integer onlinePence, Integer avoidedCallPercent,
                         String source) {
    }

    @Inject
    DataSource dataSource;

    @Inject
    TenantRegistry registry;

    @Inject
    Clock clock;

    public CostModel of(String partnership) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select face_to_face_pence, phone_pence,"
                     + " online_pence, avoided_call_percent, source, changed_by, changed_at from report_cost_models"
                     + " where partnership = ?")) {
            query.setString(1, partnership);
            try (ResultSet row = query.executeQuery()) {
                if (row.next()) {
                    return new CostModel(row.getInt(1), row.getInt(2), row.getInt(3), row.getInt(4), row.getString(5),
                            CostModel.BOARD, row.getString(6), row.getTimestamp(7).toInstant());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the cost model", e);
        }
        return registry.partnership(partnership).map(PartnershipDefinition::costModel).map(CostModels::fromFile)
                .orElse(CostModel.CASE_STUDIES);
    }

    /** Stores the board's model for the partnership, or a 400 naming every field at fault. */
    public CostModel save(String partnership, Change change, String changedBy) {
        check(change);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement upsert = connection.prepareStatement("insert into report_cost_models (partnership,"
                     + " face_to_face_pence, phone_pence, online_pence, avoided_call_percent, source, changed_by,"
                     + " changed_at) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (partnership) do update set"
                     + " face_to_face_pence = excluded.face_to_face_pence, phone_pence = excluded.phone_pence,"
                     + " online_pence = excluded.online_pence, avoided_call_percent = excluded.avoided_call_percent,"
                     + " source = excluded.source, changed_by = excluded.changed_by, changed_at = excluded.changed_at")) {
            upsert.setString(1, partnership);
            upsert.setInt(2, change.faceToFacePence());
            upsert.setInt(3, change.phonePence());
            upsert.setInt(4, change.onlinePence());
            upsert.setInt(5, change.avoidedCallPercent());
            upsert.setString(6, change.source().strip());
            upsert.setString(7, changedBy);
            upsert.setTimestamp(8, Timestamp.from(Instant.now(clock)));
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the cost model", e);
        }
        return of(partnership);
    }

    private static void check(Change change) {
        List<ApiError.FieldError> errors = new ArrayList<>();
        if (change == null) {
            throw ApiException.invalid("The cost model is missing.", errors);
        }
        Map<String, Integer> costs = new LinkedHashMap<>();
        costs.put("faceToFacePence", change.faceToFacePence());
        costs.put("phonePence", change.phonePence());
        costs.put("onlinePence", change.onlinePence());
        costs.forEach((field, pence) -> {
            if (pence == null || pence < 0 || pence > MOST_PENCE) {
                errors.add(new ApiError.FieldError(field, field + " must be the cost of one contact in pence, from 0 to "
                        + MOST_PENCE));
            }
        });
        Integer share = change.avoidedCallPercent();
        if (share == null || share < 0 || share > 100) {
            errors.add(new ApiError.FieldError("avoidedCallPercent", "avoidedCallPercent must be a percentage from 0 to 100"));
        }
        String source = change.source();
        if (source == null || source.isBlank() || source.strip().length() > LONGEST_SOURCE) {
            errors.add(new ApiError.FieldError("source", "source must say where the figures come from, in "
                    + LONGEST_SOURCE + " characters at most"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid("The cost model is not valid.", errors);
        }
    }

    private static CostModel fromFile(PartnershipDefinition.CostModel file) {
        return new CostModel(pence(file.faceToFace()), pence(file.phone()), pence(file.online()),
                file.avoidedCallShare(), file.source(), CostModel.FILE, null, null);
    }

    private static int pence(BigDecimal pounds) {
        return pounds.movePointRight(2).intValueExact();
    }
}
