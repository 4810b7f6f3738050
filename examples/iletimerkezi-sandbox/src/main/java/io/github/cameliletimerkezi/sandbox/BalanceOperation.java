package io.github.cameliletimerkezi.sandbox;

/**
 * {@code get-balance}: the lira amount and the SMS credit, both as integer text as in the recorded answers
 * ({@code <amount>1</amount>}).
 */
final class BalanceOperation implements SandboxOperation {

    private final SandboxAccount account;

    BalanceOperation(SandboxAccount account) {
        this.account = account;
    }

    @Override
    public SandboxAnswer answer(XmlNode request) {
        long credits = account.smsCredits();
        return new SandboxAnswer(200, XmlAnswer.status(200).open("balance").element("amount", account.settings.amount())
                .element("sms", credits).close("balance").end());
    }
}
