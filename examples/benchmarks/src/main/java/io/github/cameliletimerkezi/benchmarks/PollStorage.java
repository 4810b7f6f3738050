package io.github.cameliletimerkezi.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import io.github.cameliletimerkezi.IletiMerkeziConfiguration;
import io.github.cameliletimerkezi.jdbc.JdbcFollowedOrderStore;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The report consumer's followed orders on PostgreSQL for the poll measurement (the orderStore option with
 * JdbcFollowedOrderStore), in a table no other run uses, and what a poll wrote there: rows inserted, updated and
 * deleted in that table, and the WAL the server wrote meanwhile (the whole server's, so run it on a server nothing
 * else writes to).
 */
final class PollStorage {

    /** What was written between two readings. */
    record Writes(long rows, long walBytes) {
    }

    private final DataSource dataSource;
    private final String table;

    PollStorage(String jdbcUrl) {
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setURL(jdbcUrl);
        this.dataSource = pg;
        String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        this.table = "poll_orders_" + run;
    }

    void configure(IletiMerkeziConfiguration configuration) {
        configuration.setOrderStore(new JdbcFollowedOrderStore(dataSource, table));
    }

    /** Rows written to the table so far, and the server's WAL position. */
    Writes read() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            // the statistics of other sessions arrive when they end or within a second; the consumer's data source
            // opens a connection per call, so they have ended
            long rows = 0;
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0) FROM pg_stat_user_tables"
                    + " WHERE relname = ?")) {
                statement.setString(1, table);
                try (ResultSet result = statement.executeQuery()) {
                    result.next();
                    rows = result.getLong(1);
                }
            }
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT pg_wal_lsn_diff(pg_current_wal_insert_lsn(), '0/0')::bigint");
                 ResultSet result = statement.executeQuery()) {
                result.next();
                return new Writes(rows, result.getLong(1));
            }
        }
    }
}
