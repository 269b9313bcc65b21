package org.ecdp.web.api;

import org.ecdp.domain.entity.SqlFailures;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ecdp.domain.validation.AlreadyTaken;
import org.ecdp.domain.validation.Conflict;
import org.ecdp.domain.validation.FieldError;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.domain.validation.NotFound;
import org.ecdp.logging.entry.entity.PersonalDataFound;
import org.ecdp.web.config.DatabaseOutage;
import org.ecdp.web.config.UploadLimitFilter;

/** Every failure of the API becomes a problem document; nothing leaks a stack trace. */
@Provider
public class ProblemMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    @Override
    public Response toResponse(Throwable thrown) {
        for (Throwable cause = thrown; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof UploadLimitFilter.UploadTooLarge tooLarge) {
                return Problem.of(413, "Content Too Large", tooLarge.getMessage(), List.of(new FieldError("file", tooLarge.getMessage())));
            }
        }
        if (thrown instanceof JsonObjectReader.BodyTooLarge tooLarge) {
            return Problem.of(413, "Content Too Large", tooLarge.getMessage(), List.of(new FieldError("body", tooLarge.getMessage())));
        }
        if (DatabaseOutage.causedBy(thrown)) {
            return unavailable(thrown);
        }
        Throwable t = unwrap(thrown);
        if (t instanceof PersonalDataFound personalData) {
            return Problem.of(422, "Unprocessable Content", personalData.getMessage(), personalData.errors());
        }
        if (t instanceof Conflict conflict) {
            return Problem.of(409, "Conflict", conflict.getMessage(), conflict.errors());
        }
        if (t instanceof InvalidInput invalid) {
            return Problem.of(400, "Bad Request", invalid.getMessage(), invalid.errors());
        }
        if (t instanceof SecurityException denied) {
            return Problem.of(403, "Forbidden", denied.getMessage());
        }
        if (t instanceof NotFound nf) {
            return Problem.of(404, "Not Found", nf.getMessage());
        }
        String parameter = parameterName(t);
        if (parameter != null) {
            // a query or path parameter that is not of its type (page=abc, /entries/abc)
            return Problem.of(400, "Bad Request", "The parameter " + parameter + " is not valid",
                    List.of(new FieldError(parameter, "Not a valid value")));
        }
        if (t instanceof NotFoundException) {
            return Problem.of(404, "Not Found", "No such resource");
        }
        if (t instanceof AlreadyTaken taken) {
            return Problem.of(409, "Conflict", taken.getMessage());
        }
        if (t instanceof jakarta.persistence.PessimisticLockException || t instanceof jakarta.persistence.LockTimeoutException) {
            return Problem.of(409, "Conflict", "Someone else is changing this record right now; try again in a moment");
        }
        if (t instanceof OptimisticLockException) {
            return Problem.of(409, "Conflict", "Someone else changed this record; reload and try again");
        }
        if (t instanceof JsonbException || t instanceof ProcessingException) {
            return Problem.of(400, "Bad Request", "The body is not valid JSON of the expected shape",
                    List.of(new FieldError("body", "Not valid JSON of the expected shape")));
        }
        if (t instanceof WebApplicationException wae && wae.getResponse().hasEntity()) {
            return wae.getResponse();
        }
        if (t instanceof WebApplicationException wae) {
            int status = wae.getResponse().getStatus();
            return Problem.of(status, wae.getResponse().getStatusInfo().getReasonPhrase(), wae.getMessage());
        }
        if (SqlFailures.isDuplicateKey(thrown)) {
            // two clients created the same code at the same moment: the database's unique key decided
            return Problem.of(409, "Conflict", "It was created by someone else at the same moment; reload and look before trying again");
        }
        if (SqlFailures.gaveWay(thrown)) {
            // a deadlock or serialisation failure: the database rolled this transaction back whole
            return Response.fromResponse(Problem.of(503, "Service Unavailable", "Another change to the same records was being saved at the"
                    + " same moment and the database asked this one to give way: nothing of it was saved. Send it again.")).header("Retry-After", "1").build();
        }
        LOG.log(Level.SEVERE, "Unexpected failure in the API", thrown);
        return Problem.of(500, "Internal Server Error", "Something went wrong on our side; it has been logged");
    }

    @Context
    Request request;

    /** The database is out of reach: 503 with Retry-After; a write may have been committed before the connection was lost. */
    private Response unavailable(Throwable thrown) {
        LOG.log(Level.WARNING, "ecdp: the database is out of reach: {0}", String.valueOf(thrown));
        boolean write = request != null && !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
        String detail = write
                ? "The portal cannot reach its database, so it cannot confirm whether this was saved: it may have been."
                  + " Send it again in a minute with the same Idempotency-Key and it will be stored once; without a key, check before sending it again."
                : "The portal cannot reach its database just now. Try again in a minute.";
        return Response.fromResponse(Problem.of(503, "Service Unavailable", detail))
                .header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS).build();
    }

    /** Jersey's ParamException names the parameter it could not convert; read it without depending on Jersey. */
    private static String parameterName(Throwable t) {
        if (!(t instanceof WebApplicationException)) {
            return null;
        }
        for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
            if (c.getName().startsWith("org.glassfish.jersey.server.ParamException")) {
                try {
                    Object name = t.getClass().getMethod("getParameterName").invoke(t);
                    return name == null ? null : name.toString();
                } catch (ReflectiveOperationException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static Throwable unwrap(Throwable t) {
        for (Throwable cause = t; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof InvalidInput) {
                return cause;
            }
        }
        Throwable current = t;
        while ((current instanceof EJBException || current instanceof RollbackException
                || current instanceof jakarta.transaction.TransactionalException
                || (current instanceof ProcessingException && current.getCause() instanceof JsonbException))
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
