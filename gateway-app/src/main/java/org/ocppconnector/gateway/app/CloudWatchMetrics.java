package org.ocppconnector.gateway.app;

import static java.util.Objects.requireNonNull;

import io.micrometer.cloudwatch2.CloudWatchConfig;
import io.micrometer.cloudwatch2.CloudWatchMeterRegistry;
import io.micrometer.cloudwatch2.CloudWatchNamingConvention;
import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.config.NamingConvention;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatch.CloudWatchAsyncClient;
import software.amazon.awssdk.services.cloudwatch.CloudWatchAsyncClientBuilder;

/**
 * Publishes a filtered set of meters to CloudWatch as custom metrics, next to the Prometheus
 * scrape. Custom metrics are billed per metric and month, so only the meters named by
 * {@link AppConfig.CloudWatchSettings#meterPrefixes()} go out, under their Micrometer names
 * exactly (see {@link ExactNames}) and without a per-instance dimension: every task writes to the
 * same metric, and CloudWatch's statistics over them give the fleet's view (Sum: the total,
 * Average: per task).
 */
final class CloudWatchMetrics implements AutoCloseable {

    private static final Logger logger = LoggerFactory.getLogger(CloudWatchMetrics.class);

    /** Bounds every PutMetricData call (retries included), also the last one on shutdown, which runs inside ECS's stop timeout. */
    static final Duration API_CALL_TIMEOUT = Duration.ofSeconds(5);

    private final CloudWatchMeterRegistry registry;
    private final CloudWatchAsyncClient client;

    private CloudWatchMetrics(CloudWatchMeterRegistry registry, CloudWatchAsyncClient client) {
        this.registry = registry;
        this.client = client;
    }

    /**
     * Starts publishing every {@code settings.step()}, with credentials from {@code credentials}
     * (on ECS: the task role via the default chain).
     */
    static CloudWatchMetrics start(AppConfig.CloudWatchSettings settings, AwsCredentialsProvider credentials,
            Clock clock) {
        return start(settings, credentials, clock, API_CALL_TIMEOUT);
    }

    /** As {@link #start(AppConfig.CloudWatchSettings, AwsCredentialsProvider, Clock)}, with another call timeout. */
    static CloudWatchMetrics start(AppConfig.CloudWatchSettings settings, AwsCredentialsProvider credentials,
            Clock clock, Duration apiCallTimeout) {
        requireNonNull(settings, "settings");
        CloudWatchAsyncClientBuilder builder = CloudWatchAsyncClient.builder()
                .credentialsProvider(requireNonNull(credentials, "credentials"))
                .httpClientBuilder(NettyNioAsyncHttpClient.builder().connectionTimeout(Duration.ofSeconds(2)))
                .overrideConfiguration(o -> o.apiCallTimeout(apiCallTimeout));
        if (settings.region() != null) {
            builder.region(Region.of(settings.region()));
        }
        if (settings.endpoint() != null) {
            builder.endpointOverride(settings.endpoint());
        }
        CloudWatchAsyncClient client = builder.build();
        CloudWatchMeterRegistry registry = new CloudWatchMeterRegistry(config(settings), clock, client);
        registry.config()
                .namingConvention(new ExactNames())
                .meterFilter(only(settings.meterPrefixes()));
        logger.info("publishing {} to CloudWatch namespace {} every {}", settings.meterPrefixes(),
                settings.namespace(), settings.step());
        return new CloudWatchMetrics(registry, client);
    }

    /** The registry to add to the gateway's composite registry. */
    CloudWatchMeterRegistry registry() {
        return registry;
    }

    private static CloudWatchConfig config(AppConfig.CloudWatchSettings settings) {
        return new CloudWatchConfig() {
            @Override
            public @Nullable String get(String key) {
                return null; // everything not overridden keeps Micrometer's default
            }

            @Override
            public String namespace() {
                return settings.namespace();
            }

            @Override
            public Duration step() {
                return settings.step();
            }
        };
    }

    /** Accepts the meters whose name starts with one of {@code prefixes}, denies every other. */
    static MeterFilter only(List<String> prefixes) {
        List<String> copy = List.copyOf(prefixes);
        return MeterFilter.denyUnless(id -> copy.stream().anyMatch(id.getName()::startsWith));
    }

    /**
     * Publishes the last values, then closes the client. Bounded by {@link #API_CALL_TIMEOUT}
     * (the SDK's retries included).
     */
    @Override
    public void close() {
        registry.close();
        client.close();
    }

    /**
     * CloudWatch metric names equal to the Micrometer meter names. Micrometer's CloudWatch registry
     * appends the statistic to every name ({@code .count} for a counter, {@code .value} for a
     * gauge, {@code .sum}/{@code .count}/{@code .avg}/{@code .max} for timers and summaries). A
     * counter and a gauge publish one statistic only, so for them the suffix is taken off again:
     * alarms and dashboards then use the names documented in the README. Timers and summaries keep
     * theirs, as they publish several.
     */
    static final class ExactNames implements NamingConvention {
        private final NamingConvention delegate = new CloudWatchNamingConvention();

        @Override
        public String name(String name, Meter.Type type, @Nullable String baseUnit) {
            String stripped = switch (type) {
                case COUNTER -> strip(name, ".count");
                case GAUGE -> strip(name, ".value");
                default -> name;
            };
            return delegate.name(stripped, type, baseUnit);
        }

        private static String strip(String name, String suffix) {
            return name.endsWith(suffix) ? name.substring(0, name.length() - suffix.length()) : name;
        }

        @Override
        public String tagKey(String key) {
            return delegate.tagKey(key);
        }

        @Override
        public String tagValue(String value) {
            return delegate.tagValue(value);
        }
    }
}
