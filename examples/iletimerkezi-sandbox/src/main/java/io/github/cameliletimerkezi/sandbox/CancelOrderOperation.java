package io.github.cameliletimerkezi.sandbox;

/**
 * {@code cancel-order}: only a scheduled order whose time has not come can be cancelled; its credits come back.
 * Anything else, an unknown order included, is 455.
 */
final class CancelOrderOperation implements SandboxOperation {

    private final SandboxAccount account;

    CancelOrderOperation(SandboxAccount account) {
        this.account = account;
    }

    @Override
    public SandboxAnswer answer(XmlNode request) {
        synchronized (account) {
            SandboxOrder found = account.find(request.child("order"));
            if (found == null || found.cancelled || found.hasStarted(account.now())) {
                return SandboxAnswer.of(455);
            }
            found.cancelled = true;
            account.smsCredits += found.totalParts();
            return SandboxAnswer.of(200);
        }
    }
}
