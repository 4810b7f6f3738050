package io.github.cameliletimerkezi.model;

/**
 * The İYS (İleti Yönetim Sistemi) consent list a commercial message is checked against.
 */
public enum IysList {
    /** Consent given by individuals. */
    BIREYSEL,
    /** Consent given by merchants (tacir). */
    TACIR
}
