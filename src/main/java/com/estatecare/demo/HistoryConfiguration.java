package com.estatecare.demo;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.task.TaskDecorator;

import com.estatecare.consultations.OverdueConsultations;
import com.estatecare.grading.Grading;
import com.estatecare.organisation.Organisation;
import com.estatecare.platform.MicrosecondClock;
import com.estatecare.requests.Requests;
import com.estatecare.timelimits.TimeLimits;

import net.javacrumbs.shedlock.core.LockProvider;

/**
 * The demo history (default profile only): {@code estatecare.demo-history.requests}
 * requests of the last six months, written after the demo organisation is
 * loaded into an empty database. With it, the application's clock is the
 * {@link HistoryClock} and the threads of the after-commit listeners inherit the
 * moment of the step that started them.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("${estatecare.demo-data:false} and ${estatecare.demo-history.requests:0} > 0")
class HistoryConfiguration {

    @Bean
    @Primary
    HistoryClock historyClock() {
        return new HistoryClock(new MicrosecondClock(Clock.systemUTC()));
    }

    @Bean
    TaskDecorator historyMoments(HistoryClock clock) {
        return clock.propagate();
    }

    @Bean(destroyMethod = "stop")
    HistoryGenerator historyGenerator(Requests requests, Organisation organisation, TimeLimits timeLimits,
            Grading grading, OverdueConsultations consultations, ObjectProvider<LockProvider> locks,
            HistoryClock clock, @Value("${estatecare.zone:Asia/Shanghai}") ZoneId zone,
            @Value("${estatecare.demo-history.requests}") int count,
            @Value("${estatecare.demo-history.seed:20261125}") long seed) {
        return new HistoryGenerator(new HistorySteps(requests, organisation), timeLimits, grading, consultations,
                locks, clock, zone, count, seed);
    }
}
