package io.github.cameliletimerkezi.report;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A UTC clock whose source can be replaced after the parts that read it were made (tests move time by hand). */
final class SettableClock extends Clock {

    private volatile Clock source = Clock.systemUTC();

    void set(Clock clock) {
        this.source = clock;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return source.withZone(zone);
    }

    @Override
    public Instant instant() {
        return source.instant();
    }
}
