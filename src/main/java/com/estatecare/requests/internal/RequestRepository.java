package com.estatecare.requests.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import com.estatecare.requests.Request;

public interface RequestRepository extends JpaRepository<Request, Long> {

    /** The request of a company with this number (unique per company). */
    java.util.Optional<Request> findByCompanyIdAndNumber(long companyId, String number);
}
