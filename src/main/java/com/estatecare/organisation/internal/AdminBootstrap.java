package com.estatecare.organisation.internal;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.estatecare.organisation.NewAccount;
import com.estatecare.organisation.OrgKind;
import com.estatecare.organisation.Organisation;
import com.estatecare.organisation.Role;
import com.estatecare.platform.BeforeServing;

/**
 * Production start: with no account yet, the first administrator comes from
 * {@code ESTATECARE_ADMIN_USERNAME} / {@code ESTATECARE_ADMIN_PASSWORD}, at the
 * root of a new group tree.
 */
@Component
class AdminBootstrap extends BeforeServing {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private final Organisation organisation;
    private final String username;
    private final String password;

    AdminBootstrap(Organisation organisation,
            @Value("${estatecare.bootstrap-admin.username:}") String username,
            @Value("${estatecare.bootstrap-admin.password:}") String password) {
        this.organisation = organisation;
        this.username = username;
        this.password = password;
    }

    @Override
    protected void prepare() {
        if (username.isBlank() || organisation.hasAccounts()) {
            return;
        }
        if (password.length() < 12) {
            throw new IllegalStateException("ESTATECARE_ADMIN_PASSWORD must have at least 12 characters");
        }
        new PasswordRule(12).violation(password, username).ifPresent(reason -> {
            throw new IllegalStateException("ESTATECARE_ADMIN_PASSWORD is too easy to guess (" + reason + ")");
        });
        var group = organisation.createNode(null, OrgKind.GROUP, "GROUP", "集团总部");
        organisation.createAccount(new NewAccount(username, password, "系统管理员", group.id(), Set.of(Role.ADMIN), null, null));
        log.info("Created the first administrator account '{}'", username);
    }
}
