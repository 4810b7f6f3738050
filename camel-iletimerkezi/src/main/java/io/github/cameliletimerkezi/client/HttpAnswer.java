package io.github.cameliletimerkezi.client;

/**
 * What came back over HTTP: the status, the decoded body (empty when there was none) and the Location header of a
 * redirect (else null).
 */
public record HttpAnswer(int status, String body, String location) {

    public HttpAnswer(int status, String body) {
        this(status, body, null);
    }
}
