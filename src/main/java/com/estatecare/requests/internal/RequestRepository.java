package com.estatecare.requests.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import com.estatecare.requests.Category;
import com.estatecare.requests.Request;
import com.estatecare.requests.RequestKind;

public interface RequestRepository extends JpaRepository<Request, Long> {

    List<Request> findByProjectIdAndKindAndCategoryAndReceivedAtBetween(long projectId, RequestKind kind,
            Category category, Instant from, Instant to);
}
