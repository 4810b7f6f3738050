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
