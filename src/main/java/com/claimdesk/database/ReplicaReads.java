package com.claimdesk.database;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.InjectableInstance;

/**
 * Where reads that may lag a little behind the newest write go: the read replica when one is configured
 * ({@code QUARKUS_DATASOURCE_REPLICA_JDBC_URL}), the primary otherwise. Only plain-JDBC reads of what is already
 * public use it (the fact-checks list and the ClaimReview feeds); the workbench reads what a reviewer just wrote,
 * so it stays on the primary.
 */
@ApplicationScoped
public class ReplicaReads {

    @Inject
    AgroalDataSource primary;

    @Inject
    @io.quarkus.agroal.DataSource("replica")
    InjectableInstance<AgroalDataSource> replica;

    private volatile DataSource chosen;

    public DataSource dataSource() {
        if (chosen == null) {
            // Without its address the named datasource is inactive; that is settled at start-up.
            chosen = replica.getHandle().getBean().isActive() ? replica.get() : primary;
        }
        return chosen;
    }
}
