package io.github.cameliletimerkezi.sandbox;

/**
 * The legacy panel's {@code obj1=getSmsHeader}: {@code <smsApi><userInfo>…<smsType>2</smsType></userInfo></smsApi>}
 * answered by {@code <smsHeaderInfo><headerInfo>…</headerInfo></smsHeaderInfo>} on one line, without an XML
 * declaration, as recorded.
 */
final class LegacySenderListOperation implements SandboxOperation {

    private final SandboxSettings settings;

    LegacySenderListOperation(SandboxSettings settings) {
        this.settings = settings;
    }

    @Override
    public SandboxAnswer answer(XmlNode request) {
        XmlNode userInfo = request.child("userInfo");
        if (!"smsApi".equals(request.name()) || userInfo == null || !LegacyCredentials.match(userInfo, settings)) {
            return SandboxAnswer.of(401);
        }
        StringBuilder xml = new StringBuilder(128).append("<smsHeaderInfo>");
        for (String sender : settings.senders()) {
            xml.append("<headerInfo>");
            XmlAnswer.escape(xml, sender);
            xml.append("</headerInfo>");
        }
        return SandboxAnswer.legacy(xml.append("</smsHeaderInfo>").toString());
    }
}
