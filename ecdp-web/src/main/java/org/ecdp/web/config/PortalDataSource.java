package org.ecdp.web.config;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The pooled datasource the persistence unit and the migrations use. Bounded so that an outage
 * of the database is answered within 2 seconds (see DatabaseOutage): a request waits at most
 * 1.5 s for a pooled connection, a new connection gets 1 s to connect (EcdpDataSource), and a
 * pooled connection idle for more than a second is checked with {@code Connection.isValid}
 * (a real round trip; the auto-commit check never reaches the server) before it is lent. When one
 * check fails, every pooled connection is dropped, so the first request after the database's
 * return opens fresh ones instead of tripping over each dead one in turn.
 */
@DataSourceDefinition(
        name = PortalDataSource.JNDI,
        className = "org.ecdp.web.config.EcdpDataSource",
        minPoolSize = 2,
        maxPoolSize = 30,
        loginTimeout = 1,
        properties = {"fish.payara.is-connection-validation-required=true",
                      "fish.payara.connection-validation-method=custom-validation",
                      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                      "fish.payara.validate-atmost-once-period-in-seconds=1",
                      "fish.payara.fail-all-connections=true",
                      "fish.payara.max-wait-time-in-millis=1500"})
@ApplicationScoped
public class PortalDataSource {
    public static final String JNDI = "java:app/jdbc/ecdp";
}
