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
package io.github.cameliletimerkezi.report;

/**
 * The idempotent repository could not be read or written. Nothing about the update is known to be recorded: it comes
 * again (the poll fails as a whole and is repeated; a push is answered 500).
 */
public class UpdateRepositoryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UpdateRepositoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
