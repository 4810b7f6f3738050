package io.github.cameliletimerkezi.client;

/**
 * What came back over HTTP: the status and the decoded body (empty when there was none).
 */
public record HttpAnswer(int status, String body) {
}
