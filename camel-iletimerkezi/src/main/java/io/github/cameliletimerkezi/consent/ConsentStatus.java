package io.github.cameliletimerkezi.consent;

/** An İYS consent's state. */
public enum ConsentStatus {
    /** Given. */
    ONAY,
    /** Refused or withdrawn. */
    RET
}
