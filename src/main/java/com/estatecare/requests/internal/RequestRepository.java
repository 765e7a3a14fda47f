package com.estatecare.requests.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import com.estatecare.requests.Request;

public interface RequestRepository extends JpaRepository<Request, Long> {
}
