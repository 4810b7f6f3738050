package io.github.cameliletimerkezi.sandbox;

/**
 * The legacy panel authenticates with {@code <userName>} and {@code <userPassword>} inside {@code <userInfo>}, and
 * with nothing else.
 */
final class LegacyCredentials {

    private LegacyCredentials() {
    }

    static boolean match(XmlNode userInfo, SandboxSettings settings) {
        return Secrets.equal(userInfo.value("userName"), settings.username())
               && Secrets.equal(userInfo.value("userPassword"), settings.password());
    }
}
