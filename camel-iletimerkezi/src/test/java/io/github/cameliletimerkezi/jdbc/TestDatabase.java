/*
 * Copyright 2026 the camel-iletimerkezi authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.cameliletimerkezi.jdbc;

import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The PostgreSQL database the tests share, named by ILETIMERKEZI_TEST_JDBC_URL (or the system property of the same
 * name); tests that need it are skipped with a message when it is not given. {@code .ci/postgres} starts one.
 */
public final class TestDatabase {

    public static final String ADDRESS = "ILETIMERKEZI_TEST_JDBC_URL";

    private TestDatabase() {
    }

    public static String url() {
        String url = System.getProperty(ADDRESS, System.getenv(ADDRESS));
        assumeTrue(url != null && !url.isBlank(),
                "Skipped: no PostgreSQL address; set " + ADDRESS + " (.ci/postgres starts a private server and prints one)");
        return url;
    }

    public static DataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url());
        return dataSource;
    }

    /** A table name no other test run uses. */
    public static String freshTable(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
