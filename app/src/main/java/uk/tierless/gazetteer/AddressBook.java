package uk.tierless.gazetteer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The addresses behind UPRNs, for the features that keep a UPRN and must show people the address: many at once (a
 * page of the work queue is one round trip), and the other way, the UPRNs whose address or postcode matches words.
 */
@ApplicationScoped
public class AddressBook {

    /** A search matches at most this many addresses: enough for a street, not the whole gazetteer. */
    static final int MAX_MATCHES = 1000;

    @Inject
    DataSource dataSource;

    /** An address as residents write it, with its postcode for display. */
    public record Address(long uprn, String address, String postcode) {
    }

    /** The known addresses of these UPRNs; an unknown UPRN is simply absent. */
    public Map<Long, Address> addresses(Collection<Long> uprns) {
        Map<Long, Address> found = new HashMap<>();
        if (uprns.isEmpty()) {
            return found;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select uprn, address, postcode from addresses where uprn = any(?)")) {
            Array array = connection.createArrayOf("bigint", Set.copyOf(uprns).toArray());
            query.setArray(1, array);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    String postcode = row.getString("postcode");
                    found.put(row.getLong("uprn"), new Address(row.getLong("uprn"), row.getString("address"),
                            Postcode.parse(postcode).map(Postcode::display).orElse(postcode)));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The UPRNs whose postcode is these words (any spacing or case), or whose address contains them. */
    public List<Long> uprnsMatching(String words) {
        String text = words == null ? "" : words.trim();
        if (text.isEmpty()) {
            return List.of();
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select uprn from addresses"
                     + " where postcode = ? or address ilike ? escape '\\' order by uprn limit " + MAX_MATCHES)) {
            query.setString(1, Postcode.parse(text).map(Postcode::compact).orElse(""));
            query.setString(2, "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            List<Long> uprns = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    uprns.add(row.getLong(1));
                }
            }
            return uprns;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
