package io.github.cameliletimerkezi.blacklist;

import java.util.List;

/**
 * One page of the account's blacklist.
 *
 * @param count   how many numbers the whole blacklist (or the filtered part of it) holds, or null when absent
 * @param numbers this page's numbers, as the provider lists them ({@code +905xxxxxxxxx})
 */
public record BlacklistPage(Long count, List<String> numbers) {

    public BlacklistPage {
        numbers = numbers == null ? List.of() : List.copyOf(numbers);
    }

    /** How many pages of {@code rowCount} numbers the whole list spans. */
    public long pageCount(int rowCount) {
        return count == null || count <= 0 ? 1 : (count + rowCount - 1) / rowCount;
    }
}
