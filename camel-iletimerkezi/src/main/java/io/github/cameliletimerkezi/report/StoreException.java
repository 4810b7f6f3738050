package io.github.cameliletimerkezi.report;

/**
 * The order store (or the state repository serving as one) could not be read or written: an account-wide failure,
 * the poll fails as a whole and nothing is dropped.
 */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
