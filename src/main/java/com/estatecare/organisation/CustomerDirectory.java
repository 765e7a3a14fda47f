package com.estatecare.organisation;

import java.util.Optional;

/**
 * What the organisation needs to know of a customer to give them an owner
 * account: the company they belong to. The registry answers; the organisation
 * does not depend on it.
 */
public interface CustomerDirectory {

    /** The company of the customer with this id, if there is such a customer. */
    Optional<Long> companyOf(long customerId);
}
