package io.github.cameliletimerkezi.kamelets;

import java.util.Properties;

import io.github.cameliletimerkezi.sandbox.IletiMerkeziSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;

/**
 * A plain Camel context running YAML routes, with the sandbox's address and account as property placeholders
 * ({@code im.base-url}, {@code im.public-key}, {@code im.secret-key}, {@code im.username}, {@code im.password}).
 * Nothing is configured on the iletimerkezi component: the Kamelets carry every setting.
 */
final class KameletRoutes {

    private KameletRoutes() {
    }

    static Properties sandboxProperties(IletiMerkeziSandbox sandbox) {
        Properties properties = new Properties();
        properties.setProperty("im.base-url", sandbox.baseUrl());
        properties.setProperty("im.public-key", sandbox.settings().publicKey());
        properties.setProperty("im.secret-key", sandbox.settings().secretKey());
        properties.setProperty("im.username", sandbox.settings().username());
        properties.setProperty("im.password", sandbox.settings().password());
        return properties;
    }

    /** A context, not started, with the routes of the given files ({@code classpath:} or {@code file:}) loaded. */
    static CamelContext context(Properties properties, String... routeFiles) throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.getPropertiesComponent().setOverrideProperties(properties);
        for (String routeFile : routeFiles) {
            PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.resolveMandatoryResource(context, routeFile));
        }
        return context;
    }
}
