package io.github.cameliletimerkezi.largeorders;

import java.util.List;

import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import io.github.cameliletimerkezi.model.SendRequest;
import org.apache.camel.Exchange;

/** Puts on an exchange the progress a part-way send of another order would have left. */
final class SendRequestProgressFixture {

    private SendRequestProgressFixture() {
    }

    static void leaveProgress(Exchange exchange, String text, List<String> recipients) {
        SendRequest other = SendRequest.of(text, recipients).sender("APITEST");
        SplitSend.Progress progress = new SplitSend.Progress(SplitSend.fingerprint(other), 2);
        progress.accept(IletiMerkeziResponse.builder("send", 200).orderId("99").build());
        exchange.setProperty(SplitSend.PROGRESS, progress);
    }
}
