package org.ocppconnector.gateway.kinesis;

import static java.util.Objects.requireNonNull;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;
import software.amazon.awssdk.services.kinesis.model.InvalidArgumentException;
import software.amazon.awssdk.services.kinesis.model.ResourceNotFoundException;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;
import software.amazon.awssdk.services.kinesis.model.StartingPosition;
import software.amazon.awssdk.services.kinesis.model.SubscribeToShardEvent;
import software.amazon.awssdk.services.kinesis.model.SubscribeToShardEventStream;
import software.amazon.awssdk.services.kinesis.model.SubscribeToShardResponseHandler;

/**
 * Reads a shard with SubscribeToShard (HTTP/2 event stream). A subscription lasts at most five
 * minutes; when it ends normally the reader subscribes again at once after the last continuation
 * sequence number, after an error with backoff. An event without a continuation sequence number
 * means the shard is closed and read to its end; its child shards come with it.
 *
 * <p>Every subscription has a generation number; callbacks of an older one are ignored, so a
 * late event or completion from a replaced subscription cannot move the position or double-start.
 */
final class FanOutShardReader extends ShardReader {

    private static final Logger log = LoggerFactory.getLogger(FanOutShardReader.class);

    private final KinesisAsyncClient client;
    private final FanOutConsumer consumer;
    private int generation;
    private @Nullable EventSubscriber current;

    FanOutShardReader(String shardId, ShardIteratorType startType, Host host, ScheduledExecutorService scheduler,
            Backoff backoff, KinesisAsyncClient client, FanOutConsumer consumer) {
        super(shardId, startType, host, scheduler, backoff);
        this.client = requireNonNull(client, "client");
        this.consumer = requireNonNull(consumer, "consumer");
    }

    @Override
    void start() {
        consumer.whenActive(this::subscribe);
    }

    @Override
    void close() {
        closed = true;
        active = false;
        generation++;
        EventSubscriber subscriber = current;
        current = null;
        if (subscriber != null) {
            subscriber.cancel();
        }
    }

    private void subscribe() {
        if (closed) {
            return;
        }
        String consumerArn = consumer.arn();
        if (consumerArn == null) {
            consumer.whenActive(this::subscribe);
            return;
        }
        int gen = ++generation;
        EventSubscriber subscriber = new EventSubscriber(gen);
        current = subscriber;
        StartingPosition.Builder position = StartingPosition.builder().type(positionType());
        if (lastSequenceNumber != null) {
            position.sequenceNumber(lastSequenceNumber);
        }
        log.debug("Shard {}: subscribing at {} {}", shardId, position.build().type(), lastSequenceNumber);
        SubscribeToShardResponseHandler handler = SubscribeToShardResponseHandler.builder()
                .onResponse(response -> hop(() -> onEstablished(gen)))
                .onEventStream(publisher -> publisher.subscribe(subscriber))
                .build();
        CompletableFuture<Void> call;
        try {
            call = client.subscribeToShard(
                    b -> b.consumerARN(consumerArn).shardId(shardId).startingPosition(position.build()), handler);
        } catch (RuntimeException e) {
            call = CompletableFuture.failedFuture(e);
        }
        call.whenCompleteAsync((ignored, error) -> onEnded(gen, consumerArn, subscriber, error), scheduler);
    }

    private void onEstablished(int gen) {
        if (gen == generation && !closed) {
            log.debug("Shard {}: subscription established", shardId);
            // LATEST is fixed once Kinesis answers: records put from here on will be read.
            setActive(true);
        }
    }

    private void onEvent(int gen, EventSubscriber subscriber, SubscribeToShardEventStream event) {
        if (gen != generation || closed) {
            return;
        }
        if (!(event instanceof SubscribeToShardEvent shardEvent)) {
            subscriber.request();
            return;
        }
        subscriber.events++;
        succeeded();
        setActive(true);
        if (shardEvent.millisBehindLatest() != null) {
            host.millisBehind(shardId, shardEvent.millisBehindLatest());
        }
        if (!shardEvent.records().isEmpty()) {
            host.deliver(shardId, shardEvent.records());
        }
        if (closed) {
            return;
        }
        if (shardEvent.continuationSequenceNumber() == null) {
            close();
            host.shardEnded(shardId, shardEvent.childShards());
            return;
        }
        lastSequenceNumber = shardEvent.continuationSequenceNumber();
        subscriber.request();
    }

    private void onEnded(int gen, String consumerArn, EventSubscriber subscriber, @Nullable Throwable error) {
        if (gen != generation || closed) {
            return;
        }
        if (error == null && subscriber.events > 0) {
            // The normal end of a subscription (at most five minutes): continue where it stopped.
            subscribe();
            return;
        }
        Throwable cause = error == null
                ? new IllegalStateException("subscription ended without events")
                : KinesisUplinkPublisher.unwrap(error);
        if (cause instanceof ResourceNotFoundException) {
            consumer.lost(consumerArn);
        } else if (cause instanceof InvalidArgumentException) {
            positionRejected();
        }
        setActive(false);
        retryLater("SubscribeToShard", cause, this::subscribe);
    }

    private void hop(Runnable task) {
        try {
            scheduler.execute(task);
        } catch (RejectedExecutionException e) {
            // The downlink is shutting down; nothing to do.
        }
    }

    /**
     * Requests one event at a time and handles it on the scheduler thread before asking for the
     * next, so a slow sink slows the subscription instead of queueing events without bound.
     */
    private final class EventSubscriber implements Subscriber<SubscribeToShardEventStream> {
        private final int gen;
        private volatile @Nullable Subscription subscription;
        private volatile boolean cancelled;
        int events; // scheduler thread only

        EventSubscriber(int gen) {
            this.gen = gen;
        }

        @Override
        public void onSubscribe(Subscription s) {
            subscription = s;
            // Checked after publishing the subscription: a cancel() racing with us sees one or the other.
            if (cancelled) {
                s.cancel();
            } else {
                s.request(1);
            }
        }

        @Override
        public void onNext(SubscribeToShardEventStream event) {
            hop(() -> onEvent(gen, this, event));
        }

        @Override
        public void onError(Throwable t) {
            // The call's future reports the same error; handled there.
        }

        @Override
        public void onComplete() {
            // Handled when the call's future completes.
        }

        void request() {
            Subscription s = subscription;
            if (s != null && !cancelled) {
                s.request(1);
            }
        }

        void cancel() {
            cancelled = true;
            Subscription s = subscription;
            if (s != null) {
                s.cancel();
            }
        }
    }
}
