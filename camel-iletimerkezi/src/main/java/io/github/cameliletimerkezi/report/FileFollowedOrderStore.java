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
package io.github.cameliletimerkezi.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.camel.support.service.ServiceSupport;

/**
 * Keeps followed orders in a directory, one small file per order under a folder per stream, so a change writes that
 * order's file alone (written aside and moved into place: a crash leaves the old or the new entry, never half of
 * one). For one instance: writers in one JVM are serialized here; two processes sharing the directory are not
 * (use the JDBC store for replicas).
 */
public class FileFollowedOrderStore extends ServiceSupport implements FollowedOrderStore {

    private static final String SUFFIX = ".order";

    private Path directory;

    public FileFollowedOrderStore() {
    }

    public FileFollowedOrderStore(Path directory) {
        this.directory = directory;
    }

    public Path getDirectory() {
        return directory;
    }

    /** The directory the orders are kept in; created when missing. */
    public void setDirectory(Path directory) {
        this.directory = directory;
    }

    @Override
    protected void doStart() throws Exception {
        if (directory == null) {
            throw new IllegalArgumentException("FileFollowedOrderStore needs a directory: set directory");
        }
        Files.createDirectories(directory);
    }

    private Path streamDirectory(String stream) {
        return directory.resolve(encode(stream));
    }

    private Path file(String stream, String orderId) {
        return streamDirectory(stream).resolve(encode(orderId) + SUFFIX);
    }

    private static String encode(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("*", "%2A");
    }

    @Override
    public synchronized List<FollowedOrder> orders(String stream) {
        Path folder = streamDirectory(stream);
        List<FollowedOrder> orders = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return orders;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                String orderId = URLDecoder.decode(name.substring(0, name.length() - SUFFIX.length()), StandardCharsets.UTF_8);
                FollowedOrder order = read(file, orderId);
                if (order != null) {
                    orders.add(order);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The followed orders in " + folder + " could not be listed: " + e.getMessage(), e);
        }
        orders.sort(Comparator.comparing(FollowedOrder::followedAt).thenComparing(FollowedOrder::orderId));
        return orders;
    }

    private static FollowedOrder read(Path file, String orderId) {
        try {
            return FollowedOrderText.parse(orderId, Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("The followed order in " + file + " could not be read: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized FollowedOrder add(String stream, FollowedOrder order) {
        Path file = file(stream, order.orderId());
        if (Files.exists(file)) {
            return null;
        }
        FollowedOrder stored = order.withVersion(1);
        write(file, stored);
        return stored;
    }

    @Override
    public synchronized FollowedOrder update(String stream, FollowedOrder changed) {
        Path file = file(stream, changed.orderId());
        FollowedOrder current = read(file, changed.orderId());
        if (current == null || current.version() != changed.version()) {
            return null;
        }
        FollowedOrder stored = changed.withVersion(changed.version() + 1);
        write(file, stored);
        return stored;
    }

    @Override
    public synchronized boolean remove(String stream, String orderId, long version) {
        Path file = file(stream, orderId);
        FollowedOrder current = read(file, orderId);
        if (current == null || current.version() != version) {
            return false;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("The followed order in " + file + " could not be deleted: " + e.getMessage(), e);
        }
        return true;
    }

    private static void write(Path file, FollowedOrder order) {
        try {
            Files.createDirectories(file.getParent());
            Path aside = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(aside, FollowedOrderText.format(order), StandardCharsets.UTF_8);
            try {
                Files.move(aside, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(aside, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The followed order in " + file + " could not be written: " + e.getMessage(), e);
        }
    }
}
