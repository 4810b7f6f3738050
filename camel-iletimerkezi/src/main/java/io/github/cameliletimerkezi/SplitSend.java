/*
 * Copyright 2026 the camel-iletimerkezi authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.cameliletimerkezi;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;

import io.github.cameliletimerkezi.client.IletiMerkeziException;
import io.github.cameliletimerkezi.client.IletiMerkeziNotSentException;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import io.github.cameliletimerkezi.model.SendRequest;
import io.github.cameliletimerkezi.model.SmsMessage;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * Sends the chunks of a split order in recipient order, and remembers on the exchange which were accepted, so a
 * redelivery of the same exchange (Camel's error handler, which reuses the exchange object) sends only the chunks that
 * were not. The memory is tied to the order's content: another order on the same exchange starts afresh.
 */
public final class SplitSend {

    /**
     * The exchange property holding the accepted chunks of the order being sent; kept while a send stopped part-way,
     * removed once every chunk was accepted. A new exchange does not have it.
     */
    public static final String PROGRESS = "CamelIletiMerkeziSplitSendProgress";

    /** Sends one chunk (pacing included) and returns the provider's answer. */
    @FunctionalInterface
    public interface ChunkSender {
        IletiMerkeziResponse send(SendRequest chunk) throws Exception;
    }

    private SplitSend() {
    }

    /**
     * @param accepted called with each newly accepted order id, once
     */
    public static void send(Exchange exchange, SendRequest order, List<SendRequest> chunks, ChunkSender sender,
                            Consumer<String> accepted, boolean throwOnFailure) throws Exception {
        Message message = exchange.getMessage();
        Object input = message.getBody();
        String fingerprint = fingerprint(order);
        Progress progress = exchange.getProperty(PROGRESS, Progress.class);
        if (progress == null || !progress.fingerprint.equals(fingerprint) || progress.chunkCount != chunks.size()) {
            progress = new Progress(fingerprint, chunks.size());
        }
        List<String> orderIds = new ArrayList<>(progress.orderIds);
        List<IletiMerkeziResponse> answers = new ArrayList<>(progress.answers);
        message.setHeader(IletiMerkeziConstants.ORDER_IDS, orderIds);
        message.setBody(answers);
        int failedAt = -1;
        IletiMerkeziResponse refused = null;
        Exception thrown = null;
        for (int i = progress.orderIds.size(); i < chunks.size(); i++) {
            IletiMerkeziResponse answer;
            try {
                answer = sender.send(chunks.get(i));
            } catch (Exception e) {
                thrown = e;
                failedAt = i;
                break;
            }
            answers.add(answer);
            if (answer.isError() || answer.getOrderId() == null) {
                refused = answer;
                failedAt = i;
                break;
            }
            progress.accept(answer);
            orderIds.add(answer.getOrderId());
            accepted.accept(answer.getOrderId());
        }
        if (!orderIds.isEmpty()) {
            message.setHeader(IletiMerkeziConstants.ORDER_ID, orderIds.get(0));
        }
        if (progress.orderIds.isEmpty() || failedAt < 0) {
            exchange.removeProperty(PROGRESS);
        } else {
            exchange.setProperty(PROGRESS, progress);
        }
        if (thrown == null) {
            IletiMerkeziResponse shown = refused != null ? refused : answers.get(answers.size() - 1);
            message.setHeader(IletiMerkeziConstants.STATUS_CODE, shown.getCode());
            message.setHeader(IletiMerkeziConstants.STATUS_MESSAGE, shown.getMessage());
            if (refused == null || !throwOnFailure) {
                return;
            }
        }
        // the message goes back to the order, so a redelivery reads it again and sends only the rest
        message.setBody(input);
        Exception cause = thrown != null ? thrown : new IletiMerkeziException(refused);
        if (progress.orderIds.isEmpty()) {
            throw cause;
        }
        boolean notSent = thrown == null || thrown instanceof IletiMerkeziNotSentException
                          || thrown instanceof InterruptedException;
        int status = cause instanceof IletiMerkeziException api ? api.getStatusCode() : 0;
        throw new IletiMerkeziPartlySentException(orderIds, rest(order, chunks, failedAt), notSent, status, cause);
    }

    private static SendRequest rest(SendRequest order, List<SendRequest> chunks, int from) {
        SendRequest rest = new SendRequest().sender(order.getSender()).sendDateTime(order.getSendDateTime())
                .iys(order.getIys()).iysList(order.getIysList());
        for (SendRequest chunk : chunks.subList(from, chunks.size())) {
            chunk.getMessages().forEach(rest::addMessage);
        }
        return rest;
    }

    /** A digest of everything the provider is sent, so progress is never applied to another order. */
    static String fingerprint(SendRequest order) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JVM", e);
        }
        field(digest, order.getSender());
        field(digest, order.getSendDateTime());
        field(digest, String.valueOf(order.getIys()));
        field(digest, String.valueOf(order.getIysList()));
        for (SmsMessage message : order.getMessages()) {
            field(digest, message.text());
            field(digest, Integer.toString(message.recipients().size()));
            message.recipients().forEach(number -> field(digest, number));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void field(MessageDigest digest, String value) {
        if (value != null) {
            digest.update(value.getBytes(StandardCharsets.UTF_8));
        }
        digest.update((byte) 0);
    }

    /** The accepted chunks of one order: always a prefix of its chunks. */
    static final class Progress {

        final String fingerprint;
        final int chunkCount;
        final List<String> orderIds = new ArrayList<>();
        final List<IletiMerkeziResponse> answers = new ArrayList<>();

        Progress(String fingerprint, int chunkCount) {
            this.fingerprint = fingerprint;
            this.chunkCount = chunkCount;
        }

        void accept(IletiMerkeziResponse answer) {
            orderIds.add(answer.getOrderId());
            answers.add(answer);
        }

        @Override
        public String toString() {
            return "SplitSendProgress[" + orderIds.size() + " of " + chunkCount + " orders accepted: " + orderIds + "]";
        }
    }
}
