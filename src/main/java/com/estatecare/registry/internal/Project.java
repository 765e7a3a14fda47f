package com.estatecare.registry.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 楼盘 */
@Entity
@Table(name = "project")
public class Project {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    long companyId;
    long orgNodeId;
    String code;
    String name;
    String city;
    String address;
    String scopePath;
    Instant createdAt;

    protected Project() {
    }

    public Project(long companyId, long orgNodeId, String code, String name, String city, String address, String scopePath,
            Instant now) {
        this.companyId = companyId;
        this.orgNodeId = orgNodeId;
        this.code = code;
        this.name = name;
        this.city = city;
        this.address = address;
        this.scopePath = scopePath;
        this.createdAt = now;
    }

    public String getScopePath() {
        return scopePath;
    }

    public long getCompanyId() {
        return companyId;
    }

    public Long getId() {
        return id;
    }
}
