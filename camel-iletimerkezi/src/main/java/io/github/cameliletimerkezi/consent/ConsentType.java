package io.github.cameliletimerkezi.consent;

/** What an İYS consent covers. */
public enum ConsentType {
    /** SMS. */
    MESAJ,
    /** E-mail; the recipient is an e-mail address. */
    EPOSTA,
    /** Voice calls. */
    ARAMA
}
