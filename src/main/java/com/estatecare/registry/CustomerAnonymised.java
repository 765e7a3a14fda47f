package com.estatecare.registry;

import java.time.Instant;

/**
 * A customer's personal data was erased (匿名化, PIPL art. 47): the registry anonymised the record; modules that
 * keep copies of the person's name or phone beside the customer's id may react by clearing theirs.
 */
public record CustomerAnonymised(long customerId, long companyId, String scopePath, Instant at) {
}
