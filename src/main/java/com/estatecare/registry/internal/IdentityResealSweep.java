package com.estatecare.registry.internal;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.estatecare.registry.IdentityDocuments;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * After a key rotation, seals identity numbers again under the active key, a batch at a time and on one instance
 * at a time, until none sealed under an older key remains (then the old key may leave the configuration).
 */
@Component
class IdentityResealSweep {

    static final int BATCH = 500;

    private final IdentityDocuments identities;

    IdentityResealSweep(IdentityDocuments identities) {
        this.identities = identities;
    }

    @Scheduled(fixedDelayString = "${estatecare.field-encryption.reseal-interval:PT10M}",
            initialDelayString = "${estatecare.field-encryption.reseal-interval:PT10M}")
    @SchedulerLock(name = "identity-reseal-sweep", lockAtMostFor = "PT10M")
    void run() {
        while (identities.resealStale(BATCH) == BATCH) {
            // the next batch
        }
    }
}
