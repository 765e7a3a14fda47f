package com.estatecare.registry.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 楼栋 */
@Entity
@Table(name = "building")
public class Building {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    long companyId;
    long projectId;
    long orgNodeId;
    String name;
    Integer floors;
    String scopePath;
    Instant createdAt;

    protected Building() {
    }

    public Building(Project project, long orgNodeId, String name, Integer floors, String scopePath, Instant now) {
        this.companyId = project.companyId;
        this.projectId = project.id;
        this.orgNodeId = orgNodeId;
        this.name = name;
        this.floors = floors;
        this.scopePath = scopePath;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }
}
