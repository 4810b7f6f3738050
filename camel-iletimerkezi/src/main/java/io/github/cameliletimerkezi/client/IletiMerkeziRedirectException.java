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
package io.github.cameliletimerkezi.client;

/**
 * The server answered with a redirect (3xx). Redirects are never followed: a 307 or 308 would post the request, with
 * its credentials, to the host in {@code Location}, and a 301, 302 or 303 would turn a send into a GET whose answer is
 * taken for the send's. The server that redirected did not act on the request; usually {@code baseUrl} is wrong (http
 * instead of https, an old host).
 */
public class IletiMerkeziRedirectException extends IletiMerkeziException {

    private static final long serialVersionUID = 1L;

    private final String locationHost;

    public IletiMerkeziRedirectException(String operation, int httpStatus, String locationHost) {
        super("İleti Merkezi " + operation + " was answered with a redirect (HTTP " + httpStatus + ") to "
              + (locationHost == null ? "no Location" : "host " + locationHost)
              + "; redirects are not followed (they would re-send the credentials): check baseUrl",
              operation, httpStatus, null);
        this.locationHost = locationHost;
    }

    /** The host the redirect pointed to, or null when the answer had no readable Location. */
    public String getLocationHost() {
        return locationHost;
    }
}
