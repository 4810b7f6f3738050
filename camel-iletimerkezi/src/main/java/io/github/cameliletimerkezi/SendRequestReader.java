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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.cameliletimerkezi.model.IysList;
import io.github.cameliletimerkezi.model.SendRequest;
import io.github.cameliletimerkezi.model.SendTimeFormat;
import io.github.cameliletimerkezi.model.SmsMessage;
import org.apache.camel.Message;

/**
 * Reads a send order from a message. The body is a {@link SendRequest}, a {@link Map} in the Ruby client's argument
 * shape ({@code text} + {@code phones}, or {@code messages: [{text, phones}]}, with optional {@code sender} and
 * {@code send_datetime}), or the text itself with the recipients in the {@code CamelIletiMerkeziRecipients} header.
 * Fields the body leaves open are taken from the headers, then from the endpoint's options.
 */
public final class SendRequestReader {

    private static final List<String> MESSAGE_KEYS = List.of("text", "phones", "recipients");
    private static final List<String> ORDER_KEYS = List.of("text", "phones", "recipients", "messages", "sender",
            "send_datetime", "sendDateTime", "iys", "iysList", "iys_list");

    private SendRequestReader() {
    }

    public static SendRequest read(Message message, IletiMerkeziConfiguration configuration) {
        Object body = message.getBody();
        SendRequest request;
        if (body instanceof SendRequest typed) {
            request = copyOf(typed);
        } else if (body instanceof Map<?, ?> map) {
            request = fromMap(map);
        } else {
            Object recipients = message.getHeader(IletiMerkeziConstants.RECIPIENTS);
            if (recipients == null) {
                throw new IllegalArgumentException("recipients: the " + IletiMerkeziConstants.RECIPIENTS
                                                   + " header is missing; a text body is sent to the numbers in that header"
                                                   + " (a List, an array or a comma-separated String)");
            }
            request = SendRequest.of(message.getBody(String.class), numbers(recipients));
        }
        if (request.getSender() == null) {
            request.sender(firstNonNull(message.getHeader(IletiMerkeziConstants.SENDER, String.class), configuration.getSender()));
        }
        if (request.getSendDateTime() == null) {
            Object time = message.getHeader(IletiMerkeziConstants.SEND_DATE_TIME);
            if (time != null && !(time instanceof CharSequence text && text.toString().isBlank())) {
                request.sendDateTime(SendTimeFormat.format(time));
            }
        }
        if (request.getIys() == null) {
            Object iys = message.getHeader(IletiMerkeziConstants.IYS);
            request.iys(iys != null ? bool(iys, IletiMerkeziConstants.IYS) : configuration.getIys());
        }
        if (request.getIysList() == null) {
            Object list = message.getHeader(IletiMerkeziConstants.IYS_LIST);
            request.iysList(list != null ? iysList(list, IletiMerkeziConstants.IYS_LIST) : configuration.getIysList());
        }
        return request;
    }

    private static SendRequest copyOf(SendRequest source) {
        SendRequest copy = new SendRequest().sender(source.getSender()).sendDateTime(source.getSendDateTime())
                .iys(source.getIys()).iysList(source.getIysList());
        source.getMessages().forEach(copy::addMessage);
        return copy;
    }

    private static SendRequest fromMap(Map<?, ?> map) {
        checkKeys(map, ORDER_KEYS, "the order");
        SendRequest request = new SendRequest();
        Object messages = map.get("messages");
        if (messages != null) {
            if (!(messages instanceof Collection<?> list)) {
                throw new IllegalArgumentException("messages: expected a list of {text, phones} maps, got "
                                                   + messages.getClass().getName());
            }
            int index = 1;
            for (Object item : list) {
                if (!(item instanceof Map<?, ?> entry)) {
                    throw new IllegalArgumentException("messages: item " + index + " is not a {text, phones} map");
                }
                checkKeys(entry, MESSAGE_KEYS, "messages item " + index);
                request.addMessage(new SmsMessage(text(entry.get("text")), numbers(phones(entry))));
                index++;
            }
        } else {
            request.addMessage(new SmsMessage(text(map.get("text")), numbers(phones(map))));
        }
        Object sender = map.get("sender");
        if (sender != null) {
            request.sender(sender.toString());
        }
        Object time = map.containsKey("send_datetime") ? map.get("send_datetime") : map.get("sendDateTime");
        if (time != null && !(time instanceof CharSequence text && text.toString().isBlank())) {
            request.sendDateTime(SendTimeFormat.format(time));
        }
        if (map.get("iys") != null) {
            request.iys(bool(map.get("iys"), "iys"));
        }
        Object list = map.containsKey("iysList") ? map.get("iysList") : map.get("iys_list");
        if (list != null) {
            request.iysList(iysList(list, "iysList"));
        }
        return request;
    }

    /**
     * A misspelt key (phone for phones) would otherwise read as a missing field and give a misleading error, or send
     * without the field.
     */
    private static void checkKeys(Map<?, ?> map, List<String> known, String what) {
        for (Object key : map.keySet()) {
            if (!known.contains(String.valueOf(key))) {
                throw new IllegalArgumentException(what + " has an unknown key '" + key + "': the keys are "
                                                   + String.join(", ", known));
            }
        }
    }

    private static Object phones(Map<?, ?> map) {
        return map.containsKey("phones") ? map.get("phones") : map.get("recipients");
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** A List, array or comma-separated String of numbers. */
    public static List<String> numbers(Object value) {
        if (value == null) {
            return List.of();
        }
        Collection<?> items;
        if (value instanceof Collection<?> collection) {
            items = collection;
        } else if (value instanceof Object[] array) {
            items = Arrays.asList(array);
        } else {
            items = Arrays.asList(value.toString().split(","));
        }
        List<String> numbers = new ArrayList<>(items.size());
        for (Object item : items) {
            if (item != null && !item.toString().isBlank()) {
                numbers.add(item.toString().trim());
            }
        }
        return numbers;
    }

    private static Boolean bool(Object value, String field) {
        if (value instanceof Boolean b) {
            return b;
        }
        String text = value.toString().trim().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "true", "1" -> Boolean.TRUE;
            case "false", "0" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(field + " '" + value + "' is not a boolean: use true/false or 1/0");
        };
    }

    private static IysList iysList(Object value, String field) {
        if (value instanceof IysList list) {
            return list;
        }
        try {
            return IysList.valueOf(value.toString().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + " '" + value + "' is not an İYS list: use BIREYSEL or TACIR");
        }
    }

    private static String firstNonNull(String first, String second) {
        return first != null ? first : second;
    }
}
