package io.postmortems.jira.testing;

import org.apache.commons.dbcp.BasicDataSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The databases every Active Objects test runs on: in-memory HSQLDB, and the local PostgreSQL and MariaDB servers
 * that the project's machines and CI start (127.0.0.1, database {@code test}). Each server gets its own
 * schema/database for these tests ({@value #SCHEMA}), made on first use, so the tests never touch anything else in
 * {@code test}. The MariaDB database is {@code utf8mb4} with a binary collation, as Atlassian's setup guide for Jira on
 * MySQL prescribes, and its server gets that guide's {@code max_allowed_packet} if it has less. A server that does not answer fails the test with the command that starts it: CI guarantees
 * both, so a missing server is a broken machine, not a reason to skip.
 */
public enum TestDatabase {
    HSQLDB("HSQLDB (in memory)", "jdbc:hsqldb:mem:" + TestDatabase.SCHEMA, null, "sa", "", null, null),
    POSTGRESQL("PostgreSQL at 127.0.0.1:5432",
            "jdbc:postgresql://127.0.0.1:5432/test?connectTimeout=5&socketTimeout=120&currentSchema=" + TestDatabase.SCHEMA,
            "jdbc:postgresql://127.0.0.1:5432/test?connectTimeout=5",
            "postgres", "", TestDatabase.SCHEMA,
            "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start"),
    MARIADB("MariaDB at 127.0.0.1:3306",
            "jdbc:mariadb://127.0.0.1:3306/" + TestDatabase.SCHEMA + "?connectTimeout=5000&socketTimeout=120000&nullDatabaseMeansCurrent=true",
            "jdbc:mariadb://127.0.0.1:3306/test?connectTimeout=5000",
            "root", "", null,
            "start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd");

    /** The schema (PostgreSQL) or database (MariaDB, HSQLDB) the tests' tables live in. */
    public static final String SCHEMA = "pm_ao_test";

    /** 256 MB, the max_allowed_packet Jira's MySQL setup guide requires. */
    static final long JIRA_MAX_ALLOWED_PACKET = 256L * 1024 * 1024;

    private final String label;
    private final String url;
    private final String adminUrl;
    private final String user;
    private final String password;
    private final String schema;
    private final String startCommand;
    private boolean prepared;
    private BasicDataSource pool;

    TestDatabase(String label, String url, String adminUrl, String user, String password, String schema,
                 String startCommand) {
        this.label = label;
        this.url = url;
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
        this.schema = schema;
        this.startCommand = startCommand;
    }

    /** All three, for {@code @Parameterized.Parameters}. */
    public static List<TestDatabase> all() {
        return List.of(values());
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** The schema Active Objects is told to use (PostgreSQL), or null for the connection's database. */
    public String schema() {
        return schema;
    }

    /** A connection to the tests' schema/database from a small pool; close it to give it back. */
    public Connection connect() throws SQLException {
        return pool().getConnection();
    }

    private synchronized BasicDataSource pool() {
        prepare();
        if (pool == null) {
            pool = new BasicDataSource();
            pool.setUrl(url);
            pool.setUsername(user);
            pool.setPassword(password);
            pool.setMaxActive(8);
        }
        return pool;
    }

    /** Checks the server answers and makes the tests' schema/database; an {@link AssertionError} saying how if not. */
    public synchronized void prepare() {
        if (prepared || adminUrl == null) {
            prepared = true;
            return;
        }
        try (Connection c = DriverManager.getConnection(adminUrl, user, password);
             Statement s = c.createStatement()) {
            if (this == POSTGRESQL) {
                s.execute("CREATE SCHEMA IF NOT EXISTS " + SCHEMA);
            } else {
                s.execute("CREATE DATABASE IF NOT EXISTS " + SCHEMA
                        + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
                // Atlassian's guide for Jira on MySQL requires max_allowed_packet=256M; MariaDB's default (16M) refuses
                // the largest document the app accepts (16 M chars of JSON, up to 48 MB of UTF-8). New connections
                // see the new value.
                try (var rs = s.executeQuery("SELECT @@GLOBAL.max_allowed_packet")) {
                    if (rs.next() && rs.getLong(1) < JIRA_MAX_ALLOWED_PACKET) {
                        s.execute("SET GLOBAL max_allowed_packet = " + JIRA_MAX_ALLOWED_PACKET);
                    }
                }
            }
        } catch (SQLException e) {
            throw new AssertionError(label + " (database test, user " + user + ") does not answer: " + e.getMessage()
                    + ". The Active Objects tests run on it; start it with: " + startCommand, e);
        }
        prepared = true;
    }

    @Override
    public String toString() {
        return name();
    }
}
