package org.ecdp.web.config;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/** The pooled datasource the persistence unit and the migrations use. */
@DataSourceDefinition(
        name = PortalDataSource.JNDI,
        className = "org.ecdp.web.config.EcdpDataSource",
        minPoolSize = 2,
        maxPoolSize = 30,
        properties = {"fish.payara.is-connection-validation-required=true",
                      "fish.payara.connection-validation-method=auto-commit",
                      // a connection is checked at most every 30 s, not on every borrow (two round trips each)
                      "fish.payara.validate-atmost-once-period-in-seconds=30"})
@ApplicationScoped
public class PortalDataSource {
    public static final String JNDI = "java:app/jdbc/ecdp";
}
