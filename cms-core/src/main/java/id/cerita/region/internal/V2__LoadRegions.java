package id.cerita.region.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/** Loads the 38 provinces and 514 regencies and cities, with their flags, as part of the schema's history. */
@Component
class V2__LoadRegions extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        // Read only when the migration runs: a started database never pays for parsing 17,000 islands again.
        RegionDataSet dataSet = RegionDataSet.fromClasspath();
        if (!dataSet.unresolvedTertinggal().isEmpty()) {
            throw new IllegalStateException("Daerah tertinggal without a current regency: " + dataSet.unresolvedTertinggal());
        }
        insert(context.getConnection(), dataSet.regions());
    }

    private static void insert(Connection connection, List<RegionRow> rows) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO region (code, name, type, province_code, tertinggal, outermost_islands) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (RegionRow row : rows) {
                insert.setString(1, row.code());
                insert.setString(2, row.name());
                insert.setString(3, row.type());
                insert.setString(4, row.provinceCode());
                insert.setBoolean(5, row.tertinggal());
                insert.setInt(6, row.outermostIslands());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    record RegionRow(String code, String name, String type, String provinceCode, boolean tertinggal, int outermostIslands) {
    }

    static Reader resource(String path) throws IOException {
        var in = V2__LoadRegions.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IOException("Missing region data on the classpath: " + path
                    + " (it is unpacked from the npm package idn-area-data when cms-core is built)");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
