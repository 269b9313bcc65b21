package org.ecdp.web.testing;

import jakarta.enterprise.inject.spi.CDI;
import java.lang.reflect.Method;
import org.ecdp.domain.organisation.boundary.Tenancy;
import org.ecdp.domain.organisation.entity.Organisation;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * An in-container test calls boundaries with nobody signed in, as a nightly job does: it says
 * whom it acts for, the host organisation, as the jobs do ({@link Tenancy#as}). Outside the
 * container (the client side of an Arquillian test) there is no CDI, and the test runs as it is.
 * Register after the ArquillianExtension.
 */
public class ActingForHost implements InvocationInterceptor {

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> test, ExtensionContext context)
            throws Throwable {
        Tenancy tenancy = inContainer();
        if (tenancy == null) {
            invocation.proceed();
            return;
        }
        Throwable[] failed = new Throwable[1];
        tenancy.as(Organisation.HOST, () -> {
            try {
                invocation.proceed();
            } catch (Throwable t) {
                failed[0] = t;
            }
        });
        if (failed[0] != null) {
            throw failed[0];
        }
    }

    private static Tenancy inContainer() {
        try {
            return CDI.current().select(Tenancy.class).get();
        } catch (RuntimeException | LinkageError noContainer) {
            return null;
        }
    }
}
