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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Picks the followed orders a poll must read: with the order list on and answering, those it shows changed, those it
 * does not show and those never read completely (no day or counters yet); otherwise all of them. A list that fails is
 * left alone for {@value #ORDER_LIST_PAUSE_POLLS} polls (every order is read on its own meanwhile), logged once at
 * WARN until it answers again.
 */
public final class ChangeDetection {

    /** Polls that read every order on its own after the order list failed, before it is asked again. */
    public static final int ORDER_LIST_PAUSE_POLLS = 10;

    private static final Logger LOG = LoggerFactory.getLogger(ReportLog.CATEGORY);

    private final OrderListScan scan;
    private final boolean enabled;
    private int pause;
    private boolean failing;

    public ChangeDetection(OrderListScan scan, boolean enabled) {
        this.scan = scan;
        this.enabled = enabled;
    }

    /**
     * @param due      the orders due this poll
     * @param stopping tells whether the consumer is stopping: a list read cut short by it is no failure
     */
    public List<FollowedOrder> changed(List<FollowedOrder> due, java.util.function.BooleanSupplier stopping) {
        if (!enabled || due.isEmpty()) {
            return due;
        }
        if (pause > 0) {
            pause--;
            return due;
        }
        Map<String, FollowedOrder> candidates = new HashMap<>();
        for (FollowedOrder order : due) {
            if (order.day() != null && order.counters() != null) {
                candidates.put(order.orderId(), order);
            }
        }
        if (candidates.isEmpty()) {
            return due;
        }
        Set<String> unchanged;
        try {
            unchanged = scan.unchanged(candidates);
        } catch (Exception e) {
            if (stopping.getAsBoolean()) {
                return due;
            }
            pause = ORDER_LIST_PAUSE_POLLS;
            if (!failing) {
                failing = true;
                LOG.warn("The order list (get-reports) failed: {}. Every followed order is read on its own; the list is"
                         + " asked again in {} polls", e.getMessage(), ORDER_LIST_PAUSE_POLLS);
            } else {
                LOG.debug("The order list (get-reports) failed again: {}", e.getMessage());
            }
            return due;
        }
        if (failing) {
            failing = false;
            LOG.info("The order list (get-reports) answers again; only changed orders are read");
        }
        LOG.debug("The order list ({} requests) shows {} of {} followed orders unchanged", scan.requests(),
                unchanged.size(), due.size());
        if (unchanged.isEmpty()) {
            return due;
        }
        List<FollowedOrder> changed = new ArrayList<>(due.size() - unchanged.size());
        for (FollowedOrder order : due) {
            if (!unchanged.contains(order.orderId())) {
                changed.add(order);
            }
        }
        return changed;
    }
}
