package io.github.cameliletimerkezi.largeorders;

import java.util.List;

import io.github.cameliletimerkezi.model.IysList;
import io.github.cameliletimerkezi.model.SendRequest;
import io.github.cameliletimerkezi.model.SmsMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrderSplitterTest {

    @Test
    void chunksFollowTheRecipientsInOrderAndKeepTheOrdersSettings() {
        SendRequest order = new SendRequest().sender("ACME").sendDateTime("20/01/2027 13:45").iys(true)
                .iysList(IysList.TACIR)
                .addMessage("A", List.of("1", "2", "3"))
                .addMessage("B", List.of("4", "5", "6", "7"));

        List<SendRequest> chunks = OrderSplitter.split(order, 3);

        assertThat(chunks).extracting(SendRequest::getMessages).containsExactly(
                List.of(new SmsMessage("A", List.of("1", "2", "3"))),
                List.of(new SmsMessage("B", List.of("4", "5", "6"))),
                List.of(new SmsMessage("B", List.of("7"))));
        assertThat(chunks).allSatisfy(chunk -> {
            assertThat(chunk.getSender()).isEqualTo("ACME");
            assertThat(chunk.getSendDateTime()).isEqualTo("20/01/2027 13:45");
            assertThat(chunk.getIysList()).isEqualTo(IysList.TACIR);
        });
    }

    @Test
    void aTextSpanningTwoChunksIsInBoth() {
        SendRequest order = new SendRequest().addMessage("A", List.of("1", "2")).addMessage("B", List.of("3", "4", "5"));

        assertThat(OrderSplitter.split(order, 3)).extracting(SendRequest::getMessages).containsExactly(
                List.of(new SmsMessage("A", List.of("1", "2")), new SmsMessage("B", List.of("3"))),
                List.of(new SmsMessage("B", List.of("4", "5"))));
    }

    @Test
    void anOrderWithinTheLimitStaysWhole() {
        SendRequest order = SendRequest.of("A", List.of("1", "2"));

        assertThat(OrderSplitter.split(order, 2)).containsExactly(order);
    }
}
