package io.github.cameliletimerkezi.example.springboot;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.cameliletimerkezi.model.DeliveryUpdate;
import org.springframework.stereotype.Component;

/** The recipients' final delivery outcomes seen so far; a real application would update its own records here. */
@Component
public class DeliveryOutcomes {

    private final List<DeliveryUpdate> updates = new CopyOnWriteArrayList<>();

    public void record(Object update) {
        if (update instanceof DeliveryUpdate delivery) {
            updates.add(delivery);
        }
    }

    public List<DeliveryUpdate> recipientUpdates() {
        return List.copyOf(updates);
    }
}
