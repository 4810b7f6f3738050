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
package io.github.cameliletimerkezi.client.xml;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParserFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scanner takes the provider's recorded answers and nothing outside its subset, and whatever it takes it reads as
 * the secured SAX parser reads it: the same envelope, or a refusal where the parser refuses. The reference here is the
 * SAX parser with the same handler, as the codec read every answer before the scanner; XmlCodecMatchesJaxbTest ties
 * that to JAXB.
 */
class PlainXmlScannerTest {

    /** The reference parser, built once per test (a parser is reused one document after another, as in the codec). */
    private XMLReader reader;

    static Stream<String> recorded() throws Exception {
        return XmlCodecMatchesJaxbTest.answers().limit(16);
    }

    @ParameterizedTest
    @MethodSource("recorded")
    void everyRecordedAnswerIsScannedAndReadAsTheParserReadsIt(String answer) throws Exception {
        ResponseXmlHandler scanned = new ResponseXmlHandler();

        assertThat(new PlainXmlScanner().scan(answer, scanned)).as("taken by the scanner").isTrue();

        assertThat(XmlCodecMatchesJaxbTest.dump(scanned.envelope())).isEqualTo(parsed(answer));
    }

    static Stream<String> outsideTheSubset() {
        return Stream.of(
                "<!DOCTYPE response><response/>",
                "<!DOCTYPE response [<!ENTITY x \"y\">]><response><status><code>&x;</code></status></response>",
                "<response><status><code>2&amp;0</code></status></response>",
                "<response><status><code>&#50;00</code></status></response>",
                "<response><status><code><![CDATA[200]]></code></status></response>",
                "<response><!-- c --><status/></response>",
                "<response><?pi x?></response>",
                "<response a=\"1\"/>",
                "<response xmlns=\"urn:x\"><status/></response>",
                "<p:response xmlns:p=\"urn:x\"/>",
                "<response><status><code>200</code>\r\n</status></response>",
                "\uFEFF<response/>",
                "<?xml version=\"1.0\" encoding=\"ISO-8859-9\"?><response/>",
                "<?xml version='1.0'?><response/>",
                " <?xml version=\"1.0\"?><response/>",
                "<response><status></code></status></response>",
                "<response><status>",
                "<response/><response/>",
                "<response/>text",
                "text<response/>",
                "<response>a]]>b</response>",
                "<response>\u0001</response>",
                "<response>\uFFFD</response>",
                "<response>\uD800</response>",
                "<response>x</response >junk",
                "<respönse/>",
                "<1response/>",
                "<response><" + "a".repeat(1001) + "/></response>",
                "<response><" + "a".repeat(65) + "/></response>",
                "<response>" + "<a>".repeat(16) + "</a>".repeat(16) + "</response>",
                "",
                "   ");
    }

    @ParameterizedTest
    @MethodSource("outsideTheSubset")
    void whatIsOutsideTheSubsetIsLeftToTheParser(String document) throws Exception {
        assertThat(new PlainXmlScanner().scan(document, new ResponseXmlHandler())).isFalse();
        assertThat(codec(document)).isEqualTo(parsed(document));
    }

    @Test
    void anAnswerInAnotherCharsetOrNotInUtf8IsReadByTheParser() throws Exception {
        String answer = "<?xml version=\"1.0\" encoding=\"ISO-8859-9\"?><response><status><code>200</code>"
                        + "<message>İşlem başarılı</message></status></response>";
        byte[] latin5 = answer.getBytes(Charset.forName("ISO-8859-9"));

        assertThat(XmlCodec.readResponse(latin5, null).status.message).isEqualTo("İşlem başarılı");
        assertThat(XmlCodec.readResponse(latin5, Charset.forName("ISO-8859-9")).status.message).isEqualTo("İşlem başarılı");
        byte[] noDeclaration = "<response><status><message>İş</message></status></response>"
                .getBytes(Charset.forName("ISO-8859-9"));
        // not UTF-8: the parser refuses the bytes, as it did before the scanner
        assertThat(outcome(() -> XmlCodec.readResponse(noDeclaration, null)))
                .isEqualTo(outcome(() -> parse(new InputSource(new ByteArrayInputStream(noDeclaration)))));
        assertThat(XmlCodec.readResponse("<response><status><code>1</code></status></response>"
                .getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).status.code).isEqualTo("1");
    }

    /**
     * Changes every recorded answer many times over (a character taken out, doubled or replaced by one that matters to
     * XML) and reads each result both ways: the outcome must be the same whether the scanner or the parser read it.
     */
    @Test
    void changedAnswersAreReadAsTheParserReadsThem() throws Exception {
        Random random = new Random(20261207);
        String alphabet = "<>/&;!?[]-='\" \n\r\tx:\uFFFDİ\uD83D";
        List<String> answers = recorded().toList();
        int scanned = 0;
        int documents = 0;
        for (String answer : answers) {
            for (int round = 0; round < 200; round++) {
                StringBuilder changed = new StringBuilder(answer);
                for (int edits = 1 + random.nextInt(3); edits > 0 && changed.length() > 0; edits--) {
                    int at = random.nextInt(changed.length());
                    switch (random.nextInt(3)) {
                        case 0 -> changed.deleteCharAt(at);
                        case 1 -> changed.insert(at, changed.charAt(at));
                        default -> changed.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    }
                }
                String document = changed.toString();
                documents++;
                try {
                    if (new PlainXmlScanner().scan(document, new ResponseXmlHandler())) {
                        scanned++;
                    }
                } catch (SAXException refusedByTheHandler) {
                    // a root other than <response>: the scanner took the document, the handler refused it
                    scanned++;
                }
                assertThat(codec(document)).as(document).isEqualTo(parsed(document));
                byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
                assertThat(outcome(() -> XmlCodec.readResponse(bytes, null))).as(document)
                        .isEqualTo(outcome(() -> parse(new InputSource(new ByteArrayInputStream(bytes)))));
            }
        }
        // both kinds were met: changes the scanner took, and changes it left to the parser
        assertThat(documents).isEqualTo(answers.size() * 200);
        assertThat(scanned).isBetween(documents / 10, documents - documents / 10);
    }

    private interface Read {
        ResponseEnvelope read() throws Exception;
    }

    private String codec(String document) {
        return outcome(() -> XmlCodec.readResponse(document));
    }

    private String parsed(String document) {
        return outcome(() -> parse(new InputSource(new StringReader(document))));
    }

    /** The envelope read, or "refused" when the reading threw: what the client makes of an answer. */
    private static String outcome(Read read) {
        try {
            ResponseEnvelope envelope = read.read();
            return XmlCodecMatchesJaxbTest.dump(envelope);
        } catch (Exception e) {
            return "refused";
        }
    }

    /** The secured SAX parser with the codec's handler: how the codec read every answer before the scanner. */
    private ResponseEnvelope parse(InputSource source) throws Exception {
        if (reader == null) {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            reader = factory.newSAXParser().getXMLReader();
        }
        ResponseXmlHandler handler = new ResponseXmlHandler();
        reader.setContentHandler(handler);
        reader.setErrorHandler(handler);
        reader.parse(source);
        ResponseEnvelope envelope = handler.envelope();
        if (envelope == null) {
            throw new IllegalStateException("no root element");
        }
        return envelope;
    }
}
