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
package io.github.cameliletimerkezi.karaf;

import java.io.File;

import javax.inject.Inject;

import io.github.cameliletimerkezi.IletiMerkeziConstants;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.karaf.core.OsgiDefaultCamelContext;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.features;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.replaceConfigurationFile;

/**
 * Karaf 4.4.8 with the test-only stand-in for camel-karaf's camel-core and the camel-iletimerkezi feature: camel-karaf's
 * activator finds the component in our bundle, and a route sends one SMS to the sandbox, which runs in the test JVM.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class KarafContainerIT {

    @Inject
    private BundleContext bundleContext;

    @Configuration
    public Option[] configuration() {
        String[] sandbox = SandboxInTestJvm.start();
        String target = System.getProperty("karaf.it.target");
        return new Option[] {
            karafDistributionConfiguration()
                    .frameworkUrl(maven("org.apache.karaf", "apache-karaf", System.getProperty("karaf.it.version")).type("zip"))
                    .unpackDirectory(new File(target, "exam")).useDeployFolder(false),
            keepRuntimeFolder(),
            configureConsole().ignoreLocalConsole(),
            logLevel(LogLevel.WARN),
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                    System.getProperty("karaf.it.localRepository")),
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.repositories",
                    "https://repo1.maven.org/maven2@id=central"),
            // hides camel-karaf's camel-core 4.14.5, whose bundles cannot be downloaded here, behind the stand-in
            replaceConfigurationFile("etc/org.apache.karaf.features.xml", new File(target, "stand-in/stand-in-processing.xml")),
            features(new File(target, "stand-in/camel-core-stand-in.xml").toURI().toString(), "camel-core"),
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.defaultRepositories",
                    new File(target, "container-repository").toURI() + "@snapshots@id=build"),
            features(new File(target, "feature/features.xml").toURI().toString(), "camel-iletimerkezi"),
            systemProperty("im.endpoint").value(sandbox[0]),
            systemProperty("im.publicKey").value(sandbox[1]),
            systemProperty("im.secretKey").value(sandbox[2]),
        };
    }

    @Test
    public void sendsAnSmsThroughTheInstalledFeature() throws Exception {
        Bundle component = null;
        for (Bundle bundle : bundleContext.getBundles()) {
            if ("io.github.cameliletimerkezi.camel-iletimerkezi".equals(bundle.getSymbolicName())) {
                component = bundle;
            }
        }
        assertNotNull("the camel-iletimerkezi bundle is installed", component);
        assertEquals(Bundle.ACTIVE, component.getState());

        OsgiDefaultCamelContext context = new OsgiDefaultCamelContext(bundleContext);
        context.start();
        try {
            ProducerTemplate template = context.createProducerTemplate();
            String uri = "iletimerkezi:send?sender=SANDBOX&baseUrl=" + System.getProperty("im.endpoint")
                    + "&publicKey=" + System.getProperty("im.publicKey") + "&secretKey=" + System.getProperty("im.secretKey");
            IletiMerkeziResponse answer = template.requestBodyAndHeader(uri, "Kargonuz yolda",
                    IletiMerkeziConstants.RECIPIENTS, "5301234501", IletiMerkeziResponse.class);
            assertFalse(answer.toString(), answer.isError());
            assertNotNull(answer.getOrderId());
            assertEquals("4.14.4", ((CamelContext) context).getVersion());
        } finally {
            context.stop();
        }
    }
}
