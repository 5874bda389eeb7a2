package com.claimdesk.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.quarkus.arc.Arc;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;

/** A person who signs in: fact-checker, editor or administrator. */
@Entity
@Table(name = "app_user")
@UserDefinition
public class Account extends PanacheEntity {

    @Username
    @Column(nullable = false, unique = true, length = 64)
    public String username;

    @Column(name = "display_name", nullable = false, length = 120)
    public String displayName;

    /** bcrypt in modular crypt format, as security-jpa checks it. */
    @Password
    @Column(name = "password_hash", nullable = false, length = 100)
    public String passwordHash;

    /** Comma-separated role keys, see {@link Role}. */
    @Roles
    @Column(nullable = false, length = 100)
    public String roles;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Replaced to end every session of the account; see {@link Sessions}. */
    @Column(name = "session_generation", nullable = false)
    public UUID sessionGeneration;

    /** False once an administrator deactivated the account: it cannot sign in, its work keeps its name. */
    @Column(nullable = false)
    public boolean active = true;

    @Version
    @Column(nullable = false)
    public long version;

    public static Account create(String username, String displayName, String password, Set<Role> roles) {
        Account account = new Account();
        account.username = username;
        account.displayName = displayName;
        account.setPassword(password);
        account.roles = Role.format(roles);
        account.createdAt = Instant.now();
        account.sessionGeneration = UUID.randomUUID();
        account.persist();
        return account;
    }

    public void setPassword(String password) {
        passwordHash = BcryptUtil.bcryptHash(password);
    }

    /** Every session of the account ends with its next request (a page or the API). */
    public void endSessions() {
        sessionGeneration = UUID.randomUUID();
    }

    /**
     * A new account, password or role counts at once: for API clients answered from a recent password check,
     * and in the assignee lists, on this instance and, once committed, on the others ({@link AccountChanges}).
     */
    @PostPersist
    @PostUpdate
    void forgetWhatWasKept() {
        RecentIdentities recent = Arc.container().instance(RecentIdentities.class).get();
        recent.forget(username);
        Reviewers.forget();
        // A request between this update and its commit may read and keep the old row (and an ended session's
        // generation) for a minute: forget it again once the change is committed.
        String forgotten = username;
        Arc.container().instance(TransactionSynchronizationRegistry.class).get()
                .registerInterposedSynchronization(new Synchronization() {
                    @Override
                    public void beforeCompletion() {
                    }

                    @Override
                    public void afterCompletion(int status) {
                        recent.forget(forgotten);
                        Reviewers.forget();
                        if (status == Status.STATUS_COMMITTED) {
                            Arc.container().instance(AccountChanges.class).get().announce(forgotten);
                        }
                    }
                });
    }

    public Set<Role> roleSet() {
        return Role.parse(roles);
    }

    public boolean hasRole(Role role) {
        return roleSet().contains(role);
    }

    public static Optional<Account> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    public static boolean anyAdmin() {
        return withRole(Role.ADMIN) > 0;
    }

    /** Active accounts with {@code role}. */
    public static long withRole(Role role) {
        // Roles are stored comma-separated; the surrounding commas keep one name from matching inside another.
        return count("active = true and (',' || roles || ',') like ?1", "%," + role.key() + ",%");
    }

    public static List<Account> listByUsername() {
        return listAll(Sort.by("username"));
    }
}
