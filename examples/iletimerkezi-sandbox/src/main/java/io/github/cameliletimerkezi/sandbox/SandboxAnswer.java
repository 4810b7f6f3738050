package io.github.cameliletimerkezi.sandbox;

/**
 * What the sandbox sends back: the status (also the HTTP status, as the provider does) and the XML body.
 */
record SandboxAnswer(int status, String body) {

    static SandboxAnswer of(int status) {
        return new SandboxAnswer(status, XmlAnswer.status(status).end());
    }
}
