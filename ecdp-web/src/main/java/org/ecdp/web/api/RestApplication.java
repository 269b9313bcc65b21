package org.ecdp.web.api;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The public REST API, v1: the contract in docs/api.md. HTTP Basic with portal accounts. */
@ApplicationPath("api")
@DeclareRoles({"STAFF", "OFFICER", "COORDINATOR", "COACH", "EVALUATOR", "ADMIN", "NETWORK_ADMIN"})
@OpenAPIDefinition(info = @Info(title = "ecdp portal API", version = "1",
        description = "Lived experience log, trends, mentoring and housing evaluation for partners and evaluators."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RestApplication extends Application {
}
