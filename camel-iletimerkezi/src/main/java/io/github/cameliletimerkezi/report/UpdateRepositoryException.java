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
