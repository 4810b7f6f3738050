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

import io.github.cameliletimerkezi.model.DeliveryUpdate;
import io.github.cameliletimerkezi.model.OrderUpdate;
import org.apache.camel.Message;

/**
 * How an emitted update is told on its message's headers. The component's header names belong to the Camel entry
 * package above this one, which passes the {@link UpdateEmitter} its implementation.
 */
public interface UpdateHeaders {

    /** A recipient's update: its order, number and delivery status. */
    void recipient(Message message, DeliveryUpdate update);

    /** An order that reached a final status. */
    void order(Message message, OrderUpdate update);

    /** The update's identity in the idempotent repository, on every emitted message. */
    void key(Message message, String key);
}
