package io.github.cameliletimerkezi.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Raw requests to a started sandbox, as a client in any language would make them. */
final class SandboxHttp {

    static final String USER = "<authentication><username>5551112233</username><password>sandbox-password</password></authentication>";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final IletiMerkeziSandbox sandbox;

    SandboxHttp(IletiMerkeziSandbox sandbox) {
        this.sandbox = sandbox;
    }

    /** send-sms now, one message to the given numbers. */
    HttpResponse<String> send(String text, String... numbers) throws IOException, InterruptedException {
        StringBuilder receipents = new StringBuilder();
        for (String number : numbers) {
            receipents.append("<number>").append(number).append("</number>");
        }
        return xml("send-sms", "<request>" + USER + "<order><sender>SANDBOX</sender><sendDateTime></sendDateTime>"
                               + "<message><text>" + text + "</text><receipents>" + receipents
                               + "</receipents></message></order></request>");
    }

    /** The status of each recipient in get-report's answer, in order. */
    String reportStatuses(String orderId) throws IOException, InterruptedException {
        String body = xml("get-report", "<request>" + USER + "<order><id>" + orderId
                                        + "</id><page>1</page><rowCount>1000</rowCount></order></request>").body();
        StringBuilder statuses = new StringBuilder();
        java.util.regex.Matcher matcher = java.util.regex.Pattern
                .compile("<message>\\s*<number>([^<]*)</number>\\s*<status>(\\d+)</status>").matcher(body);
        while (matcher.find()) {
            statuses.append(statuses.isEmpty() ? "" : " ").append(matcher.group(1)).append('=').append(matcher.group(2));
        }
        return statuses.toString();
    }

    HttpResponse<String> xml(String operation, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/" + operation))
                .header("Content-Type", "text/xml; charset=utf-8").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A request to the sandbox's own API ({@code /sandbox/...}). */
    HttpResponse<String> control(String method, String path, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sandbox.controlUrl() + path));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode state() throws IOException, InterruptedException {
        return MAPPER.readTree(control("GET", "/state", null, null).body());
    }

    static String orderId(HttpResponse<String> sent) {
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("<id>(\\d+)</id>").matcher(sent.body());
        if (!id.find()) {
            throw new AssertionError("no order id in " + sent.body());
        }
        return id.group(1);
    }
}
