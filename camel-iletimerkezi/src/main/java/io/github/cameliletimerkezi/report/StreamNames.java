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

import org.apache.camel.Route;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;

/**
 * The name a consumer's state and update keys are kept under: the streamName option, else the route's id. A
 * repository the user configured outlives the route's id, so an id Camel assigned (route1, route2, ..., renumbered when
 * a route is added) is refused for it rather than leaving the kept state behind.
 */
public final class StreamNames {

    private StreamNames() {
    }

    /**
     * @param kept the repositories the consumer keeps its stream in (null where none was configured)
     * @throws IllegalArgumentException when a configured repository would be keyed by an assigned route id
     */
    public static String of(DefaultConsumer consumer, String streamName, Object... kept) {
        if (streamName != null) {
            return streamName;
        }
        Route route = consumer.getRoute();
        String routeId = route != null ? route.getRouteId() : consumer.getRouteId();
        if (routeId == null) {
            routeId = consumer.getEndpoint().getEndpointKey();
        }
        boolean assigned = route != null && !route.isCustomId();
        if (assigned) {
            for (Object repository : kept) {
                if (persistent(repository)) {
                    throw new IllegalArgumentException("The iletimerkezi consumer of route " + routeId
                            + " keeps its state in a " + repository.getClass().getSimpleName() + " under the route id,"
                            + " and Camel assigned that id (it changes when routes are added or removed): give the"
                            + " route a fixed routeId, or set the streamName option");
                }
            }
        }
        return routeId;
    }

    private static boolean persistent(Object repository) {
        return repository != null && !(repository instanceof MemoryIdempotentRepository)
               && !(repository instanceof MemoryStateRepository) && !(repository instanceof MemoryFollowedOrderStore)
               && (repository instanceof IdempotentRepository || repository instanceof StateRepository
                   || repository instanceof FollowedOrderStore);
    }
}
