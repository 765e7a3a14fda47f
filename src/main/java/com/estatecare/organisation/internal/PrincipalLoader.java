package com.estatecare.organisation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Role;

/** Loads an account with its organisation scope in one query, by username or by access-token hash. */
@Component
public class PrincipalLoader implements UserDetailsService {

    private static final String SELECT = """
            select a.id, a.username, a.display_name, a.roles, a.org_node_id, a.customer_id, a.department,
                   a.password_hash, a.enabled, n.path, n.company_id
            from account a join org_node n on n.id = a.org_node_id
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    PrincipalLoader(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** By user name, ignoring case: names are unique regardless of case. */
    @Override
    public AccountPrincipal loadUserByUsername(String username) {
        return jdbc.sql(SELECT + " where lower(a.username) = lower(:username)").param("username", username)
                .query(PrincipalLoader::principal).optional()
                .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
    }

    public Optional<AccountPrincipal> byTokenHash(String tokenHash) {
        return jdbc.sql(SELECT + """
                 join access_token t on t.account_id = a.id
                 where t.token_hash = :hash and t.revoked_at is null
                   and (t.expires_at is null or t.expires_at > :now)""")
                .param("hash", tokenHash).param("now", Timestamp.from(clock.instant()))
                .query(PrincipalLoader::principal).optional();
    }

    private static AccountPrincipal principal(ResultSet rs, int row) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(rs.getString("roles").split(",")).filter(s -> !s.isBlank()).map(Role::valueOf).forEach(roles::add);
        Long company = rs.getObject("company_id", Long.class);
        Long customer = rs.getObject("customer_id", Long.class);
        CurrentUser user = new CurrentUser(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                Set.copyOf(roles), rs.getLong("org_node_id"), rs.getString("path"), company, customer,
                rs.getString("department"));
        return new AccountPrincipal(user, rs.getString("password_hash"), rs.getBoolean("enabled"));
    }
}
