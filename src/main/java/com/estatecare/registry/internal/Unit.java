package com.estatecare.registry.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** 房号 — a unit of a building, with its delivery date (start of its warranties). */
@Entity
@Table(name = "unit")
public class Unit {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    long companyId;
    long projectId;
    long buildingId;
    String unitNo;
    Integer floor;
    BigDecimal areaSqm;
    String layout;
    LocalDate deliveredOn;
    String scopePath;
    @Version
    long version;
    Instant createdAt;

    protected Unit() {
    }

    public Unit(Building building, String unitNo, Integer floor, BigDecimal areaSqm, String layout, LocalDate deliveredOn,
            Instant now) {
        this.companyId = building.companyId;
        this.projectId = building.projectId;
        this.buildingId = building.id;
        this.unitNo = unitNo;
        this.floor = floor;
        this.areaSqm = areaSqm;
        this.layout = layout;
        this.deliveredOn = deliveredOn;
        this.scopePath = building.scopePath;
        this.createdAt = now;
    }

    public long getCompanyId() {
        return companyId;
    }

    public String getScopePath() {
        return scopePath;
    }

    public Long getId() {
        return id;
    }
}
