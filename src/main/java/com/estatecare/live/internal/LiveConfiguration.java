package com.estatecare.live.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.estatecare.requests.RequestStandings;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;

import tools.jackson.databind.json.JsonMapper;

/** The live stream's parts, their threads and the order they start and stop in. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LiveProperties.class)
class LiveConfiguration {

    @Bean
    Streams liveStreams(LiveProperties properties, JsonMapper json) {
        return new Streams(properties, json);
    }

    /** How many streams this instance holds open: {@code estatecare.live.streams} in the metrics. */
    @Bean
    MeterBinder liveStreamsGauge(Streams streams) {
        return registry -> Gauge.builder("estatecare.live.streams", streams.hub(), LiveHub::size)
                .description("live update streams open on this instance").register(registry);
    }

    @Bean
    NotifyPublisher liveNotifyPublisher(LiveProperties properties, RequestStandings standings, JdbcClient jdbc,
            JsonMapper json) {
        return new NotifyPublisher(properties, standings, jdbc, json);
    }

    @Bean
    LiveListener liveListener(NotifyPublisher publisher) {
        return new LiveListener(publisher);
    }

    @Bean
    NotifyListener liveNotifyListener(@Value("${spring.datasource.url}") String url,
            @Value("${spring.datasource.username:}") String username,
            @Value("${spring.datasource.password:}") String password, Streams streams, JsonMapper json) {
        return new NotifyListener(url, username, password, streams.hub(), json);
    }

    /**
     * The hub with its sender threads and heartbeat: started last and stopped
     * first, so that the open streams end before the web server waits for
     * its requests to finish on shutdown (a stream would never finish).
     */
    static final class Streams implements SmartLifecycle, DisposableBean {

        private final LiveProperties properties;
        private final ExecutorService senders;
        private final LiveHub hub;
        private ScheduledExecutorService heartbeat;

        Streams(LiveProperties properties, JsonMapper json) {
            this.properties = properties;
            AtomicInteger n = new AtomicInteger();
            this.senders = Executors.newFixedThreadPool(properties.senders(), runnable -> {
                Thread thread = new Thread(runnable, "live-send-" + n.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
            this.hub = new LiveHub(properties, senders, json);
        }

        LiveHub hub() {
            return hub;
        }

        @Override
        public synchronized void start() {
            heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "live-heartbeat");
                thread.setDaemon(true);
                return thread;
            });
            long every = Math.max(1, properties.heartbeat().toMillis());
            heartbeat.scheduleWithFixedDelay(hub::heartbeat, every, every, TimeUnit.MILLISECONDS);
        }

        @Override
        public synchronized void stop() {
            if (heartbeat != null) {
                heartbeat.shutdownNow();
                heartbeat = null;
            }
            hub.closeAll();
        }

        @Override
        public synchronized boolean isRunning() {
            return heartbeat != null;
        }

        @Override
        public int getPhase() {
            return Integer.MAX_VALUE - 100;
        }

        @Override
        public void destroy() {
            senders.shutdownNow();
        }
    }
}
