package org.ocppconnector.gateway.kinesis;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;
import software.amazon.awssdk.services.kinesis.KinesisServiceClientConfiguration;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequest;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequestEntry;
import software.amazon.awssdk.services.kinesis.model.PutRecordsResponse;
import software.amazon.awssdk.services.kinesis.model.PutRecordsResultEntry;

/**
 * Forwards PutRecords to the emulator through a hook the test sets. The emulator cannot throttle,
 * fail single entries or hang on demand, so the tests that need that inject it here; whatever
 * the hook lets through is written to the real emulator, and only PutRecords passes this way.
 */
final class InterceptingClient implements KinesisAsyncClient {

    /** Decides what happens to one PutRecords request. */
    interface Hook {
        CompletableFuture<PutRecordsResponse> putRecords(PutRecordsRequest request, KinesisAsyncClient emulator);
    }

    private final KinesisAsyncClient emulator;
    private volatile Hook hook = (request, emulator) -> emulator.putRecords(request);
    /** Every request seen, in order. */
    final List<PutRecordsRequest> requests = Collections.synchronizedList(new ArrayList<>());

    InterceptingClient(KinesisAsyncClient emulator) {
        this.emulator = requireNonNull(emulator, "emulator");
    }

    InterceptingClient hook(Hook hook) {
        this.hook = requireNonNull(hook, "hook");
        return this;
    }

    @Override
    public CompletableFuture<PutRecordsResponse> putRecords(PutRecordsRequest request) {
        requests.add(request);
        return hook.putRecords(request, emulator);
    }

    @Override
    public String serviceName() {
        return emulator.serviceName();
    }

    @Override
    public KinesisServiceClientConfiguration serviceClientConfiguration() {
        return emulator.serviceClientConfiguration();
    }

    @Override
    public void close() {
        emulator.close();
    }

    /**
     * Sends the entries {@code failed} does not pick to the emulator and answers the picked ones
     * with {@code errorCode}, as Kinesis does for a partially failed request.
     */
    static CompletableFuture<PutRecordsResponse> failEntries(PutRecordsRequest request, KinesisAsyncClient emulator,
            Predicate<PutRecordsRequestEntry> pick, String errorCode) {
        List<PutRecordsRequestEntry> entries = request.records();
        boolean[] failed = new boolean[entries.size()]; // the predicate may count: ask it once per entry
        List<PutRecordsRequestEntry> passed = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            failed[i] = pick.test(entries.get(i));
            if (!failed[i]) {
                passed.add(entries.get(i));
            }
        }
        CompletableFuture<PutRecordsResponse> sent = passed.isEmpty()
                ? CompletableFuture.completedFuture(PutRecordsResponse.builder().records(List.of()).failedRecordCount(0).build())
                : emulator.putRecords(request.toBuilder().records(passed).build());
        return sent.thenApply(response -> {
            List<PutRecordsResultEntry> results = new ArrayList<>();
            int next = 0;
            int failures = 0;
            for (int i = 0; i < entries.size(); i++) {
                if (failed[i]) {
                    failures++;
                    results.add(PutRecordsResultEntry.builder().errorCode(errorCode).errorMessage("injected by the test").build());
                } else {
                    results.add(response.records().get(next++));
                }
            }
            return PutRecordsResponse.builder().records(results).failedRecordCount(failures).build();
        });
    }
}
