package io.github.cameliletimerkezi.springboot;

import java.util.Locale;

final class StarterNames {

    private StarterNames() {
    }

    /** An option name as Spring Boot's canonical property name: baseUrl to base-url. */
    static String dashed(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
