package io.github.cameliletimerkezi.jdbc;

import java.util.regex.Pattern;

/** Checks table names before they go into SQL text, where a parameter cannot stand for them. */
final class JdbcTables {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}(\\.[A-Za-z_][A-Za-z0-9_]{0,62})?");

    private JdbcTables() {
    }

    static String checked(String option, String tableName) {
        if (tableName == null || !NAME.matcher(tableName).matches()) {
            throw new IllegalArgumentException(option + " '" + tableName
                                               + "' is not a table name: letters, digits and _ only, optionally schema.table");
        }
        return tableName;
    }
}
