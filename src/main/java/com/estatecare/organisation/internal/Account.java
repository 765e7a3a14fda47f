package com.estatecare.organisation.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import com.estatecare.organisation.AccountView;
import com.estatecare.organisation.Role;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    private String passwordHash;
    private String displayName;
    private Long orgNodeId;
    private String roles;
    private Long customerId;
    private String department;
    private boolean enabled;
    private Instant createdAt;
    private String email;
    private String language;

    protected Account() {
    }

    public Account(String username, String passwordHash, String displayName, long orgNodeId, Set<Role> roles,
            Long customerId, String department, Instant now) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.orgNodeId = orgNodeId;
        this.roles = roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
        this.customerId = customerId;
        this.department = department;
        this.enabled = true;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public long getOrgNodeId() {
        return orgNodeId;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getDepartment() {
        return department;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Set<Role> roleSet() {
        Set<Role> set = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.split(",")).filter(s -> !s.isBlank()).map(Role::valueOf).forEach(set::add);
        return set;
    }

    void changeRoles(Set<Role> newRoles) {
        this.roles = newRoles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    public String getEmail() {
        return email;
    }

    public String getLanguage() {
        return language;
    }

    /** The address staff mail goes to (null: none) and its language (null: Chinese). */
    void setContact(String email, String language) {
        this.email = email;
        this.language = language;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public AccountView view() {
        return new AccountView(id, username, displayName, orgNodeId, roleSet(), customerId, department);
    }
}
