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
package io.github.cameliletimerkezi.springboot;

import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import io.github.cameliletimerkezi.IletiMerkeziComponent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged component jar, as the reactor hands it to this module, carries what runtimes and tooling look for:
 * the component list ({@code component.properties}), the component's service file, its JSON descriptor, and the
 * Jandex index Camel Quarkus and Camel K discover third-party components by.
 */
class ComponentJarMetadataTest {

    @Test
    void theJarCarriesTheRuntimeMetadata() throws Exception {
        File location = new File(IletiMerkeziComponent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(location).as("the component as a packaged jar (run mvn verify from the repository root)").isFile();
        try (JarFile jar = new JarFile(location)) {
            Properties components = new Properties();
            try (InputStream in = jar.getInputStream(entry(jar, "META-INF/services/org/apache/camel/component.properties"))) {
                components.load(in);
            }
            assertThat(components).containsEntry("components", "iletimerkezi")
                    .containsEntry("groupId", "io.github.cameliletimerkezi")
                    .containsEntry("artifactId", "camel-iletimerkezi");
            assertThat(components.getProperty("version")).isNotBlank().doesNotContain("${");

            assertThat(read(jar, "META-INF/services/org/apache/camel/component/iletimerkezi"))
                    .contains("class=" + IletiMerkeziComponent.class.getName());
            assertThat(read(jar, "META-INF/io/github/cameliletimerkezi/iletimerkezi.json"))
                    .contains("\"scheme\": \"iletimerkezi\"").contains("\"healthCheckCacheTime\"");

            byte[] index;
            try (InputStream in = jar.getInputStream(entry(jar, "META-INF/jandex.idx"))) {
                index = in.readAllBytes();
            }
            assertThat(index).startsWith((byte) 0xBA, (byte) 0xBE, (byte) 0x1F, (byte) 0x15);
            assertThat(new String(index, StandardCharsets.ISO_8859_1)).contains("IletiMerkeziComponent")
                    .contains("IletiMerkeziEndpoint");
        }
    }

    private static JarEntry entry(JarFile jar, String name) {
        JarEntry entry = jar.getJarEntry(name);
        assertThat(entry).as(name).isNotNull();
        return entry;
    }

    private static String read(JarFile jar, String name) throws Exception {
        try (InputStream in = jar.getInputStream(entry(jar, name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
