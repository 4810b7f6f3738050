package io.github.cameliletimerkezi.report;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.github.cameliletimerkezi.client.IletiMerkeziClient;
import io.github.cameliletimerkezi.client.IletiMerkeziException;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import io.github.cameliletimerkezi.orders.OrderListCalls;
import io.github.cameliletimerkezi.orders.OrderPage;
import io.github.cameliletimerkezi.orders.OrderSummary;
import io.github.cameliletimerkezi.report.TrackedOrders.Seen;

/**
 * Finds, with the account's order list ({@code get-reports}), which followed orders have not changed since their
 * last complete read: the list carries every order's counters, many orders a page, for the orders submitted between
 * two days. The days of the followed orders are covered by as few windows of at most
 * {@value OrderListCalls#MAX_DAYS} days as they allow, each read page by page; a window is left as soon as its
 * remaining pages outnumber its followed orders not found yet, since reading those one by one costs less. An order
 * the scan does not find counts as changed.
 */
final class OrderListScan {

    /** Guards against a list whose count is missing and whose pages never come back empty. */
    private static final int MAX_PAGES = 10_000;

    private final IletiMerkeziClient client;
    private int requests;

    OrderListScan(IletiMerkeziClient client) {
        this.client = client;
    }

    /** Requests the last {@link #unchanged(Map)} made. */
    int requests() {
        return requests;
    }

    /**
     * @param candidates followed orders with a known day and complete counters, by id
     * @return the ids whose counters in the list equal those seen last
     * @throws IletiMerkeziException when the provider refuses a page (404 where the account has no list, 458, ...)
     */
    Set<String> unchanged(Map<String, Seen> candidates) throws IOException {
        requests = 0;
        TreeMap<LocalDate, Set<String>> byDay = new TreeMap<>();
        candidates.forEach((id, seen) -> byDay.computeIfAbsent(seen.day(), day -> new HashSet<>()).add(id));
        Set<String> unchanged = new HashSet<>();
        while (!byDay.isEmpty()) {
            LocalDate start = byDay.firstKey();
            LocalDate last = start.plusDays(OrderListCalls.MAX_DAYS - 1L);
            // the window ends at its last followed day: fewer days, fewer orders to page through
            LocalDate end = byDay.floorKey(last);
            Set<String> wanted = new HashSet<>();
            Map<LocalDate, Set<String>> window = byDay.subMap(start, true, end, true);
            window.values().forEach(wanted::addAll);
            window.clear();
            scanWindow(start, end, wanted, candidates, unchanged);
        }
        return unchanged;
    }

    private void scanWindow(LocalDate start, LocalDate end, Set<String> wanted, Map<String, Seen> candidates,
            Set<String> unchanged) throws IOException {
        int seen = 0;
        int pageSize = 0;
        for (int page = 1; page <= MAX_PAGES; page++) {
            requests++;
            IletiMerkeziResponse answer = client.orders(start, end, page);
            if (answer.isError()) {
                throw new IletiMerkeziException(answer);
            }
            OrderPage orders = answer.getPayload(OrderPage.class);
            if (orders == null || orders.orders().isEmpty()) {
                return;
            }
            for (OrderSummary order : orders.orders()) {
                if (wanted.remove(order.id())) {
                    String counters = ReportPoller.counters(order.status(), order.total(), order.delivered(),
                            order.undelivered(), order.waiting());
                    if (counters != null && counters.equals(candidates.get(order.id()).counters())) {
                        unchanged.add(order.id());
                    }
                }
            }
            seen += orders.orders().size();
            pageSize = Math.max(pageSize, orders.orders().size());
            if (wanted.isEmpty() || orders.count() != null && seen >= orders.count()) {
                return;
            }
            if (orders.count() != null) {
                int pagesLeft = (orders.count() - seen + pageSize - 1) / pageSize;
                if (pagesLeft > wanted.size()) {
                    return;
                }
            }
        }
    }
}
