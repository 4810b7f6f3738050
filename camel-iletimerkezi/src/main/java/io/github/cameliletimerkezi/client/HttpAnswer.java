package io.github.cameliletimerkezi.client;

/**
 * What came back over HTTP: the status, the decoded body (empty when there was none) and the Location header of a
 * redirect (else null).
 */
record HttpAnswer(int status, String body, String location) {

    HttpAnswer(int status, String body) {
        this(status, body, null);
    }
}
