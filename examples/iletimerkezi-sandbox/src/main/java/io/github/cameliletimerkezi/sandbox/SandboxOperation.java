package io.github.cameliletimerkezi.sandbox;

/**
 * One operation of the provider's API, registered by its path in {@link IletiMerkeziSandbox}. For the current API the
 * request has already been authenticated; legacy operations check their own credentials, which travel in another
 * shape. A new operation is a new implementation and one more registration.
 */
interface SandboxOperation {

    /**
     * @param request the parsed request body, its root element ({@code <request>} for the current API)
     */
    SandboxAnswer answer(XmlNode request);
}
