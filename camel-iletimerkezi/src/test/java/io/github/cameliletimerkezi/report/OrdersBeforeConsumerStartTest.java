package io.github.cameliletimerkezi.report;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19 point 13: orders sent before a report consumer starts wait for it, up to {@value OrderFeed#MAX_PENDING};
 * beyond that the oldest are given up, and not silently: before the change 10,050 sent left 10,000 followed with a
 * DEBUG line only, while the docs said every such order "is kept". Now the first given up and every 10,000th after it
 * are logged at WARN with the order's id and the count, and docs/component.md says so.
 */
class OrdersBeforeConsumerStartTest {

    private final List<LogEvent> warnings = new CopyOnWriteArrayList<>();
    private AbstractAppender capture;

    @BeforeEach
    void captureWarnings() {
        LoggerContext logging = (LoggerContext) LogManager.getContext(false);
        capture = new AbstractAppender("capture-feed", null, null, true, Property.EMPTY_ARRAY) {
            @Override
            public void append(LogEvent event) {
                if (event.getLevel().isMoreSpecificThan(Level.WARN) && event.getLoggerName().equals(OrderFeed.class.getName())) {
                    warnings.add(event.toImmutable());
                }
            }
        };
        capture.start();
        logging.getConfiguration().getRootLogger().addAppender(capture, Level.WARN, null);
        logging.updateLoggers();
    }

    @AfterEach
    void stopCapturing() {
        LoggerContext logging = (LoggerContext) LogManager.getContext(false);
        logging.getConfiguration().getRootLogger().removeAppender("capture-feed");
        logging.updateLoggers();
        capture.stop();
    }

    @Test
    void ordersBeyondTheLimitAreGivenUpWithAWarningNamingThem() {
        OrderFeed feed = new OrderFeed();
        for (int i = 1; i <= OrderFeed.MAX_PENDING + 50; i++) {
            feed.publish(String.valueOf(i), OrderSource.SEND);
        }
        List<String> followed = new ArrayList<>();
        feed.subscribe((orderId, source, notBefore) -> followed.add(orderId));

        assertThat(followed).hasSize(OrderFeed.MAX_PENDING).first().isEqualTo("51");
        assertThat(warnings).as("the first given up, not one line per order").singleElement()
                .satisfies(warning -> assertThat(warning.getMessage().getFormattedMessage())
                        .contains("order 1 is not followed", "1 so far", "Start the report consumer's route before sending"));
    }

    @Test
    void ordersUpToTheLimitAllReachTheConsumerQuietly() {
        OrderFeed feed = new OrderFeed();
        for (int i = 1; i <= OrderFeed.MAX_PENDING; i++) {
            feed.publish(String.valueOf(i), OrderSource.SEND);
        }
        List<String> followed = new ArrayList<>();
        feed.subscribe((orderId, source, notBefore) -> followed.add(orderId));

        assertThat(followed).hasSize(OrderFeed.MAX_PENDING);
        assertThat(warnings).isEmpty();
    }
}
