package io.github.cameliletimerkezi.sandbox;

/**
 * {@code get-sender}: the account's approved senders.
 */
final class SenderListOperation implements SandboxOperation {

    private final SandboxSettings settings;

    SenderListOperation(SandboxSettings settings) {
        this.settings = settings;
    }

    @Override
    public SandboxAnswer answer(XmlNode request) {
        XmlAnswer answer = XmlAnswer.status(200).open("senders");
        settings.senders().forEach(sender -> answer.element("sender", sender));
        return new SandboxAnswer(200, answer.close("senders").end());
    }
}
