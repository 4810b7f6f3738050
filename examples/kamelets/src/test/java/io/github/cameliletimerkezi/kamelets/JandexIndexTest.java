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

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;

import io.github.cameliletimerkezi.IletiMerkeziComponent;
import io.github.cameliletimerkezi.IletiMerkeziEndpoint;
import org.jboss.jandex.DotName;
import org.jboss.jandex.Index;
import org.jboss.jandex.IndexReader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Camel Quarkus (and so Camel K) discovers a third-party component at build time only through a Jandex index in its
 * jar. The component's build writes {@code META-INF/jandex.idx}; this checks it is in the artifact the Kamelets run
 * from and that it indexes the component.
 */
class JandexIndexTest {

    @Test
    void theComponentArtifactCarriesAJandexIndexOfTheComponent() throws Exception {
        URL location = IletiMerkeziComponent.class.getProtectionDomain().getCodeSource().getLocation();
        Path artifact = Path.of(location.toURI());

        Index index;
        if (Files.isRegularFile(artifact)) {
            try (JarFile jar = new JarFile(artifact.toFile())) {
                assertThat(jar.getEntry("META-INF/jandex.idx")).as("META-INF/jandex.idx in %s", artifact).isNotNull();
                try (InputStream in = jar.getInputStream(jar.getEntry("META-INF/jandex.idx"))) {
                    index = new IndexReader(in).read();
                }
            }
        } else {
            // the reactor hands over target/classes when the build stops before package (mvn test)
            Path file = artifact.resolve("META-INF/jandex.idx");
            assertThat(file).as("META-INF/jandex.idx in %s", artifact).isRegularFile();
            try (InputStream in = Files.newInputStream(file)) {
                index = new IndexReader(in).read();
            }
        }

        assertThat(index.getClassByName(DotName.createSimple(IletiMerkeziComponent.class.getName()))).isNotNull();
        assertThat(index.getClassByName(DotName.createSimple(IletiMerkeziEndpoint.class.getName()))).isNotNull();
        assertThat(index.getAnnotations(DotName.createSimple("org.apache.camel.spi.annotations.Component")))
                .extracting(a -> a.target().asClass().name().toString())
                .containsExactly(IletiMerkeziComponent.class.getName());
    }
}
