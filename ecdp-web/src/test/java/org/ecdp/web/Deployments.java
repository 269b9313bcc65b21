package org.ecdp.web;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The integration tests deploy the very WAR that `./ecdp run` runs, built by this module's package phase. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive portal() {
        File war = new File(System.getProperty("ecdp.war", "target/ecdp.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("No WAR at " + war + ": run the integration tests through `mvn verify`");
        }
        return ShrinkWrap.create(ZipImporter.class, "ecdp.war").importFrom(war).as(WebArchive.class);
    }
}
