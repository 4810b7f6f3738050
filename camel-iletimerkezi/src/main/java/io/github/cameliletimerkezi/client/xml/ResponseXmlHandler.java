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
package io.github.cameliletimerkezi.client.xml;

import java.util.ArrayList;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Builds a {@link ResponseEnvelope} from SAX events, as JAXB does from its annotations: elements in no namespace,
 * unknown elements skipped with everything in them (a text element's text is what follows its last child), text kept
 * as written (whitespace included, an empty element read
 * as {@code ""}, an absent one as null), a repeated single element replacing the earlier one. Reused one document after
 * another by the pooled parser it belongs to; {@link #envelope()} hands over what the last document built.
 */
final class ResponseXmlHandler extends DefaultHandler {

    /** Where the parser is: each level knows the element it reads into. */
    private enum Level {
        ROOT, RESPONSE, STATUS, ORDER, ROW, BALANCE, SENDERS, BLACKLIST, TEXT, SKIPPED
    }

    private final Level[] levels = new Level[16];
    private int depth;
    /** Levels below this one are skipped: an unknown element or deeper than the document's shape. */
    private int skipFrom;
    private final StringBuilder text = new StringBuilder(64);
    private String textElement;

    private ResponseEnvelope envelope;
    private ResponseEnvelope.Status status;
    private ResponseEnvelope.Order order;
    private ResponseEnvelope.Row row;
    private ResponseEnvelope.BalanceElement balance;
    private ResponseEnvelope.BlacklistNumbers blacklist;

    @Override
    public void startDocument() {
        depth = 0;
        skipFrom = Integer.MAX_VALUE;
        levels[0] = Level.ROOT;
        envelope = null;
        status = null;
        order = null;
        row = null;
        balance = null;
        blacklist = null;
        textElement = null;
    }

    /** The document's envelope, or null when its root was not {@code <response>}. */
    ResponseEnvelope envelope() {
        ResponseEnvelope read = envelope;
        envelope = null;
        return read;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        depth++;
        if (depth >= skipFrom) {
            return;
        }
        if (levels[depth - 1] == Level.TEXT) {
            // as JAXB does: a text element's text is what follows its last child element
            text.setLength(0);
        }
        Level next = uri.isEmpty() ? next(levels[depth - 1], localName) : Level.SKIPPED;
        if (next == Level.SKIPPED) {
            skipFrom = depth;
            return;
        }
        levels[depth] = next;
        if (next == Level.TEXT) {
            text.setLength(0);
            textElement = localName;
        }
    }

    private Level next(Level parent, String name) throws SAXException {
        switch (parent) {
            case ROOT:
                if (!name.equals("response")) {
                    throw new SAXException("root element is not <response>");
                }
                envelope = new ResponseEnvelope();
                return Level.RESPONSE;
            case RESPONSE:
                switch (name) {
                    case "status":
                        status = new ResponseEnvelope.Status();
                        envelope.status = status;
                        return Level.STATUS;
                    case "order":
                        order = new ResponseEnvelope.Order();
                        envelope.order = order;
                        return Level.ORDER;
                    case "balance":
                        balance = new ResponseEnvelope.BalanceElement();
                        envelope.balance = balance;
                        return Level.BALANCE;
                    case "senders":
                        envelope.senders = new ArrayList<>();
                        return Level.SENDERS;
                    case "blacklist":
                        blacklist = new ResponseEnvelope.BlacklistNumbers();
                        envelope.blacklist = blacklist;
                        return Level.BLACKLIST;
                    default:
                        return Level.SKIPPED;
                }
            case STATUS:
                return name.equals("code") || name.equals("message") ? Level.TEXT : Level.SKIPPED;
            case ORDER:
                switch (name) {
                    case "message":
                        row = new ResponseEnvelope.Row();
                        if (order.message == null) {
                            order.message = new ArrayList<>();
                        }
                        order.message.add(row);
                        return Level.ROW;
                    case "id", "status", "total", "delivered", "undelivered", "waiting", "submitAt", "sendAt", "sender",
                         "price":
                        return Level.TEXT;
                    default:
                        return Level.SKIPPED;
                }
            case ROW:
                return name.equals("number") || name.equals("status") ? Level.TEXT : Level.SKIPPED;
            case BALANCE:
                return name.equals("amount") || name.equals("sms") ? Level.TEXT : Level.SKIPPED;
            case SENDERS:
                return name.equals("sender") ? Level.TEXT : Level.SKIPPED;
            case BLACKLIST:
                return name.equals("count") || name.equals("number") ? Level.TEXT : Level.SKIPPED;
            default:
                // text elements hold no elements of the shape; nor does anything deeper than 16 levels
                return Level.SKIPPED;
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (depth < skipFrom && levels[depth] == Level.TEXT) {
            text.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (depth >= skipFrom) {
            if (depth == skipFrom) {
                skipFrom = Integer.MAX_VALUE;
            }
            depth--;
            return;
        }
        if (levels[depth] == Level.TEXT) {
            assign(levels[depth - 1], textElement, text.toString());
        }
        depth--;
    }

    private void assign(Level parent, String name, String value) {
        switch (parent) {
            case STATUS -> {
                if (name.equals("code")) {
                    status.code = value;
                } else {
                    status.message = value;
                }
            }
            case ORDER -> assignOrder(name, value);
            case ROW -> {
                if (name.equals("number")) {
                    row.number = value;
                } else {
                    row.status = value;
                }
            }
            case BALANCE -> {
                if (name.equals("amount")) {
                    balance.amount = value;
                } else {
                    balance.sms = value;
                }
            }
            case SENDERS -> envelope.senders.add(value);
            case BLACKLIST -> {
                if (name.equals("count")) {
                    blacklist.count = value;
                } else {
                    if (blacklist.number == null) {
                        blacklist.number = new ArrayList<>();
                    }
                    blacklist.number.add(value);
                }
            }
            default -> throw new IllegalStateException("no text element under " + parent);
        }
    }

    private void assignOrder(String name, String value) {
        switch (name) {
            case "id" -> order.id = value;
            case "status" -> order.status = value;
            case "total" -> order.total = value;
            case "delivered" -> order.delivered = value;
            case "undelivered" -> order.undelivered = value;
            case "waiting" -> order.waiting = value;
            case "submitAt" -> order.submitAt = value;
            case "sendAt" -> order.sendAt = value;
            case "sender" -> order.sender = value;
            default -> order.price = value;
        }
    }
}
