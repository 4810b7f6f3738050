package io.github.cameliletimerkezi.sandbox;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a sandbox until the process is stopped and prints how to reach it.
 * <p>
 * Arguments (all optional): {@code --port N} (default 8089), {@code --delivery-delay 3s}, {@code --failure-ratio 0.1},
 * {@code --seed 42}.
 */
public final class SandboxMain {

    private SandboxMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        SandboxSettings.Builder builder = IletiMerkeziSandbox.builder().port(8089);
        for (int i = 0; i + 1 < args.length; i += 2) {
            String value = args[i + 1];
            switch (args[i]) {
                case "--port" -> builder.port(Integer.parseInt(value));
                case "--delivery-delay" -> builder.deliveryDelay(Duration.parse("PT" + value.toUpperCase()));
                case "--failure-ratio" -> builder.failureRatio(Double.parseDouble(value));
                case "--seed" -> builder.seed(Long.parseLong(value));
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]);
            }
        }
        IletiMerkeziSandbox sandbox = builder.start();
        SandboxSettings settings = sandbox.settings();
        System.out.println("İleti Merkezi sandbox listening on " + sandbox.baseUrl());
        System.out.println("  IM_ENDPOINT=" + sandbox.baseUrl());
        System.out.println("  IM_USERNAME=" + settings.username() + "  IM_PASSWORD=" + settings.password());
        System.out.println("  IM_PUBLIC_KEY=" + settings.publicKey() + "  IM_SECRET_KEY=" + settings.secretKey());
        System.out.println("  senders: " + String.join(", ", settings.senders()) + "; account info at " + sandbox.accountUrl());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.stop();
            stopped.countDown();
        }));
        stopped.await();
    }
}
