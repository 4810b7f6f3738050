package io.github.cameliletimerkezi.karaf;

import io.github.cameliletimerkezi.sandbox.IletiMerkeziSandbox;

/**
 * Starts the sandbox in the JVM that drives the container; only plain strings cross into the container, so the probe
 * never loads a sandbox class.
 */
final class SandboxInTestJvm {

    private static IletiMerkeziSandbox sandbox;

    private SandboxInTestJvm() {
    }

    /** The sandbox's base URL, public key and secret key. */
    static synchronized String[] start() {
        if (sandbox == null) {
            sandbox = IletiMerkeziSandbox.builder().smsCredits(100).start();
            Runtime.getRuntime().addShutdownHook(new Thread(sandbox::stop));
        }
        return new String[] {sandbox.baseUrl(), sandbox.settings().publicKey(), sandbox.settings().secretKey()};
    }
}
