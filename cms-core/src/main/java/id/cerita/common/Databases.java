package id.cerita.common;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

/** Which database Cerita runs on, for the few places where PostgreSQL and the embedded H2 differ. */
public final class Databases {

    private Databases() {
    }

    public static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().startsWith("PostgreSQL");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read which database this is", e);
        }
    }
}
