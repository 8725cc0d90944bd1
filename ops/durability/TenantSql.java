import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Runs one SQL statement as the application role inside one council's tenant scope, the way TenantScope does, and
 * prints the first column of the first row. Used by durability-check.sh, run with the app's own JDBC driver:
 * java -cp postgresql.jar TenantSql.java JDBC_URL USER PASSWORD COUNCIL SQL
 */
public class TenantSql {
    public static void main(String[] args) throws Exception {
        try (Connection connection = DriverManager.getConnection(args[0], args[1], args[2])) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("select set_config('app.tenant', '" + args[3].replace("'", "''") + "', true)");
                if (statement.execute(args[4])) {
                    try (ResultSet result = statement.getResultSet()) {
                        System.out.println(result.next() ? result.getString(1) : "");
                    }
                }
            }
            connection.commit();
        }
    }
}
