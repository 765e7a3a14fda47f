package com.estatecare.organisation.internal;

import java.time.Instant;

import com.estatecare.organisation.OrgKind;
import com.estatecare.organisation.OrgNodeView;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "org_node")
public class OrgNode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long parentId;
    @Enumerated(EnumType.STRING)
    private OrgKind kind;
    private String code;
    private String name;
    private String path;
    private Long companyId;
    private Instant createdAt;

    protected OrgNode() {
    }

    public OrgNode(OrgNode parent, OrgKind kind, String code, String name, Instant now) {
        this.parentId = parent == null ? null : parent.id;
        this.kind = kind;
        this.code = code;
        this.name = name;
        this.companyId = parent == null ? null : parent.companyId;
        this.path = "?";
        this.createdAt = now;
    }

    /** Called once the id is known: the path ends with the node's own id. */
    public void place(OrgNode parent) {
        this.path = (parent == null ? "/" : parent.path) + id + "/";
        if (kind == OrgKind.COMPANY) {
            this.companyId = id;
        }
    }

    public Long getId() {
        return id;
    }

    public String getPath() {
        return path;
    }

    public OrgKind getKind() {
        return kind;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public OrgNodeView view() {
        return new OrgNodeView(id, parentId, kind, code, name, path, companyId);
    }
}
