package org.ecdp.web.api;

import jakarta.annotation.Priority;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A failed commit of a {@code @Transactional} boundary (e.g. a unique key two clients raced
 * for) as a problem document. Jersey ships its own mapper for this exception type, which
 * rethrows and so ends in the container's HTML error page; this one, more specific than
 * {@link ProblemMappers} and of higher priority than Jersey's, answers like every other failure.
 */
@Provider
@Priority(1)
public class TransactionFailures implements ExceptionMapper<TransactionalException> {

    private final ProblemMappers problems = new ProblemMappers();

    @Override
    public Response toResponse(TransactionalException failed) {
        return problems.toResponse(failed);
    }
}
