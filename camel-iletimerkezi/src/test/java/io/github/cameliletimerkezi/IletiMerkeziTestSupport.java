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
package io.github.cameliletimerkezi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * A CamelContext whose iletimerkezi component talks to a WireMock server standing in for the provider. The component
 * sees an empty environment, so the machine's IM_* variables never leak into a test.
 */
public abstract class IletiMerkeziTestSupport extends CamelTestSupport {

    protected static final String USERNAME = "USERNAME";
    protected static final String PASSWORD = "PASSWORD";
    protected static final String PHONE = "5301234567";

    protected static WireMockServer wireMock;

    @BeforeAll
    static void startWireMock() {
        wireMock = new WireMockServer(wireMockConfig().dynamicPort().templatingEnabled(true));
        wireMock.start();
    }

    @AfterAll
    static void stopWireMock() {
        wireMock.stop();
    }

    /**
     * Stubs are cleared after each test as well as before: the next test's context starts its consumers before this
     * class's {@code @BeforeEach} runs, and a first poll answered by the previous test's stubs would decide its result.
     */
    @BeforeEach
    @AfterEach
    void resetWireMock() {
        wireMock.resetAll();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        IletiMerkeziComponent component = new IletiMerkeziComponent();
        component.setEnvironment(environment()::get);
        configureComponent(component);
        context.addComponent("iletimerkezi", component);
        return context;
    }

    /** The component's defaults for this test class: the WireMock address and username/password credentials. */
    protected void configureComponent(IletiMerkeziComponent component) {
        component.getConfiguration().setBaseUrl(wireMock.baseUrl());
        component.getConfiguration().setUsername(USERNAME);
        component.getConfiguration().setPassword(PASSWORD);
        component.getConfiguration().setSender("APITEST");
    }

    /** The environment variables the component sees. */
    protected Map<String, String> environment() {
        return Map.of();
    }

    protected static String sample(String name) {
        try (InputStream in = IletiMerkeziTestSupport.class.getResourceAsStream("/samples/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No sample " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An answer as the provider sends it: the HTTP status mirrors the body's status code. */
    protected static ResponseDefinitionBuilder xmlAnswer(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "text/xml; charset=utf-8").withBody(body);
    }

    protected static ResponseDefinitionBuilder sampleAnswer(int status, String sampleName) {
        return xmlAnswer(status, sample(sampleName));
    }
}
