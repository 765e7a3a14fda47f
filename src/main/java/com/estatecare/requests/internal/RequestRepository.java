package com.estatecare.requests.internal;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import com.estatecare.requests.Request;

public interface RequestRepository extends JpaRepository<Request, Long> {

    /** The hotspot rule's count, answered from {@code request_complaint_problem_idx} (V20). */
    @Query(nativeQuery = true, value = """
            select count(distinct coalesce('customer:' || customer_id, 'phone:' || reporter_phone, 'request:' || id))
            from request
            where kind = 'COMPLAINT' and project_id = :project and category = :category
              and received_at between :from and :to and status <> 'CANCELLED'""")
    int countDifferentComplainants(long project, String category, Instant from, Instant to);
}
